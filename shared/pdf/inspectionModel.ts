/** An inspection record as a 现场检查笔录 document model (docs/domain.md §4.2). */
import type { Inspection } from '../domain/inspection';
import type { ChecklistTemplate } from '../templates/templateSchema';
import { checklistBlock } from './checklistBlocks';
import {
  evidenceBlocks,
  findingBlocks,
  partyMarkOf,
  photoBlocks,
  signatureBlocks,
} from './evidenceBlocks';
import { factBlocks, noticeBlocks, partyBlocks } from './partyBlocks';
import { pdfLabels } from './pdfLabels';
import { recheckBlocks, recheckLabels } from './recheckBlocks';
import { chineseQuotes } from './recordElementText';
import type { PdfDocumentModel } from './pdfModel';

export function inspectionModel(
  record: Inspection,
  template: ChecklistTemplate,
  agencyName?: string,
): PdfDocumentModel {
  const agency = agencyName ?? record.inspectors[0]?.unit ?? '';
  // A 复查 prints as 复查笔录 with its items in place of the checklist (recheckBlocks.ts).
  const recheck = record.recheck !== undefined;
  const title = recheck ? recheckLabels.title : pdfLabels.recordTitle;
  const party = partyBlocks(record, agency).map((block) =>
    recheck && block.kind === 'title' && block.text.text === pdfLabels.recordTitle
      ? { ...block, text: { ...block.text, text: title } }
      : block,
  );
  return {
    blocks: [
      ...party,
      ...noticeBlocks(record, agency),
      ...factBlocks(record, template),
      ...(recheck
        ? recheckBlocks(record)
        : [
            {
              kind: 'heading' as const,
              text: {
                text: `${pdfLabels.checklist}（${chineseQuotes(template.title.zh)}）`,
                field: 'template.title',
              },
            },
            checklistBlock(record, template),
          ]),
      ...findingBlocks(record, template),
      ...evidenceBlocks(record),
      ...signatureBlocks(record),
      ...photoBlocks(record, template),
    ],
    runningTitle: `${title} · ${record.site.name}`,
    recordNumber: record.recordNumber || `${pdfLabels.draft} ${record.id}`,
    hash: record.hash ?? '',
    hashLabel: pdfLabels.hash,
    draft: record.status === 'draft',
    partyInitialsOnEveryPage: true,
    partyMark: partyMarkOf(record),
  };
}
