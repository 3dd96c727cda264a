/** The 检查情况 table: visible sections and items of the template with the record's answers. */
import type { Inspection } from '../domain/inspection';
import { computeCheck } from '../templates/computedCheck';
import { isVisible } from '../templates/isVisible';
import { basisText } from '../templates/localBasis';
import { effectiveResult, isResultOverride } from '../templates/readingResult';
import type { ChecklistTemplate } from '../templates/templateSchema';
import { pdfLabels } from './pdfLabels';
import type { PdfBlock, PdfTableRow } from './pdfModel';
import { readingText } from './readingText';

const resultLabels = { pass: pdfLabels.pass, fail: pdfLabels.fail, na: pdfLabels.na } as const;

export const checklistWidths = [10, 66, 15, 44, 39] as const;

/** Items shown to the inspector for this record's options and facts, in template order. */
export function visibleItems(record: Inspection, template: ChecklistTemplate) {
  const context = { options: record.options, facts: record.facts };
  return template.sections
    .filter((section) => isVisible(section.condition, context))
    .map((section) => ({
      section,
      items: section.items.filter((item) => isVisible(item.condition, context)),
    }))
    .filter((s) => s.items.length > 0);
}

export function checklistBlock(record: Inspection, template: ChecklistTemplate): PdfBlock {
  const rows: PdfTableRow[] = [];
  let n = 0;
  for (const { section, items } of visibleItems(record, template)) {
    rows.push({
      shaded: true,
      cells: [{ text: section.title.zh, field: `template:${section.id}`, bold: true, span: 5 }],
    });
    for (const item of items) {
      n += 1;
      const answer = record.answers[item.id];
      // Older records may lack the result of a judged reading: it is derived, not 未填写.
      const result = effectiveResult(answer);
      const field = `answers["${item.id}"]`;
      const reading = answer?.reading;
      const measured = reading !== undefined && reading.values.length > 0;
      const reason = isResultOverride(answer) ? answer?.overrideReason?.trim() : undefined;
      const computed = item.kind === 'check' ? computeCheck(item, record.facts) : undefined;
      rows.push({
        cells: [
          { text: String(n), field: 'label', align: 'center' },
          {
            text: `${item.text.zh}\n（${basisText(item.source, template.type)}）`,
            field: `template:${item.id}`,
          },
          {
            text: result
              ? resultLabels[result]
              : measured
                ? pdfLabels.notJudged
                : pdfLabels.unanswered,
            field: 'label',
            align: 'center',
            bold: result === 'fail',
          },
          {
            // The override reason goes with the reading it overrides: the result column is
            // too narrow for a sentence.
            text: reading
              ? `${readingText(reading, item.kind === 'reading' ? item : undefined)}${
                  reason ? `\n${pdfLabels.overrideReason}${reason}` : ''
                }`
              : item.kind === 'reading' && result === undefined
                ? pdfLabels.unanswered
                : (computed?.explanation ?? '—'),
            field: `${field}.reading`,
            bold: reading?.exceeded === true,
          },
          { text: answer?.note ?? '', field: `${field}.note` },
        ],
      });
    }
  }
  return {
    kind: 'table',
    widths: checklistWidths,
    header: {
      cells: [
        pdfLabels.colNo,
        pdfLabels.colItem,
        pdfLabels.colResult,
        pdfLabels.colReading,
        pdfLabels.colNote,
      ].map((text) => ({ text, field: 'label', bold: true, align: 'center' as const })),
    },
    rows,
  };
}
