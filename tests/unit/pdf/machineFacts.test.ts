// A machinery check's 基本情况 names the machine from the record's copy, and the facts prefilled
// from the registry are not printed a second time unless the inspector changed them on site
// (docs/records.md "Machine identity").
import { describe, expect, it } from 'vitest';
import { machineIdentityOf } from '../../../shared/domain/machine';
import { factBlocks } from '../../../shared/pdf/partyBlocks';
import { machineryCheckV1 } from '../../../shared/templates/machineryCheck.v1';
import { makeInspection } from '../../fixtures/builders';
import { makeFixtureMachine } from '../../fixtures/records/recordFixtures';

function cellTexts(facts: Record<string, string | number>): string[] {
  const machine = machineIdentityOf(
    makeFixtureMachine({ registrationCode: 'LL2026-0001234', ratedPowerKw: 128.5 }),
  );
  const record = makeInspection({
    type: 'machinery',
    template: { id: machineryCheckV1.id, version: machineryCheckV1.version },
    machine,
    facts,
  });
  return factBlocks(record, machineryCheckV1).flatMap((block) =>
    block.kind === 'table'
      ? block.rows.flatMap((row) => row.cells.map((c) => (typeof c === 'string' ? c : c.text)))
      : [],
  );
}

const count = (texts: string[], label: string) => texts.filter((t) => t === label).length;

describe('machinery 基本情况', () => {
  it('prints a registry value the facts repeat once', () => {
    const texts = cellTexts({
      registrationCode: 'LL2026-0001234',
      emissionStage: 'china3',
      ratedPowerKw: 128.5,
      fuel: 'diesel',
    });
    expect(count(texts, '环保登记编码')).toBe(1);
    expect(count(texts, '排放阶段')).toBe(1);
    expect(count(texts, '额定净功率')).toBe(1);
    // Facts the identity does not hold still print.
    expect(texts).toContain('燃料类型');
    expect(texts).toContain('柴油');
  });

  it('prints a fact corrected on site beside the registry value', () => {
    const texts = cellTexts({ registrationCode: 'LL2026-0009999', ratedPowerKw: 132 });
    expect(count(texts, '环保登记编码')).toBe(2);
    expect(texts).toContain('LL2026-0001234');
    expect(texts).toContain('LL2026-0009999');
    expect(count(texts, '额定净功率')).toBe(2);
    expect(texts).toContain('132 kW');
  });
});
