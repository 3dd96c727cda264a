/**
 * What blocks 检查完成. The record the form stands for is judged by the one shared rule that
 * finalising applies too (shared/records/checklistProblems.ts, docs/records.md "One
 * completeness rule"); the form adds only what exists in it alone: text typed that is not a
 * value yet (a reading with letters, a malformed fact or date, a deadline before the visit),
 * which is never stored and so no rule over the record can see. Such a problem stands in for
 * the "missing" the record would show at the same place. A draft saves whatever this says;
 * only completion needs an empty list.
 */
import {
  findChecklistProblems,
  findItemProblems,
  type ChecklistRecord,
} from '../../../shared/records/checklistProblems';
import type {
  FinaliseProblem,
  FinaliseProblemCode,
  FormProblemCode,
} from '../../../shared/records/finaliseProblem';
import { findingRequired } from '../../../shared/templates/judge';
import { allItems, type TemplateItem } from '../../../shared/templates/templateSchema';
import type { ChecklistDraft } from './checklistDraft';
import type { ChecklistEnv } from './checklistEnv';
import { findingErrors, instrumentErrors } from './fieldChecks';
import { judgeItem } from './judgeItem';
import { parseFacts } from './parseFacts';
import { checklistPart, toAnswer } from './toInspection';
import { conditionContext, visibleSections } from './visibility';

export type ProblemCode = FinaliseProblemCode | FormProblemCode;

export interface Problem {
  readonly code: ProblemCode;
  /** Key in the one problem table (`evidence.problems`), with its values. */
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** Where it is fixed, as the record's problems name it (shared/records/finaliseProblem.ts). */
  readonly path: readonly (string | number)[];
  /** A fact id or an item id: what the link in the problem list focuses. */
  readonly target: { readonly type: 'fact' | 'item'; readonly id: string };
}

/** Record problems a form problem at the same place stands in for (the text is the cause). */
const standsFor: Record<FormProblemCode, readonly FinaliseProblemCode[]> = {
  'fact-invalid': ['fact-missing'],
  'reading-invalid': ['item-unanswered', 'reading-incomplete', 'reading-result-missing'],
  'instrument-invalid': [],
  'finding-invalid': [
    'finding-description-missing',
    'finding-rule-missing',
    'finding-requirement-missing',
    'finding-deadline-missing',
  ],
};

function recordOf(draft: ChecklistDraft, env: ChecklistEnv): ChecklistRecord {
  return {
    status: 'draft',
    template: { id: env.template.id, version: env.template.version },
    ...checklistPart(draft, env),
  };
}

function targetOf(problem: FinaliseProblem): Problem['target'] {
  const [head, id] = problem.path;
  if (head === 'facts' && typeof id === 'string') return { type: 'fact', id };
  return { type: 'item', id: problem.itemId ?? '' };
}

const fromRecord = (problem: FinaliseProblem): Problem => ({
  code: problem.code,
  messageKey: problem.messageKey,
  ...(problem.params ? { params: problem.params } : {}),
  path: problem.path,
  target: targetOf(problem),
});

function formProblem(
  code: FormProblemCode | 'finding-deadline-past',
  path: readonly (string | number)[],
  target: Problem['target'],
  params?: Record<string, string | number>,
): Problem {
  return {
    code,
    messageKey: `evidence.problems.${code}`,
    path,
    target,
    ...(params ? { params } : {}),
  };
}

/** The problems of the form alone for one visible item: its typed readings and finding. */
function itemFormProblems(item: TemplateItem, draft: ChecklistDraft, env: ChecklistEnv): Problem[] {
  const answerDraft = draft.answers[item.id];
  const target = { type: 'item', id: item.id } as const;
  const problems: Problem[] = [];
  if (item.kind === 'reading' && answerDraft) {
    if (judgeItem(item, answerDraft.readingTexts, draft.facts, env).hasInvalidText)
      problems.push(formProblem('reading-invalid', ['answers', item.id, 'reading'], target));
    if (Object.keys(instrumentErrors(item, answerDraft.instrument, env.today)).length > 0)
      problems.push(formProblem('instrument-invalid', ['answers', item.id, 'instrument'], target));
  }
  const finding = draft.findings[item.id];
  const answer = answerDraft ? toAnswer(item, answerDraft, draft.facts, env) : undefined;
  if (finding !== undefined && findingRequired(answer, item)) {
    for (const [field, error] of Object.entries(findingErrors(finding, env.inspectionDay))) {
      const path = ['findings', finding.id, field];
      if (error === 'deadlineBeforeInspection')
        problems.push(
          formProblem('finding-deadline-past', path, target, { deadline: finding.deadline }),
        );
      else if (error !== 'required') problems.push(formProblem('finding-invalid', path, target));
    }
  }
  return problems;
}

/** Drops the record's problems a form problem stands in for, at the same place. */
function merge(recordProblems: readonly Problem[], formProblems: readonly Problem[]): Problem[] {
  const replaced = (p: Problem) =>
    formProblems.some((f) => {
      if (f.target.type !== p.target.type || f.target.id !== p.target.id) return false;
      if (f.code === 'finding-invalid' || f.code === 'finding-deadline-past')
        return f.path.join('\u0000') === p.path.join('\u0000');
      const codes: readonly ProblemCode[] = standsFor[f.code as FormProblemCode];
      return codes.includes(p.code);
    });
  return [...recordProblems.filter((p) => !replaced(p)), ...formProblems];
}

/** One item's problems, for its row (the row is on screen, so the item is visible). */
export function itemProblems(
  item: TemplateItem,
  draft: ChecklistDraft,
  env: ChecklistEnv,
): Problem[] {
  const fromRecordRules = findItemProblems(recordOf(draft, env), item).map(fromRecord);
  return merge(fromRecordRules, itemFormProblems(item, draft, env));
}

export function validateChecklist(draft: ChecklistDraft, env: ChecklistEnv): Problem[] {
  const formProblems: Problem[] = [];
  const { errors } = parseFacts(env.template, draft.facts);
  for (const fact of env.template.facts) {
    const error = errors[fact.id];
    if (error !== undefined && error !== 'required')
      formProblems.push(
        formProblem('fact-invalid', ['facts', fact.id], { type: 'fact', id: fact.id }),
      );
  }
  for (const { items } of visibleSections(env.template, conditionContext(env.template, draft)))
    for (const item of items) formProblems.push(...itemFormProblems(item, draft, env));
  const recordProblems = findChecklistProblems(recordOf(draft, env), env.template).map(fromRecord);
  return inFormOrder(merge(recordProblems, formProblems), env);
}

/** The list reads as the form does: facts, then items top to bottom (a stable sort). */
function inFormOrder(problems: readonly Problem[], env: ChecklistEnv): Problem[] {
  const position = new Map<string, number>();
  env.template.facts.forEach((fact, index) => position.set(`fact:${fact.id}`, index));
  allItems(env.template).forEach(({ item }, index) =>
    position.set(`item:${item.id}`, env.template.facts.length + index),
  );
  const rank = (p: Problem) => position.get(`${p.target.type}:${p.target.id}`) ?? -1;
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => rank(a.problem) - rank(b.problem) || a.index - b.index)
    .map(({ problem }) => problem);
}
