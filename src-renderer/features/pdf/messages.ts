/** UI text of PDF export (namespace `pdf`). `en` is typed against `zh`. */
export const pdfZh = {
  export: '导出 PDF',
  exporting: '正在生成 PDF…',
  saved: 'PDF 已保存：{{path}}',
  cancelled: '已取消保存。',
  missingGlyph:
    '无法打印：字体中没有字符 {{chars}}（位于 {{fields}}）。请修改这些内容后再导出，记录本身未作任何改动。',
  failed: 'PDF 生成失败：{{message}}',
  print: '打印',
  openedForPrint: '已在 PDF 阅读器中打开，请在其中选择打印机打印。',
};

export const pdfEn: typeof pdfZh = {
  export: 'Export PDF',
  exporting: 'Creating the PDF…',
  saved: 'PDF saved: {{path}}',
  cancelled: 'Saving was cancelled.',
  missingGlyph:
    'Cannot print: the font has no glyph for {{chars}} (in {{fields}}). Change that text and export again; the record itself was not changed.',
  failed: 'Could not create the PDF: {{message}}',
  print: 'Print',
  openedForPrint: 'Opened in the PDF viewer: print it from there.',
};
