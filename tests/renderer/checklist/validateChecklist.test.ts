// What blocks 检查完成, on the real templates: every visible required item answered, readings
// complete and well-formed, a complete finding for every failure, required facts given.
import { describe, expect, it } from 'vitest';
import { dustV1 } from '../../../shared/templates/dust.v1';
import { limits } from '../../../shared/templates/limits';
import { machineryCheckV1 } from '../../../shared/templates/machineryCheck.v1';
import { vocsV1 } from '../../../shared/templates/vocs.v1';
import type { ChecklistTemplate } from '../../../shared/templates/templateSchema';
import type { ChecklistDraft } from '../../../src-renderer/features/checklist/checklistDraft';
import type { ChecklistEnv } from '../../../src-renderer/features/checklist/checklistEnv';
import {
  createChecklistStore,
  ensureFinding,
  setAnswer,
  setFinding,
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

function edit(draft: ChecklistDraft, ...changes: ((d: ChecklistDraft) => ChecklistDraft)[]) {
  const store = createChecklistStore(draft);
  for (const change of changes) store.update(change);
  return store.getState();
}

/** Answers every visible item: checks 符合, readings with a value that passes (or 不适用). */
function answerAll(template: ChecklistTemplate, draft: ChecklistDraft): ChecklistDraft {
  let next = draft;
  for (const { items } of visibleSections(template, conditionContext(template, draft))) {
    for (const item of items)
      next = edit(next, setResult(item.id, item.kind === 'check' ? 'pass' : 'na'));
  }
  return next;
}

const kinds = (problems: Problem[], id: string) =>
  problems.filter((p) => p.target.id === id).map((p) => p.code);

describe('validateChecklist', () => {
  const env = envFor(vocsV1);
  const start: ChecklistDraft = {
    options: ['petrol-station'],
    facts: { controlLevel: 'special' },
    answers: {},
    findings: {},
  };

  it('has nothing to say about a fully answered checklist', () => {
    expect(validateChecklist(answerAll(vocsV1, start), env)).toEqual([]);
  });

  it('asks for the required facts and every visible item, but not for hidden modules', () => {
    const problems = validateChecklist({ options: [], facts: {}, answers: {}, findings: {} }, env);
    expect(problems[0]).toMatchObject({
      code: 'fact-missing',
      messageKey: 'evidence.problems.fact-missing',
      path: ['facts', 'controlLevel'],
      target: { type: 'fact', id: 'controlLevel' },
    });
    expect(kinds(problems, 'vocs.basics.permit-valid')).toEqual(['item-unanswered']);
    expect(kinds(problems, 'vocs.station.submerged-unloading')).toEqual([]);
    const withStation = validateChecklist({ ...start, facts: {} }, env);
    expect(kinds(withStation, 'vocs.station.submerged-unloading')).toEqual(['item-unanswered']);
  });

  it('a failed item needs a complete finding with a deadline not before the inspection day', () => {
    const item = 'vocs.station.submerged-unloading';
    const failed = edit(answerAll(vocsV1, start), setResult(item, 'fail'));
    expect(kinds(validateChecklist(failed, env), item)).toEqual(['finding-missing']);
    const started = edit(failed, ensureFinding(item, 'GB 20952-2020'));
    // The record's per-field codes (finalising names the same ones); the rule is prefilled.
    expect(kinds(validateChecklist(started, env), item)).toEqual([
      'finding-description-missing',
      'finding-requirement-missing',
      'finding-deadline-missing',
    ]);
    const early = edit(
      started,
      setFinding(item, { description: '未浸没卸油', requirement: '整改', deadline: '2026-11-27' }),
    );
    expect(kinds(validateChecklist(early, env), item)).toEqual(['finding-deadline-past']);
    const noRule = edit(early, setFinding(item, { rule: ' ', deadline: '2026-12-15' }));
    expect(kinds(validateChecklist(noRule, env), item)).toEqual(['finding-rule-missing']);
    const done = edit(early, setFinding(item, { deadline: '2026-12-15' }));
    expect(validateChecklist(done, env)).toEqual([]);
  });

  it('an exceeded reading marked 符合 is an override: it needs its reason, not a silent pass', () => {
    const item = 'vocs.collection.face-velocity';
    const draft = edit(
      answerAll(vocsV1, start),
      setResult(item, 'pass'),
      setReadingText(item, 0, '0.25'),
    );
    expect(kinds(validateChecklist(draft, env), item)).toEqual(['result-override-reason-missing']);
    const reasoned = edit(
      draft,
      setAnswer(item, (a) => ({ ...a, overrideReason: '罩口处于检修状态，另行复测' })),
    );
    expect(kinds(validateChecklist(reasoned, env), item)).toEqual([]);
    const ok = edit(draft, setReadingText(item, 0, '0.30')); // at the limit complies
    expect(validateChecklist(ok, env)).toEqual([]);
  });

  it('an exceeded reading left to its judgement is 不符合 and needs a finding', () => {
    const item = 'vocs.collection.face-velocity';
    const fresh = edit(answerAll(vocsV1, start), (d) => {
      const { [item]: _dropped, ...answers } = d.answers;
      return { ...d, answers };
    });
    const draft = edit(fresh, setReadingText(item, 0, '0.25'));
    expect(kinds(validateChecklist(draft, env), item)).toEqual(['finding-missing']);
  });

  it('a mistyped or incomplete reading blocks, 不适用 does not need values', () => {
    const hourly = 'vocs.ambient.plant-nmhc-hourly';
    const typo = edit(
      answerAll(vocsV1, start),
      setResult(hourly, 'pass'),
      setReadingText(hourly, 0, '4,1'),
    );
    expect(kinds(validateChecklist(typo, env), hourly)).toEqual(['reading-invalid']);
    const partial = edit(typo, setReadingText(hourly, 0, '4.1'), setReadingText(hourly, 1, '5'));
    expect(kinds(validateChecklist(partial, env), hourly)).toEqual(['reading-incomplete']);
    const full = edit(partial, setReadingText(hourly, 2, '5.5'));
    expect(validateChecklist(full, env)).toEqual([]);
  });

  it('a finding left on an item that passes again or was hidden must be deleted', () => {
    const item = 'vocs.station.submerged-unloading';
    const draft = edit(
      answerAll(vocsV1, start),
      setResult(item, 'fail'),
      ensureFinding(item, 'rule'),
      setFinding(item, { description: '未浸没卸油', requirement: '整改', deadline: '2026-12-01' }),
      setResult(item, 'pass'),
    );
    expect(kinds(validateChecklist(draft, env), item)).toEqual(['finding-not-needed']);
    const hidden = edit(draft, (d) => ({ ...d, options: [] }));
    expect(kinds(validateChecklist(hidden, env), item)).toEqual(['finding-not-needed']);
  });

  it('dust: required project facts, and the enclosure height item follows the main-road fact', () => {
    const dustEnv = envFor(dustV1);
    const empty: ChecklistDraft = { options: [], facts: {}, answers: {}, findings: {} };
    const facts = validateChecklist(empty, dustEnv)
      .filter((p) => p.target.type === 'fact')
      .map((p) => p.target.id);
    expect(facts).toEqual(['projectName', 'builder', 'contractor', 'stage', 'onMainRoad']);
    const main = { ...empty, facts: { onMainRoad: 'yes' } };
    const ids = validateChecklist(main, dustEnv).map((p) => p.target.id);
    expect(ids).toContain('dust.enclosure.height-main-road');
    expect(ids).not.toContain('dust.enclosure.height');
    const bad = validateChecklist({ ...empty, facts: { areaM2: '一万' } }, dustEnv);
    expect(bad).toContainEqual(
      expect.objectContaining({ code: 'fact-invalid', target: { type: 'fact', id: 'areaM2' } }),
    );
  });

  it('every template renders and can be completed (machinery check too)', () => {
    const templates: ChecklistTemplate[] = [vocsV1, dustV1, machineryCheckV1];
    for (const template of templates) {
      const facts: Record<string, string> = {};
      for (const fact of template.facts) {
        if (fact.kind === 'select') facts[fact.id] = fact.choices[0]?.value ?? '';
        if (fact.kind === 'text') facts[fact.id] = '测试';
        if (fact.kind === 'number') facts[fact.id] = '100';
        if (fact.kind === 'date') facts[fact.id] = '2026-01-05';
      }
      const draft = answerAll(template, {
        options: template.options.map((o) => o.id),
        facts,
        answers: {},
        findings: {},
      });
      expect(validateChecklist(draft, envFor(template)), template.id).toEqual([]);
    }
  });
});
