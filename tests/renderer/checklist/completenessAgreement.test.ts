// The checklist screen (检查完成) and finalising agree (docs/records.md "One completeness rule"):
// for every template in the registry and every kind of checklist problem, the screen's list
// and the finalise check over the record the screen saves name the same problems at the same
// places. Problems of the form alone (text not yet a value) are the only ones finalising
// cannot see, because that text is never stored; they are listed at the end.
import { describe, expect, it } from 'vitest';
import type { FinaliseProblem } from '../../../shared/records/finaliseProblem';
import { findFinaliseProblems } from '../../../shared/records/finaliseValidation';
import { CONTROL_LEVEL_FACT } from '../../../shared/templates/controlLevels';
import { limits } from '../../../shared/templates/limits';
import { templates } from '../../../shared/templates/registry';
import type {
  ChecklistTemplate,
  ReadingItem,
  TemplateItem,
} from '../../../shared/templates/templateSchema';
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
import { judgeItem } from '../../../src-renderer/features/checklist/judgeItem';
import { toInspection } from '../../../src-renderer/features/checklist/toInspection';
import {
  validateChecklist,
  type Problem,
} from '../../../src-renderer/features/checklist/validateChecklist';
import {
  conditionContext,
  visibleSections,
} from '../../../src-renderer/features/checklist/visibility';
import { makeInspection } from '../../fixtures/builders';

type Change = (d: ChecklistDraft) => ChecklistDraft;

/** The codes the checklist rules raise (shared/records/checklistProblems.ts). */
const checklistCodes = new Set<string>([
  'fact-missing',
  'control-level-reason-missing',
  'item-unanswered',
  'reading-incomplete',
  'reading-result-missing',
  'result-override-reason-missing',
  'finding-missing',
  'finding-description-missing',
  'finding-rule-missing',
  'finding-requirement-missing',
  'finding-deadline-missing',
  'finding-deadline-past',
  'finding-not-needed',
]);

function edit(draft: ChecklistDraft, ...changes: Change[]): ChecklistDraft {
  const store = createChecklistStore(draft);
  for (const change of changes) store.update(change);
  return store.getState();
}

function envFor(template: ChecklistTemplate): ChecklistEnv {
  const asksLevel = template.facts.some((f) => f.id === CONTROL_LEVEL_FACT);
  return {
    template,
    limits,
    overrides: {},
    ...(asksLevel ? { controlLevel: { level: 'special', basis: '县规定（测试）' } } : {}),
    inspectionDay: '2026-11-28',
    today: '2026-11-28',
  };
}

/** Every fact filled, every option taken, every visible item answered 符合 (readings 不适用). */
function completeDraft(template: ChecklistTemplate): ChecklistDraft {
  const facts: Record<string, string> = {};
  for (const fact of template.facts) {
    if (fact.kind === 'select') facts[fact.id] = fact.choices[0]?.value ?? '';
    if (fact.kind === 'text') facts[fact.id] = '测试';
    // Within the fact's own bounds (a coke oven is not 100 m high).
    if (fact.kind === 'number')
      facts[fact.id] = String(Math.min(fact.max ?? 100, Math.max(fact.min ?? 0, 100)));
    if (fact.kind === 'date') facts[fact.id] = '2026-01-05';
  }
  if (template.facts.some((f) => f.id === CONTROL_LEVEL_FACT))
    facts[CONTROL_LEVEL_FACT] = 'special';
  let draft: ChecklistDraft = {
    options: template.options.map((o) => o.id),
    facts,
    answers: {},
    findings: {},
  };
  for (const { items } of visibleSections(template, conditionContext(template, draft)))
    for (const item of items)
      draft = edit(draft, setResult(item.id, item.kind === 'check' ? 'pass' : 'na'));
  return draft;
}

const where = (p: { target: Problem['target'] } | FinaliseProblem): string => {
  if ('target' in p) return `${p.target.type}:${p.target.id}`;
  const [head, id] = p.path;
  return head === 'facts' ? `fact:${String(id)}` : `item:${p.itemId ?? ''}`;
};

function screenSays(draft: ChecklistDraft, env: ChecklistEnv): string[] {
  return validateChecklist(draft, env)
    .map((p) => `${p.code}@${where(p)}`)
    .sort();
}

function finaliseSays(draft: ChecklistDraft, env: ChecklistEnv): string[] {
  const base = makeInspection({
    template: { id: env.template.id, version: env.template.version },
    createdAt: '2026-11-28T01:00:00Z',
  });
  const record = toInspection(base, draft, env);
  return findFinaliseProblems(record, env.template)
    .filter((p) => checklistCodes.has(p.code))
    .map((p) => `${p.code}@${where(p)}`)
    .sort();
}

/** A reading item of the template whose value '1' a limit judges (or not), when there is one. */
function readingWhere(
  template: ChecklistTemplate,
  draft: ChecklistDraft,
  env: ChecklistEnv,
  judged: boolean,
): ReadingItem | undefined {
  for (const { items } of visibleSections(template, conditionContext(template, draft)))
    for (const item of items)
      if (item.kind === 'reading') {
        const texts = Array.from({ length: item.repeats }, () => '1');
        const exceeded = judgeItem(item, texts, draft.facts, env).judgement.exceeded;
        if ((exceeded !== null) === judged) return item;
      }
  return undefined;
}

function firstVisible(
  template: ChecklistTemplate,
  draft: ChecklistDraft,
  kind: TemplateItem['kind'],
): TemplateItem | undefined {
  for (const { items } of visibleSections(template, conditionContext(template, draft)))
    for (const item of items) if (item.kind === kind && item.required !== false) return item;
  return undefined;
}

const filled = (texts: number): string[] => Array.from({ length: texts }, () => '1');

function cases(template: ChecklistTemplate, env: ChecklistEnv): [string, string, Change[]][] {
  const draft = completeDraft(template);
  const check = firstVisible(template, draft, 'check');
  const reading = firstVisible(template, draft, 'reading');
  const unjudged = readingWhere(template, draft, env, false);
  const judged = readingWhere(template, draft, env, true);
  const requiredFact = template.facts.find((f) => f.required === true);
  const out: [string, string, Change[]][] = [];
  if (requiredFact)
    out.push([
      'fact-missing',
      'a required fact left empty',
      [(d) => ({ ...d, facts: { ...d.facts, [requiredFact.id]: '' } })],
    ]);
  if (env.controlLevel)
    out.push([
      'control-level-reason-missing',
      'another control level than the county’s, no reason',
      [(d) => ({ ...d, facts: { ...d.facts, [CONTROL_LEVEL_FACT]: 'general' } })],
    ]);
  if (check) {
    const clear: Change = (d) => {
      const { [check.id]: _dropped, ...answers } = d.answers;
      return { ...d, answers };
    };
    const rule = `${check.source}：${check.text.zh}`;
    const written = { description: '问题', requirement: '整改', deadline: '2026-12-15' };
    out.push(
      ['item-unanswered', 'a check item left unanswered', [clear]],
      ['finding-missing', 'a failed check without a finding', [setResult(check.id, 'fail')]],
      [
        'finding-description-missing',
        'a finding begun, nothing written (also requirement and deadline)',
        [setResult(check.id, 'fail'), ensureFinding(check.id, rule)],
      ],
      [
        'finding-rule-missing',
        'a finding with the rule wiped',
        [
          setResult(check.id, 'fail'),
          ensureFinding(check.id, rule),
          setFinding(check.id, { ...written, rule: '' }),
        ],
      ],
      [
        'finding-not-needed',
        'a written finding on an item that passes again',
        [
          setResult(check.id, 'fail'),
          ensureFinding(check.id, rule),
          setFinding(check.id, written),
          setResult(check.id, 'pass'),
        ],
      ],
    );
  }
  if (reading) {
    out.push([
      'reading-incomplete',
      'a reading marked 符合 with no value',
      [setResult(reading.id, 'pass')],
    ]);
    if (reading.kind === 'reading' && reading.repeats > 1)
      out.push([
        'reading-incomplete',
        'a reading with fewer values than its repeats',
        [
          (d) =>
            edit(
              d,
              setAnswer(reading.id, (a) => ({ ...a, result: undefined })),
            ),
          setReadingText(reading.id, 0, '1'),
        ],
      ]);
  }
  if (unjudged)
    out.push([
      'reading-result-missing',
      'a complete reading no limit judges, no result chosen',
      [
        setAnswer(unjudged.id, (a) => {
          const { result: _none, ...rest } = a;
          return { ...rest, readingTexts: filled(unjudged.repeats) };
        }),
      ],
    ]);
  if (judged)
    out.push([
      'result-override-reason-missing',
      'a judged reading given the other result without a reason',
      [
        setAnswer(judged.id, (a) => {
          const { result: _none, ...rest } = a;
          return { ...rest, readingTexts: filled(judged.repeats) };
        }),
        (d) => {
          const record = toInspection(makeInspection(), d, env);
          const other = record.answers[judged.id]?.result === 'pass' ? 'fail' : 'pass';
          return edit(d, setResult(judged.id, other));
        },
      ],
    ]);
  return out;
}

describe.each(templates.map((t) => [`${t.id} v${t.version}`, t] as const))(
  'screen and finalise agree: %s',
  (_name, template) => {
    const env = envFor(template);
    const complete = completeDraft(template);

    it('neither finds anything in a complete checklist', () => {
      expect(screenSays(complete, env)).toEqual([]);
      expect(finaliseSays(complete, env)).toEqual([]);
    });

    // With no limit table every reading is unjudged: the inspector must choose 符合 or 不符合.
    const bare: ChecklistEnv = { ...env, limits: [] };
    const reading = firstVisible(template, complete, 'reading') as ReadingItem | undefined;
    it.runIf(reading !== undefined)(
      'reading-result-missing: no limit judges a complete reading',
      () => {
        const item = reading!;
        const draft = edit(
          complete,
          setAnswer(item.id, (a) => {
            const { result: _none, ...rest } = a;
            return { ...rest, readingTexts: filled(item.repeats) };
          }),
        );
        const screen = screenSays(draft, bare);
        expect(screen).toContain(`reading-result-missing@item:${item.id}`);
        expect(finaliseSays(draft, bare)).toEqual(screen);
      },
    );

    it.each(cases(template, envFor(template)))('%s: %s', (code, _label, changes) => {
      const draft = edit(complete, ...changes);
      const screen = screenSays(draft, env);
      expect(screen.map((s) => s.split('@')[0])).toContain(code);
      expect(finaliseSays(draft, env)).toEqual(screen);
    });
  },
);

describe('the kinds the table covers', () => {
  it('every checklist problem kind is raised by some template (deadline-past: see below)', () => {
    const raised = new Set(templates.flatMap((t) => cases(t, envFor(t)).map(([code]) => code)));
    // Raised by the no-limit case above for every template with a reading.
    raised.add('reading-result-missing');
    expect(templates.some((t) => firstVisible(t, completeDraft(t), 'reading'))).toBe(true);
    for (const code of checklistCodes) {
      if (code === 'finding-deadline-past') continue;
      // 'finding-requirement-missing' and 'finding-deadline-missing' come with the description case.
      if (code === 'finding-requirement-missing' || code === 'finding-deadline-missing') continue;
      expect(raised, code).toContain(code);
    }
  });

  it('a deadline before the visit: the form names it; the record never stores it', () => {
    const template = templates[0]!;
    const env = envFor(template);
    const complete = completeDraft(template);
    const check = firstVisible(template, complete, 'check')!;
    const draft = edit(
      complete,
      setResult(check.id, 'fail'),
      ensureFinding(check.id, 'rule'),
      setFinding(check.id, { description: '问题', requirement: '整改', deadline: '2026-11-27' }),
    );
    expect(screenSays(draft, env)).toEqual([`finding-deadline-past@item:${check.id}`]);
    // Stored without the deadline, the record shows it as missing at the same field.
    expect(finaliseSays(draft, env)).toEqual([`finding-deadline-missing@item:${check.id}`]);
    // And a stored record with a past deadline is named the same by both rules' code.
    const record = toInspection(makeInspection({ startedAt: '2026-11-28T01:00:00Z' }), draft, env);
    const past = {
      ...record,
      template: { id: template.id, version: template.version },
      findings: record.findings.map((f) => ({ ...f, deadline: '2026-11-27' })),
    };
    expect(findFinaliseProblems(past, template).map((p) => p.code)).toContain(
      'finding-deadline-past',
    );
  });

  it('problems of the form alone stand in for the missing value at the same place', () => {
    const template = templates[0]!;
    const env = envFor(template);
    const complete = completeDraft(template);
    const reading = firstVisible(template, complete, 'reading');
    const number = template.facts.find((f) => f.kind === 'number');
    if (reading) {
      const typo = edit(
        complete,
        setAnswer(reading.id, (a) => ({ ...a, result: undefined })),
        setReadingText(reading.id, 0, '4,1'),
      );
      const screen = screenSays(typo, env);
      expect(screen).toContain(`reading-invalid@item:${reading.id}`);
      expect(screen).not.toContain(`item-unanswered@item:${reading.id}`);
      expect(finaliseSays(typo, env)).toContain(`item-unanswered@item:${reading.id}`);
    }
    if (number) {
      const bad = edit(complete, (d) => ({ ...d, facts: { ...d.facts, [number.id]: '一万' } }));
      expect(screenSays(bad, env)).toContain(`fact-invalid@fact:${number.id}`);
      expect(screenSays(bad, env)).not.toContain(`fact-missing@fact:${number.id}`);
    }
  });
});
