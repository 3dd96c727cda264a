// The per-county control level (issue 9): shipped as 特别控制要求 for all 13 counties with its
// basis, replaced county by county by the office's table; the record needs a reason to apply
// another level (finalise rules edition 2) and prints level, basis and reason.
import { describe, expect, it } from 'vitest';
import { counties } from '../../../shared/domain/counties';
import { makeInspection } from '../../fixtures/builders';
import { findFinaliseProblems } from '../../../shared/records/finaliseValidation';
import { controlLevelRows } from '../../../shared/pdf/controlLevelRows';
import {
  ControlLevelTable,
  controlLevelFor,
  defaultControlLevelBasis,
} from '../../../shared/templates/controlLevels';
import { vocsV1 } from '../../../shared/templates/vocs.v1';

describe('controlLevelFor', () => {
  it('ships 特别控制要求 with its basis for every one of the 13 counties', () => {
    expect(counties).toHaveLength(13);
    for (const county of counties)
      expect(controlLevelFor(county.code), county.zh).toEqual({
        level: 'special',
        basis: defaultControlLevelBasis,
      });
    expect(defaultControlLevelBasis).toContain('环大气〔2019〕53号');
  });

  it('takes the office entry for its county only, and nothing outside Lüliang', () => {
    const office = ControlLevelTable.parse({
      '141181': { level: 'general', basis: '吕环发〔2027〕1号' },
    });
    expect(controlLevelFor('141181', office)).toEqual({
      level: 'general',
      basis: '吕环发〔2027〕1号',
    });
    expect(controlLevelFor('141182', office)?.level).toBe('special');
    expect(controlLevelFor('140100', office)).toBeUndefined();
    expect(controlLevelFor('__proto__', office)).toBeUndefined();
  });

  it('refuses an office entry without a basis or with an unknown level', () => {
    expect(
      ControlLevelTable.safeParse({ '141181': { level: 'general', basis: ' ' } }).success,
    ).toBe(false);
    expect(ControlLevelTable.safeParse({ '141181': { level: 'strict', basis: 'x' } }).success).toBe(
      false,
    );
    expect(ControlLevelTable.safeParse({ xiaoyi: { level: 'general', basis: 'x' } }).success).toBe(
      false,
    );
  });
});

describe('a control level other than the county’s', () => {
  const record = (level: string, reason?: string, status: 'draft' | 'finalized' = 'draft') =>
    makeInspection({
      type: 'vocs',
      template: { id: 'vocs', version: 1 },
      status,
      facts: { controlLevel: level },
      controlLevelBasis: {
        expected: 'special',
        basis: defaultControlLevelBasis,
        ...(reason !== undefined ? { reason } : {}),
      },
    });
  const codes = (r: ReturnType<typeof record>) =>
    findFinaliseProblems(r, vocsV1).map((p) => p.code);

  it('needs a reason to finalise, which then prints beside the basis', () => {
    expect(codes(record('general'))).toContain('control-level-reason-missing');
    expect(codes(record('general', '  '))).toContain('control-level-reason-missing');
    const reasoned = record('general', '排污许可证载明执行一般控制要求（许可证号见基本情况）');
    expect(codes(reasoned)).not.toContain('control-level-reason-missing');
    const rows = controlLevelRows(reasoned).map((r) =>
      r.cells.map((c) => (typeof c === 'string' ? c : c.text)).join('|'),
    );
    expect(rows[0]).toContain('本县规定：特别控制要求');
    expect(rows[0]).toContain('环大气〔2019〕53号');
    expect(rows[1]).toContain('排污许可证载明执行一般控制要求');
  });

  it('asks nothing when the county level is applied, and nothing of old finalised records', () => {
    expect(codes(record('special'))).not.toContain('control-level-reason-missing');
    expect(controlLevelRows(record('special'))).toHaveLength(1);
    expect(codes(record('general', undefined, 'finalized'))).not.toContain(
      'control-level-reason-missing',
    );
    const old = makeInspection({ type: 'vocs', template: { id: 'vocs', version: 1 } });
    expect(controlLevelRows(old)).toEqual([]);
  });
});
