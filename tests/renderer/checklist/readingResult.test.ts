// A judged reading gives its row the result, typed values are kept as written, another result
// needs a reason, and a reading no limit judges needs an explicit result (issue 9).
import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../../shared/domain/inspection';
import { limits } from '../../../shared/templates/limits';
import { vocsV1 } from '../../../shared/templates/vocs.v1';
import {
  draftFromInspection,
  type ChecklistDraft,
} from '../../../src-renderer/features/checklist/checklistDraft';
import type { ChecklistEnv } from '../../../src-renderer/features/checklist/checklistEnv';
import {
  createChecklistStore,
  setAnswer,
  setReadingText,
  setResult,
} from '../../../src-renderer/features/checklist/checklistStore';
import { toInspection } from '../../../src-renderer/features/checklist/toInspection';
import { validateChecklist } from '../../../src-renderer/features/checklist/validateChecklist';
import { makeInspection } from '../../fixtures/builders';

const FACE = 'vocs.collection.face-velocity';
const NMHC_1H = 'vocs.ambient.plant-nmhc-hourly';
const env: ChecklistEnv = {
  template: vocsV1,
  limits,
  overrides: {},
  inspectionDay: '2026-11-28',
  today: '2026-11-28',
};
const start: ChecklistDraft = {
  options: [],
  facts: { controlLevel: 'special' },
  answers: {},
  findings: {},
};

function edit(draft: ChecklistDraft, ...changes: ((d: ChecklistDraft) => ChecklistDraft)[]) {
  const store = createChecklistStore(draft);
  for (const change of changes) store.update(change);
  return store.getState();
}

function stored(draft: ChecklistDraft): Inspection {
  return toInspection(
    makeInspection({ template: { id: 'vocs', version: 1 }, createdAt: '2026-11-28T01:00:00Z' }),
    draft,
    env,
  );
}

const problemsOf = (draft: ChecklistDraft, id: string) =>
  validateChecklist(draft, env)
    .filter((p) => p.target.id === id)
    .map((p) => p.code);

describe('reading results', () => {
  it('gives an exceeded reading 不符合 and a reading at the limit 符合, without a click', () => {
    const low = stored(edit(start, setReadingText(FACE, 0, '0.28')));
    expect(low.answers[FACE]?.result).toBe('fail');
    const atLimit = stored(edit(start, setReadingText(FACE, 0, '0.30')));
    expect(atLimit.answers[FACE]?.result).toBe('pass');
  });

  it('keeps each value as typed beside the number: 0.60 stays "0.60", full width folded', () => {
    const draft = edit(
      start,
      setReadingText(NMHC_1H, 0, '4.10'),
      setReadingText(NMHC_1H, 1, '５．００'),
      setReadingText(NMHC_1H, 2, ' 6 '),
    );
    const reading = stored(draft).answers[NMHC_1H]?.reading;
    expect(reading?.values).toEqual([4.1, 5, 6]);
    expect(reading?.texts).toEqual(['4.10', '5.00', '6']);
    // Back to the form as typed, and the result is derived again rather than frozen.
    const back = draftFromInspection(vocsV1, stored(draft));
    expect(back.answers[NMHC_1H]?.readingTexts).toEqual(['4.10', '5.00', '6']);
    expect(back.answers[NMHC_1H]?.result).toBeUndefined();
  });

  it('accepts thousands written with commas only where unambiguous', () => {
    const ok = stored(edit(start, setReadingText(NMHC_1H, 0, '1,200'))).answers[NMHC_1H];
    expect(ok?.reading?.values).toEqual([1200]);
    expect(ok?.reading?.texts).toEqual(['1,200']);
    const ambiguous = stored(edit(start, setReadingText(NMHC_1H, 0, '1,20'))).answers[NMHC_1H];
    expect(ambiguous?.reading?.values).toEqual([]);
  });

  it('stores a result against the judgement only with its reason, which is kept', () => {
    const overridden = edit(start, setReadingText(FACE, 0, '0.28'), setResult(FACE, 'pass'));
    expect(problemsOf(overridden, FACE)).toContain('result-override-reason-missing');
    expect(stored(overridden).answers[FACE]).toMatchObject({ result: 'pass' });
    expect(stored(overridden).answers[FACE]?.overrideReason).toBeUndefined();
    const reasoned = edit(
      overridden,
      setAnswer(FACE, (a) => ({ ...a, overrideReason: '  风机检修中，另行复测  ' })),
    );
    expect(problemsOf(reasoned, FACE)).not.toContain('result-override-reason-missing');
    expect(stored(reasoned).answers[FACE]?.overrideReason).toBe('风机检修中，另行复测');
    // The same reason is dropped once the result agrees with the judgement again.
    const agreed = edit(reasoned, setReadingText(FACE, 0, '0.35'));
    expect(stored(agreed).answers[FACE]?.overrideReason).toBeUndefined();
    expect(problemsOf(agreed, FACE)).toEqual([]);
  });

  it('asks for 符合/不符合 when no limit judges a complete reading', () => {
    // No control level: the NMHC limit cannot be chosen, so nothing judges the values.
    const noLevel = { ...start, facts: {} };
    const draft = edit(
      noLevel,
      setReadingText(NMHC_1H, 0, '4'),
      setReadingText(NMHC_1H, 1, '5'),
      setReadingText(NMHC_1H, 2, '6'),
    );
    expect(problemsOf(draft, NMHC_1H)).toContain('reading-result-missing');
    expect(stored(draft).answers[NMHC_1H]?.result).toBeUndefined();
    const chosen = edit(draft, setResult(NMHC_1H, 'pass'));
    expect(problemsOf(chosen, NMHC_1H)).not.toContain('reading-result-missing');
    expect(problemsOf(chosen, NMHC_1H)).not.toContain('result-override-reason-missing');
  });

  it('stores the county control level and basis, and a reason only for another level', () => {
    const county = { level: 'special', basis: '汾渭平原重点区域（环大气〔2019〕53号）' } as const;
    const withCounty: ChecklistEnv = { ...env, controlLevel: county };
    const same = toInspection(
      makeInspection({ template: { id: 'vocs', version: 1 } }),
      { ...start, controlLevelReason: '不应保存' },
      withCounty,
    );
    expect(same.controlLevelBasis).toEqual({ expected: 'special', basis: county.basis });
    const general: ChecklistDraft = { ...start, facts: { controlLevel: 'general' } };
    expect(
      validateChecklist(general, withCounty).some((p) => p.code === 'control-level-reason-missing'),
    ).toBe(true);
    const reasoned = { ...general, controlLevelReason: ' 许可证载明一般控制要求 ' };
    expect(
      validateChecklist(reasoned, withCounty).some(
        (p) => p.code === 'control-level-reason-missing',
      ),
    ).toBe(false);
    const stored = toInspection(
      makeInspection({ template: { id: 'vocs', version: 1 } }),
      reasoned,
      withCounty,
    );
    expect(stored.controlLevelBasis).toEqual({
      expected: 'special',
      basis: county.basis,
      reason: '许可证载明一般控制要求',
    });
    expect(draftFromInspection(vocsV1, stored).controlLevelReason).toBe('许可证载明一般控制要求');
    // Without a county level (outside Lüliang) nothing is stored or asked.
    expect(stored.facts['controlLevel']).toBe('general');
    expect(
      toInspection(makeInspection({ template: { id: 'vocs', version: 1 } }), reasoned, env)
        .controlLevelBasis,
    ).toBeUndefined();
  });
});
