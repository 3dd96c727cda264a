// The stage-versus-zone rule is computed from the facts and shown, on screen and in print
// (issue 9), not only declared in the item's guidance.
import { describe, expect, it } from 'vitest';
import { checklistBlock } from '../../../shared/pdf/checklistBlocks';
import { computeCheck } from '../../../shared/templates/computedCheck';
import { machineryCheckV1 } from '../../../shared/templates/machineryCheck.v1';
import { makeInspection } from '../../fixtures/builders';

const item = { computedBy: 'stage-allowed-in-zone' } as const;

describe('computeCheck stage-allowed-in-zone', () => {
  it('allows the lowest stage the zone allows and bans the one below it', () => {
    const atLowest = computeCheck(item, {
      emissionStage: 'china3',
      zoneRule: 'ban-china2-and-below',
    });
    expect(atLowest).toMatchObject({ result: 'pass' });
    expect(atLowest?.explanation).toContain('国三不低于区域允许的最低阶段国三');
    const below = computeCheck(item, { emissionStage: 'china2', zoneRule: 'ban-china2-and-below' });
    expect(below).toMatchObject({ result: 'fail' });
    expect(below?.explanation).toContain('禁止使用（国二低于区域允许的最低阶段国三');
  });

  it('proposes nothing without a stage or a known zone rule, or for other items', () => {
    expect(computeCheck(item, { zoneRule: 'ban-china2-and-below' })).toBeUndefined();
    expect(computeCheck(item, { emissionStage: 'china3', zoneRule: 'nowhere' })).toBeUndefined();
    expect(computeCheck({}, { emissionStage: 'china3', zoneRule: 'none' })).toBeUndefined();
  });

  it('prints the computed rule beside the inspector’s answer', () => {
    const record = makeInspection({
      type: 'machinery',
      template: { id: 'machinery-check', version: 1 },
      facts: { emissionStage: 'china2', zoneRule: 'ban-china2-and-below', fuel: 'diesel' },
      answers: { 'machinery.zone.stage-allowed': { result: 'fail', note: '' } },
    });
    const block = checklistBlock(record, machineryCheckV1);
    if (block.kind !== 'table') throw new Error('not a table');
    const row = block.rows.find((r) =>
      r.cells.some(
        (c) => typeof c !== 'string' && c.field === 'template:machinery.zone.stage-allowed',
      ),
    );
    const texts = row?.cells.map((c) => (typeof c === 'string' ? c : c.text)) ?? [];
    expect(texts.join('|')).toContain('系统判定：禁止使用');
  });
});
