// Form → stored record → form, through the real saveDraft on fake-indexeddb: valid values are
// stored with the limit applied and the verdict, invalid ones never reach the store.
import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../../shared/domain/inspection';
import { limits } from '../../../shared/templates/limits';
import type { LimitOverrides } from '../../../shared/templates/limitSchema';
import { dustV1 } from '../../../shared/templates/dust.v1';
import { vocsV1 } from '../../../shared/templates/vocs.v1';
import type { ChecklistTemplate } from '../../../shared/templates/templateSchema';
import { getInspection, saveDraft } from '../../../src-renderer/db/inspectionRepository';
import {
  draftFromInspection,
  emptyAnswer,
  type ChecklistDraft,
} from '../../../src-renderer/features/checklist/checklistDraft';
import type { ChecklistEnv } from '../../../src-renderer/features/checklist/checklistEnv';
import {
  createChecklistStore,
  ensureFinding,
  setAnswer,
  setFinding,
  setReadingText,
  setResult,
} from '../../../src-renderer/features/checklist/checklistStore';
import { toInspection } from '../../../src-renderer/features/checklist/toInspection';
import { makeInspection } from '../../fixtures/builders';
import { freshDatabase } from '../testDatabase';

const FACE = 'vocs.collection.face-velocity';
const NMHC_1H = 'vocs.ambient.plant-nmhc-hourly';
const NMHC_SINGLE = 'vocs.ambient.plant-nmhc-single';

function envFor(template: ChecklistTemplate, overrides: LimitOverrides = {}): ChecklistEnv {
  return { template, limits, overrides, inspectionDay: '2026-11-28', today: '2026-11-28' };
}

function vocsInspection(): Inspection {
  return makeInspection({
    template: { id: 'vocs', version: 1 },
    createdAt: '2026-11-28T01:00:00.000Z',
  });
}

function edit(draft: ChecklistDraft, ...changes: ((d: ChecklistDraft) => ChecklistDraft)[]) {
  const store = createChecklistStore(draft);
  for (const change of changes) store.update(change);
  return store.getState();
}

describe('toInspection', () => {
  const env = envFor(vocsV1);
  const start: ChecklistDraft = {
    options: ['petrol-station'],
    facts: { controlLevel: 'special' },
    answers: {},
    findings: {},
  };

  it('stores valid reading values with the limit applied, its source and the verdict', () => {
    const draft = edit(
      start,
      setReadingText(FACE, 0, '0.25'),
      setReadingText(NMHC_SINGLE, 0, '25'),
    );
    const stored = toInspection(vocsInspection(), draft, env);
    expect(stored.answers[FACE]?.reading).toMatchObject({
      values: [0.25],
      unit: 'm/s',
      limit: { min: 0.3, unit: 'm/s', source: 'GB 37822-2019 §10.2' },
      exceeded: true,
    });
    // Special control: 20 mg/m³; the source names the variant applied.
    expect(stored.answers[NMHC_SINGLE]?.reading).toMatchObject({
      values: [25],
      limit: { max: 20 },
      exceeded: true,
    });
    expect(stored.answers[NMHC_SINGLE]?.reading?.limit?.source).toContain('特别控制要求');
    expect(stored.facts).toEqual({ controlLevel: 'special' });
    expect(stored.options).toEqual(['petrol-station']);
  });

  it('judges the same reading against the general limit when the control level is general', () => {
    const draft = edit(
      { ...start, facts: { controlLevel: 'general' } },
      setReadingText(NMHC_SINGLE, 0, '25'),
    );
    const reading = toInspection(vocsInspection(), draft, env).answers[NMHC_SINGLE]?.reading;
    expect(reading).toMatchObject({ limit: { max: 30 }, exceeded: false });
  });

  it('uses an office override from settings instead of the default', () => {
    const overrides: LimitOverrides = {
      'vocs.hood-face-velocity': {
        values: { kind: 'single', bound: { min: 0.2 } },
        source: '吕环发〔2026〕1号',
        unit: 'm/s',
      },
    };
    const draft = edit(start, setReadingText(FACE, 0, '0.25'));
    const reading = toInspection(vocsInspection(), draft, envFor(vocsV1, overrides)).answers[FACE]
      ?.reading;
    expect(reading).toMatchObject({
      limit: { min: 0.2, source: '吕环发〔2026〕1号' },
      exceeded: false,
    });
  });

  it('never stores letters, negatives or an incomplete set as a verdict', () => {
    const draft = edit(
      start,
      setReadingText(FACE, 0, '0.3m/s'),
      setReadingText(NMHC_1H, 0, '4.1'),
      setReadingText(NMHC_1H, 1, '-2'),
      setReadingText(NMHC_1H, 2, '5,0'),
    );
    const stored = toInspection(vocsInspection(), draft, env);
    expect(stored.answers[FACE]?.reading?.values).toEqual([]);
    expect(stored.answers[FACE]?.reading?.exceeded).toBeUndefined();
    expect(stored.answers[NMHC_1H]?.reading?.values).toEqual([4.1]);
    expect(stored.answers[NMHC_1H]?.reading?.exceeded).toBeUndefined(); // 1 of 3 values: not judged
  });

  it('keeps an instrument but drops a calibration date in the future and a type not allowed', () => {
    const draft = edit(
      start,
      setReadingText(FACE, 0, '0.5'),
      setAnswer(FACE, (a) => ({
        ...a,
        instrument: {
          type: 'FID',
          model: 'Testo 405i',
          serial: 'SN-001',
          calibratedOn: '2027-01-01',
        },
      })),
    );
    expect(toInspection(vocsInspection(), draft, env).answers[FACE]?.reading?.instrument).toEqual({
      type: '',
      model: 'Testo 405i',
      serial: 'SN-001',
      calibratedOn: '',
    });
  });

  it('stores a finding for a failed item, without a deadline before the inspection day', () => {
    const item = 'vocs.station.submerged-unloading';
    const draft = edit(
      start,
      setResult(item, 'fail'),
      ensureFinding(item, 'GB 20952：卸油采用浸没式卸油方式'),
      setFinding(item, {
        description: '未采用浸没式卸油😠',
        requirement: '立即整改',
        deadline: '2026-11-27',
      }),
    );
    const [finding] = toInspection(vocsInspection(), draft, env).findings;
    expect(finding).toMatchObject({
      itemId: item,
      description: '未采用浸没式卸油😠',
      rule: 'GB 20952：卸油采用浸没式卸油方式',
      deadline: '',
    });
    const fixed = edit(draft, setFinding(item, { deadline: '2026-11-28' }));
    expect(toInspection(vocsInspection(), fixed, env).findings[0]?.deadline).toBe('2026-11-28');
  });

  it('keeps findings not tied to an item and drops an empty finding of a passed item', () => {
    const item = 'vocs.basics.eia';
    const base = vocsInspection();
    const general = {
      id: base.id,
      description: '企业拒绝提供台账',
      rule: '',
      requirement: '',
      deadline: '',
    };
    const withGeneral = { ...base, findings: [general] };
    const draft = edit(
      start,
      setResult(item, 'fail'),
      ensureFinding(item, 'rule'),
      setResult(item, 'pass'),
    );
    expect(toInspection(withGeneral, draft, env).findings).toEqual([general]);
  });

  it('parses number facts and refuses letters in them (dust site area)', () => {
    const dustEnv = envFor(dustV1);
    const base = makeInspection({ type: 'dust', template: { id: 'dust', version: 1 } });
    const draft: ChecklistDraft = {
      options: [],
      facts: { projectName: '吕梁新区安置房二期', areaM2: '12,000㎡' },
      answers: {},
      findings: {},
    };
    expect(toInspection(base, draft, dustEnv).facts).toEqual({ projectName: '吕梁新区安置房二期' });
    const fixed = { ...draft, facts: { ...draft.facts, areaM2: '１２０００' } };
    expect(toInspection(base, fixed, dustEnv).facts).toEqual({
      projectName: '吕梁新区安置房二期',
      areaM2: 12000,
    });
  });

  it('round-trips through saveDraft and back into the form, and an edit after 检查完成 reopens it', async () => {
    const db = freshDatabase();
    const base = vocsInspection();
    const note = `现场检查发现储罐呼吸阀泄漏，“异味明显”。${'很长的备注'.repeat(200)}`;
    const draft = edit(
      start,
      setResult('vocs.basics.permit-valid', 'pass'),
      setAnswer('vocs.basics.permit-valid', (a) => ({ ...a, note })),
      setReadingText(FACE, 0, '0.45'),
      setAnswer(FACE, (a) => ({
        ...a,
        instrument: { ...emptyAnswer.instrument, type: 'anemometer', model: 'Testo 405i' },
      })),
    );
    const completed = { ...draft, endedAt: '2026-11-28T03:00:00.000Z' };
    await saveDraft(db, toInspection(base, completed, env));
    const reloaded = await getInspection(db, base.id);
    if (!reloaded) throw new Error('not stored');
    expect(reloaded.status).toBe('draft');
    expect(reloaded.endedAt).toBe('2026-11-28T03:00:00.000Z');
    expect(reloaded.startedAt).toBe(base.createdAt);
    const back = draftFromInspection(vocsV1, reloaded);
    expect(back.answers['vocs.basics.permit-valid']).toMatchObject({ result: 'pass', note });
    expect(back.answers[FACE]).toMatchObject({
      readingTexts: ['0.45'],
      instrument: { type: 'anemometer', model: 'Testo 405i' },
    });
    expect(back.facts).toEqual({ controlLevel: 'special' });
    // Any change after completion clears endedAt: completion vouches for one state only.
    const reopened = edit(back, setResult('vocs.basics.eia', 'na'));
    expect(reopened.endedAt).toBeUndefined();
    expect(toInspection(reloaded, reopened, env).endedAt).toBeUndefined();
    db.close();
  });
});
