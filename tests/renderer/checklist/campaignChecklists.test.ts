// What blocks 检查完成 on the five campaign checklists (issue 13): their required start facts,
// facts typed badly, each completable once answered, and a failing reading asking for a
// finding — the same engine as the built-ins, with no campaign-specific code.
import { describe, expect, it } from 'vitest';
import { cateringFumesV1 } from '../../../shared/templates/cateringFumes.v1';
import { cleanTransportV1 } from '../../../shared/templates/cleanTransport.v1';
import { cokingV1 } from '../../../shared/templates/coking.v1';
import { denitrationV1 } from '../../../shared/templates/denitration.v1';
import { emergencyResponseV1 } from '../../../shared/templates/emergencyResponse.v1';
import { limits } from '../../../shared/templates/limits';
import type { ChecklistTemplate } from '../../../shared/templates/templateSchema';
import type { ChecklistDraft } from '../../../src-renderer/features/checklist/checklistDraft';
import type { ChecklistEnv } from '../../../src-renderer/features/checklist/checklistEnv';
import {
  createChecklistStore,
  setReadingText,
  setResult,
} from '../../../src-renderer/features/checklist/checklistStore';
import {
  validateChecklist,
  type Problem,
} from '../../../src-renderer/features/checklist/validateChecklist';
import {
  conditionContext,
  visibleSections,
} from '../../../src-renderer/features/checklist/visibility';

const envFor = (template: ChecklistTemplate): ChecklistEnv => ({
  template,
  limits,
  overrides: {},
  inspectionDay: '2026-11-28',
  today: '2026-11-28',
});

const empty: ChecklistDraft = { options: [], facts: {}, answers: {}, findings: {} };

function edit(draft: ChecklistDraft, ...changes: ((d: ChecklistDraft) => ChecklistDraft)[]) {
  const store = createChecklistStore(draft);
  for (const change of changes) store.update(change);
  return store.getState();
}

/**
 * Answers every visible item but `except` (left for the test to type): checks 符合, readings
 * 不适用 (no value, no judgement).
 */
function answerAll(
  template: ChecklistTemplate,
  draft: ChecklistDraft,
  except?: string,
): ChecklistDraft {
  let next = draft;
  for (const { items } of visibleSections(template, conditionContext(template, draft)))
    for (const item of items)
      if (item.id !== except)
        next = edit(next, setResult(item.id, item.kind === 'check' ? 'pass' : 'na'));
  return next;
}

const factProblems = (template: ChecklistTemplate, facts: Record<string, string>) =>
  validateChecklist({ ...empty, facts }, envFor(template))
    .filter((p) => p.target.type === 'fact')
    .map((p) => `${p.code}:${p.target.id}`);

const kinds = (problems: Problem[], id: string) =>
  problems.filter((p) => p.target.id === id).map((p) => p.code);

describe('campaign checklists', () => {
  it('ask for their required start facts', () => {
    expect(factProblems(emergencyResponseV1, {})).toEqual([
      'fact-missing:alertLevel',
      'fact-missing:alertNotice',
      'fact-missing:performanceGrade',
    ]);
    expect(factProblems(cokingV1, {})).toEqual([
      'fact-missing:ovenHeight',
      'fact-missing:retrofit',
    ]);
    expect(factProblems(cleanTransportV1, {})).toEqual([
      'fact-missing:railShareSet',
      'fact-missing:smokeCheck',
    ]);
    expect(factProblems(denitrationV1, {})).toEqual([
      'fact-missing:sourceKind',
      'fact-missing:denoxProcess',
      'fact-missing:unitName',
    ]);
    expect(factProblems(cateringFumesV1, {})).toEqual(['fact-missing:premisesSize']);
  });

  it('refuse a chamber height typed with its unit, negative or beyond any oven', () => {
    const base = { retrofit: 'completed' };
    for (const typed of ['4.3米', '-1', '13'])
      expect(factProblems(cokingV1, { ...base, ovenHeight: typed }), typed).toEqual([
        'fact-invalid:ovenHeight',
      ]);
    expect(factProblems(cokingV1, { ...base, ovenHeight: '4.3' })).toEqual([]);
  });

  it('refuse an alert level that is not one of the choices (a tampered draft)', () => {
    const facts = {
      alertLevel: 'purple',
      alertNotice: '吕重污应急〔2026〕12号',
      performanceGrade: 'B',
    };
    expect(factProblems(emergencyResponseV1, facts)).toEqual(['fact-invalid:alertLevel']);
  });

  it.each<{ template: ChecklistTemplate; facts: Record<string, string> }>([
    {
      template: emergencyResponseV1,
      facts: { alertLevel: 'red', alertNotice: '吕重污应急〔2026〕3号', performanceGrade: 'D' },
    },
    { template: cokingV1, facts: { ovenHeight: '4.3', retrofit: 'in-progress' } },
    { template: cleanTransportV1, facts: { railShareSet: 'yes', smokeCheck: 'yes' } },
    {
      template: denitrationV1,
      facts: { sourceKind: 'kiln', denoxProcess: 'sncr-scr', unitName: '1号石灰窑' },
    },
    { template: cateringFumesV1, facts: { premisesSize: 'large' } },
  ])('$template.id can be completed once every visible item is answered', ({ template, facts }) => {
    const draft = answerAll(template, { ...empty, facts });
    expect(validateChecklist(draft, envFor(template))).toEqual([]);
  });

  it('one production line below the orange share asks for a finding; all lines at it do not', () => {
    const template = emergencyResponseV1;
    const facts = {
      alertLevel: 'orange',
      alertNotice: '吕重污应急〔2026〕12号',
      performanceGrade: 'C',
    };
    const item = 'emergency-response.lines.reduction-orange';
    const answered = answerAll(template, { ...empty, facts }, item);
    const failing = edit(
      answered,
      setReadingText(item, 0, '35'),
      setReadingText(item, 1, '１８'), // typed with a Chinese IME: full-width digits
      setReadingText(item, 2, '40'),
    );
    expect(kinds(validateChecklist(failing, envFor(template)), item)).toEqual(['finding-missing']);
    const passing = edit(failing, setReadingText(item, 1, '20'));
    expect(validateChecklist(passing, envFor(template))).toEqual([]);
  });

  it('a smoke check with two of its three free accelerations is incomplete, not judged', () => {
    const template = cleanTransportV1;
    const item = 'clean-transport.smoke.absorption';
    const answered = answerAll(
      template,
      { ...empty, facts: { railShareSet: 'no', smokeCheck: 'yes' } },
      item,
    );
    const partial = edit(answered, setReadingText(item, 0, '0.9'), setReadingText(item, 1, '0.9'));
    expect(kinds(validateChecklist(partial, envFor(template)), item)).toEqual([
      'reading-incomplete',
    ]);
  });
});
