// Dust items cite 《吕梁市扬尘污染防治条例》 beside the national basis, on paper (issue 9).
import { describe, expect, it } from 'vitest';
import { checklistBlock } from '../../../shared/pdf/checklistBlocks';
import { basisText, LULIANG_DUST_ORDINANCE } from '../../../shared/templates/localBasis';
import { dustV1 } from '../../../shared/templates/dust.v1';
import type { ChecklistTemplate } from '../../../shared/templates/templateSchema';
import { vocsV1 } from '../../../shared/templates/vocs.v1';
import { makeInspection } from '../../fixtures/builders';

const itemCells = (
  record: ReturnType<typeof makeInspection>,
  template: ChecklistTemplate = dustV1,
) => {
  const block = checklistBlock(record, template);
  if (block.kind !== 'table') throw new Error('not a table');
  return block.rows
    .filter((r) => r.shaded !== true)
    .map((r) => r.cells[1])
    .map((c) => (typeof c === 'string' ? c : (c?.text ?? '')));
};

describe('local basis', () => {
  it('cites the ordinance after the national source of every dust item, once', () => {
    const record = makeInspection({ type: 'dust', template: { id: 'dust', version: 1 } });
    const cells = itemCells(record);
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) {
      expect(cell).toContain(`；${LULIANG_DUST_ORDINANCE}）`);
      expect(cell.split(LULIANG_DUST_ORDINANCE)).toHaveLength(2);
    }
    expect(basisText(`HJ/T 393-2007；${LULIANG_DUST_ORDINANCE}`, 'dust')).toBe(
      `HJ/T 393-2007；${LULIANG_DUST_ORDINANCE}`,
    );
  });

  it('adds nothing to VOCs or machinery items', () => {
    const record = makeInspection({
      type: 'vocs',
      template: { id: 'vocs', version: 1 },
      facts: { controlLevel: 'special' },
    });
    for (const cell of itemCells(record, vocsV1))
      expect(cell).not.toContain(LULIANG_DUST_ORDINANCE);
    expect(basisText('GB 36886-2018', 'machinery')).toBe('GB 36886-2018');
  });
});
