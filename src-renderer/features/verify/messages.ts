/** UI text of 核验笔录 (namespace `verify`). `en` is typed against `zh`. */
export const verifyZh = {
  title: '核验笔录',
  intro:
    '核对一份纸质或 PDF 笔录是否与本机已同步的定稿记录一致：读取页面右上角的二维码（照片、扫描件或 PDF 文件），或输入笔录编号。',
  pickFile: '选择照片或 PDF 文件',
  camera: '用摄像头扫描',
  stopCamera: '停止扫描',
  cameraFailed: '无法打开摄像头，请改用照片或文件。',
  typed: '笔录编号',
  typedHint: '例如 孝义-2026-D7K-0042',
  lookUp: '查询',
  result: '核验结果',
  reading: '正在读取二维码…',
  noQr: '没有在该文件中找到二维码。请拍清楚页面右上角的二维码，或选择 PDF 原件。',
  notOurs: '读到的二维码不是蓝天巡查笔录的二维码。',
  notSupported: '不是 JPEG、PNG 图片或 PDF 文件。',
  unreadable: '文件无法读取（可能已损坏）。',
  read: '二维码内容：笔录编号 {{number}}，哈希 {{hash}}',
  verdict: {
    genuine: '一致：与定稿记录完全相同。',
    superseded:
      '已有更正：与定稿记录一致，但该记录已被更正记录 {{amendment}} 取代，请以更正记录为准。',
    mismatch:
      '内容不一致：编号存在，但内容与定稿记录不同。该纸件不是定稿的原件，请勿作为证据使用。',
    notFound: '未找到：本机没有这个编号的定稿记录（可能尚未同步，或编号有误）。',
    draft: '这是草稿的打印件，不是定稿笔录，不能作为证据。',
  },
  typedFound: '本机有编号为 {{number}} 的定稿记录，请将下方哈希与纸件页脚的哈希逐字核对：',
  typedNotFound: '未找到：本机没有编号为 {{number}} 的定稿记录。',
  invalidNumber: '笔录编号格式不对，例如 孝义-2026-D7K-0042。',
  record: '记录',
  site: '检查对象',
  date: '检查日期',
  hash: '哈希',
  open: '打开该记录',
};

export const verifyEn: typeof verifyZh = {
  title: 'Check a printed record',
  intro:
    'Check whether a paper or PDF record matches a finalised record synced to this device: read the QR code in the page’s top-right corner (photo, scan or PDF file), or type the record number.',
  pickFile: 'Choose a photo or PDF file',
  camera: 'Scan with the camera',
  stopCamera: 'Stop scanning',
  cameraFailed: 'The camera could not be opened; use a photo or a file instead.',
  typed: 'Record number',
  typedHint: 'e.g. 孝义-2026-D7K-0042',
  lookUp: 'Look up',
  result: 'Result',
  reading: 'Reading the QR code…',
  noQr: 'No QR code was found in this file. Photograph the QR code in the page’s top-right corner clearly, or choose the original PDF.',
  notOurs: 'The QR code read is not one of BlueSky Inspector’s records.',
  notSupported: 'Not a JPEG or PNG image or a PDF file.',
  unreadable: 'The file cannot be read (it may be damaged).',
  read: 'QR code: record number {{number}}, hash {{hash}}',
  verdict: {
    genuine: 'Genuine: identical to the finalised record.',
    superseded:
      'Amended: matches the finalised record, but that record has been replaced by the amendment {{amendment}}; rely on the amendment.',
    mismatch:
      'Content differs: the number exists but the content is not that of the finalised record. This paper is not the finalised original; do not use it as evidence.',
    notFound:
      'Not found: this device holds no finalised record with this number (not synced yet, or a wrong number).',
    draft: 'This is a print of a draft, not a finalised record; it is not evidence.',
  },
  typedFound:
    'This device holds the finalised record {{number}}; compare the hash below character by character with the hash in the paper’s footer:',
  typedNotFound: 'Not found: this device holds no finalised record numbered {{number}}.',
  invalidNumber: 'Not a record number; e.g. 孝义-2026-D7K-0042.',
  record: 'Record',
  site: 'Inspected party',
  date: 'Inspection date',
  hash: 'Hash',
  open: 'Open this record',
};
