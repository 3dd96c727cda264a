/**
 * The control level's basis in the 基本情况 table (docs/domain.md "Control level"): the level
 * the county applies and why, and the inspector's reason when another level was applied.
 * Records without a stored basis (older ones, templates without a control level) print none.
 */
import type { Inspection } from '../domain/inspection';
import { pdfLabels } from './pdfLabels';
import type { PdfTableRow } from './pdfModel';

const levelLabels = { general: '一般控制要求', special: '特别控制要求' } as const;

export function controlLevelRows(record: Inspection): PdfTableRow[] {
  const basis = record.controlLevelBasis;
  if (basis === undefined) return [];
  const rows: PdfTableRow[] = [
    {
      cells: [
        { text: pdfLabels.controlLevelBasis, field: 'label', bold: true },
        {
          text: `本县规定：${levelLabels[basis.expected]}（${basis.basis}）`,
          field: 'controlLevelBasis.basis',
          span: 3,
        },
      ],
    },
  ];
  const applied = record.facts['controlLevel'];
  const reason = basis.reason?.trim() ?? '';
  if (applied !== undefined && applied !== basis.expected && reason !== '')
    rows.push({
      cells: [
        { text: pdfLabels.controlLevelReason, field: 'label', bold: true },
        { text: reason, field: 'controlLevelBasis.reason', span: 3 },
      ],
    });
  return rows;
}
