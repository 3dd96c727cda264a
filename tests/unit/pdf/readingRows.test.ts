// No finalised record of any template prints 未填写 for an answered reading item, old records
// included (a judged reading's result is derived at print time), and readings print as typed
// with the judged value, its rule, the limit and its source (issue 9).
import { describe, expect, it } from 'vitest';
import type { Answer, Inspection } from '../../../shared/domain/inspection';
import { checklistBlock } from '../../../shared/pdf/checklistBlocks';
import { pdfLabels } from '../../../shared/pdf/pdfLabels';
import type { PdfTableRow } from '../../../shared/pdf/pdfModel';
import { judgedValueText, readingText } from '../../../shared/pdf/readingText';
import { templates } from '../../../shared/templates/registry';
import {
  allItems,
  type ChecklistTemplate,
  type ReadingItem,
} from '../../../shared/templates/templateSchema';
import { makeInspection } from '../../fixtures/builders';

/** The template reduced to one item, shown whatever the conditions, so every item is walked. */
function onlyItem(template: ChecklistTemplate, item: ReadingItem): ChecklistTemplate {
  const section = template.sections.find((s) => s.items.includes(item));
  if (!section) throw new Error(item.id);
  const { condition: _c, ...bare } = item;
  const { condition: _s, ...sectionBare } = section;
  return { ...template, sections: [{ ...sectionBare, items: [bare] }] };
}

function rowOf(record: Inspection, template: ChecklistTemplate): PdfTableRow {
  const block = checklistBlock(record, template);
  if (block.kind !== 'table') throw new Error('not a table');
  const row = block.rows.find((r) => r.shaded !== true);
  if (!row) throw new Error('no item row');
  return row;
}

const cellTexts = (row: PdfTableRow) => row.cells.map((c) => (typeof c === 'string' ? c : c.text));

const finalised = (template: ChecklistTemplate, itemId: string, answer: Answer) =>
  makeInspection({
    template: { id: template.id, version: template.version },
    type: template.type,
    status: 'finalized',
    answers: { [itemId]: answer },
  });

const readingItems = templates.flatMap((template) =>
  allItems(template).flatMap(({ item }) =>
    item.kind === 'reading' ? [{ template, item, name: `${template.id} ${item.id}` }] : [],
  ),
);

describe('every reading item of every template, finalised and answered', () => {
  it('walks a reading item of each template', () => {
    expect(new Set(readingItems.map((r) => r.template.id))).toEqual(
      new Set(templates.map((t) => t.id)),
    );
  });

  it.each(readingItems)('$name never prints 未填写', ({ template, item }) => {
    const one = onlyItem(template, item);
    const values = Array.from({ length: item.repeats }, (_, i) => 1 + i / 10);
    const limit = { max: 1, unit: item.unit, source: 'test source' };
    const cases: Answer[] = [
      // Before edition 2: judged, but no result stored.
      { note: '', reading: { values, unit: item.unit, limit, exceeded: true } },
      { note: '', reading: { values, unit: item.unit, limit, exceeded: false } },
      // Judged with the result derived and stored.
      { note: '', result: 'fail', reading: { values, unit: item.unit, limit, exceeded: true } },
      // No limit could be chosen: an explicit result.
      { note: '', result: 'pass', reading: { values, unit: item.unit } },
      // No limit and no result, as an old record may hold: says 未判定, not 未填写.
      { note: '', reading: { values, unit: item.unit } },
      { note: '', result: 'na' },
    ];
    for (const answer of cases) {
      const texts = cellTexts(rowOf(finalised(template, item.id, answer), one));
      expect(texts.join('|'), JSON.stringify(answer)).not.toContain(pdfLabels.unanswered);
    }
    const [old] = cases;
    const result = cellTexts(rowOf(finalised(template, item.id, old as Answer), one))[2];
    expect(result).toBe(pdfLabels.fail);
  });

  it('prints the reason of a result against the judgement with the reading', () => {
    const first = readingItems[0];
    if (!first) throw new Error('no reading item');
    const { template, item } = first;
    const values = Array.from({ length: item.repeats }, () => 5);
    const record = finalised(template, item.id, {
      note: '',
      result: 'pass',
      overrideReason: '仪器零点漂移，另行复测',
      reading: {
        values,
        unit: item.unit,
        limit: { max: 1, unit: item.unit, source: 's' },
        exceeded: true,
      },
    });
    const texts = cellTexts(rowOf(record, onlyItem(template, item)));
    expect(texts[2]).toBe(pdfLabels.pass);
    expect(texts[3]).toContain(`${pdfLabels.overrideReason}仪器零点漂移，另行复测`);
    // Without an override, a stray reason is not printed.
    const agreeing = finalised(template, item.id, {
      note: '',
      result: 'fail',
      overrideReason: '不应打印',
      reading: {
        values,
        unit: item.unit,
        limit: { max: 1, unit: item.unit, source: 's' },
        exceeded: true,
      },
    });
    expect(cellTexts(rowOf(agreeing, onlyItem(template, item))).join('')).not.toContain('不应打印');
  });

  it('prints 未填写 only where nothing was answered', () => {
    const first = readingItems[0];
    if (!first) throw new Error('no reading item');
    const texts = cellTexts(
      rowOf(
        finalised(first.template, first.item.id, { note: '' }),
        onlyItem(first.template, first.item),
      ),
    );
    expect(texts[2]).toBe(pdfLabels.unanswered);
  });
});

describe('reading text', () => {
  const nmhc = readingItems.find((r) => r.item.id === 'vocs.ambient.plant-nmhc-hourly')?.item;

  it('prints values as typed, the judged value with its rule and decimals, the limit and source', () => {
    if (!nmhc) throw new Error('no NMHC item');
    const text = readingText(
      {
        values: [6.1, 6, 6.25],
        texts: ['6.10', '6.00', '6.25'],
        unit: 'mg/m³',
        limit: { max: 6, unit: 'mg/m³', source: 'GB 37822-2019 附录A 表A.1（特别控制要求）' },
        exceeded: true,
      },
      nmhc,
    );
    expect(text).toContain('6.10、6.00、6.25');
    // (6.1 + 6 + 6.25) / 3 = 6.1166… → 6.1 at one decimal.
    expect(text).toContain('判定值：6.1');
    expect(text).toContain('3 个读数的算术平均，按 GB/T 8170 修约至 1 位小数');
    expect(text).toContain('≤6');
    expect(text).toContain('GB 37822-2019 附录A 表A.1（特别控制要求）');
  });

  it('prints the numbers of a record made before typed texts were kept', () => {
    if (!nmhc) throw new Error('no NMHC item');
    const text = readingText({ values: [4.1, 5, 6], unit: 'mg/m³' }, nmhc);
    expect(text).toContain('4.1、5、6');
    expect(judgedValueText({ values: [4.1, 5, 6], unit: 'mg/m³' }, nmhc)).toContain('5.0');
  });

  it('prints the mean of three opacity readings with the item decimals, as typed', () => {
    const opacity = readingItems.find((r) => r.item.id === 'machinery.smoke.opacity')?.item;
    if (!opacity) throw new Error('no opacity item');
    const reading = {
      values: [0.6, 0.75, 0.8],
      texts: ['0.60', '0.75', '0.80'],
      unit: 'm⁻¹',
      limit: { max: 0.8, unit: 'm⁻¹', source: 'GB 36886-2018' },
      exceeded: false,
    };
    const text = readingText(reading, opacity);
    expect(text).toContain('0.60、0.75、0.80 m⁻¹');
    // (0.6 + 0.75 + 0.8) / 3 = 0.71666… → 0.72 at two decimals.
    expect(text).toContain('判定值：0.72 m⁻¹（3 个读数的算术平均，按 GB/T 8170 修约至 2 位小数）');
  });
});
