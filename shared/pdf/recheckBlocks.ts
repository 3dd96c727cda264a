/**
 * The 复查情况 part of a 复查笔录 (docs/rectification.md "复查"): the original record's number
 * and, for each rectification item, the original finding, requirement and deadline and what
 * the re-inspection found. Printed in place of the checklist table, which a 复查 does not fill.
 */
import type { Inspection } from '../domain/inspection';
import type { RecheckItem } from '../rectification/recheckSchema';
import type { PdfBlock, PdfTableRow } from './pdfModel';

export const recheckLabels = {
  title: '现场复查笔录',
  heading: '复查情况',
  original: '原检查笔录编号：',
  colNo: '序号',
  colFinding: '原发现问题及整改要求',
  colDeadline: '整改期限',
  colOutcome: '复查结论',
  colNote: '复查情况说明',
  rectified: '已整改',
  notRectified: '未整改',
  referred: '移交立案',
  undecided: '未填写',
  newDeadline: '新整改期限：',
  photos: '整改后照片：',
  photoUnit: '张',
  requirement: '整改要求：',
} as const;

function outcomeText(item: RecheckItem): string {
  switch (item.outcome) {
    case 'rectified':
      return recheckLabels.rectified;
    case 'not-rectified':
      return `${recheckLabels.notRectified}\n${recheckLabels.newDeadline}${item.newDeadline ?? ''}`;
    case 'referred':
      return recheckLabels.referred;
    case undefined:
      return recheckLabels.undecided;
  }
}

export function recheckBlocks(record: Inspection): PdfBlock[] {
  const recheck = record.recheck;
  if (recheck === undefined) return [];
  const rows: PdfTableRow[] = recheck.items.map((item, index) => {
    const field = `recheck.items[${index}]`;
    const photos =
      item.outcome === 'rectified'
        ? `${recheckLabels.photos}${item.photos.length}${recheckLabels.photoUnit}`
        : '';
    return {
      cells: [
        { text: String(index + 1), field: 'label', align: 'center' },
        {
          text: `${item.description}\n${recheckLabels.requirement}${item.requirement}`,
          field: `${field}.description`,
        },
        { text: item.deadline, field: `${field}.deadline`, align: 'center' },
        {
          text: outcomeText(item),
          field: `${field}.outcome`,
          align: 'center',
          bold: item.outcome !== 'rectified',
        },
        {
          text: [item.note ?? '', photos].filter((s) => s !== '').join('\n'),
          field: `${field}.note`,
        },
      ],
    };
  });
  return [
    { kind: 'heading', text: { text: recheckLabels.heading, field: 'label' } },
    {
      kind: 'paragraph',
      text: {
        text: `${recheckLabels.original}${recheck.of.recordNumber || recheck.of.id}`,
        field: 'recheck.of',
      },
    },
    {
      kind: 'table',
      widths: [10, 70, 24, 30, 40],
      header: {
        cells: [
          recheckLabels.colNo,
          recheckLabels.colFinding,
          recheckLabels.colDeadline,
          recheckLabels.colOutcome,
          recheckLabels.colNote,
        ].map((text) => ({ text, field: 'label', bold: true, align: 'center' as const })),
      },
      rows,
    },
  ];
}
