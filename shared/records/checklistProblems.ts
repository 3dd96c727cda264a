/**
 * The one rule for "is this checklist complete" (docs/records.md "One completeness rule"): the
 * checklist screen's 检查完成 and finalising both ask this function, over the record as stored,
 * so they name the same problems with the same codes and paths. The screen adds only what
 * exists in the form alone (text typed that is not a number or a date yet).
 *
 * Rules added after edition 1 apply from their edition (finaliseRules.ts), so a record
 * finalised earlier verifies exactly as it did.
 */
import type { Inspection } from '../domain/inspection';
import type { ConditionContext } from '../templates/condition';
import { CONTROL_LEVEL_FACT } from '../templates/controlLevels';
import { isVisible } from '../templates/isVisible';
import { findingRequired } from '../templates/judge';
import { effectiveResult, isResultOverride } from '../templates/readingResult';
import type { ChecklistTemplate, TemplateItem } from '../templates/templateSchema';
import { problem, type FinaliseProblem } from './finaliseProblem';
import { rulesApply } from './finaliseRules';

/** The part of a record the checklist rules read. */
export type ChecklistRecord = Pick<
  Inspection,
  | 'status'
  | 'finaliseRules'
  | 'template'
  | 'options'
  | 'facts'
  | 'answers'
  | 'findings'
  | 'controlLevelBasis'
  | 'startedAt'
>;

const isBlank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/** Every checklist problem, in the order the record reads: facts, items, then findings. */
export function findChecklistProblems(
  record: ChecklistRecord,
  template: ChecklistTemplate | undefined,
): FinaliseProblem[] {
  if (
    template === undefined ||
    template.id !== record.template.id ||
    template.version !== record.template.version
  ) {
    return [
      problem('template-unknown', ['template'], {
        params: { id: record.template.id, version: record.template.version },
      }),
    ];
  }
  const problems: FinaliseProblem[] = [];
  for (const fact of template.facts) {
    const value = record.facts[fact.id];
    if (
      fact.required === true &&
      (value === undefined || (typeof value === 'string' && isBlank(value)))
    ) {
      problems.push(problem('fact-missing', ['facts', fact.id], { params: { fact: fact.id } }));
    }
  }
  const basis = record.controlLevelBasis;
  if (
    basis !== undefined &&
    rulesApply(record, 2) &&
    record.facts[CONTROL_LEVEL_FACT] !== undefined &&
    record.facts[CONTROL_LEVEL_FACT] !== basis.expected &&
    isBlank(basis.reason)
  )
    problems.push(problem('control-level-reason-missing', ['facts', CONTROL_LEVEL_FACT]));
  const visible = visibleItems(record, template);
  for (const item of visible) problems.push(...answerProblems(record, item));
  const all = new Map(template.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
  problems.push(...findingProblems(record, all, new Set(visible.map((i) => i.id))));
  return problems;
}

/**
 * The problems of one item as the row shows them (the item is on screen, so visible): its
 * answer, and its finding's fields.
 */
export function findItemProblems(record: ChecklistRecord, item: TemplateItem): FinaliseProblem[] {
  const own = { ...record, findings: record.findings.filter((f) => f.itemId === item.id) };
  return [
    ...answerProblems(own, item),
    ...findingProblems(own, new Map([[item.id, item]]), new Set([item.id])),
  ];
}

function visibleItems(record: ChecklistRecord, template: ChecklistTemplate): TemplateItem[] {
  const context: ConditionContext = { options: record.options, facts: record.facts };
  return template.sections
    .filter((section) => isVisible(section.condition, context))
    .flatMap((section) => section.items.filter((item) => isVisible(item.condition, context)));
}

function answerProblems(record: ChecklistRecord, item: TemplateItem): FinaliseProblem[] {
  const answer = record.answers[item.id];
  const at = { itemId: item.id };
  const values = answer?.reading?.values ?? [];
  const answered = answer?.result !== undefined || (item.kind === 'reading' && values.length > 0);
  if (!answered)
    return item.required === false ? [] : [problem('item-unanswered', ['answers', item.id], at)];
  const problems: FinaliseProblem[] = [];
  // Not applicable needs no measurement; otherwise a reading needs every repeat the method asks.
  if (item.kind === 'reading' && answer?.result !== 'na' && values.length < item.repeats) {
    problems.push(
      problem('reading-incomplete', ['answers', item.id, 'reading'], {
        ...at,
        params: { needed: item.repeats, given: values.length },
      }),
    );
  }
  if (item.kind === 'reading' && rulesApply(record, 2)) {
    if (effectiveResult(answer) === undefined && values.length >= item.repeats)
      problems.push(problem('reading-result-missing', ['answers', item.id, 'result'], at));
    if (isResultOverride(answer) && isBlank(answer?.overrideReason))
      problems.push(problem('result-override-reason-missing', ['answers', item.id, 'reason'], at));
  }
  if (findingRequired(answer, item) && !record.findings.some((f) => f.itemId === item.id)) {
    problems.push(problem('finding-missing', ['answers', item.id, 'finding'], at));
  }
  return problems;
}

/**
 * Every finding states what was wrong, what must be done and by when (a day after the visit);
 * from edition 3 also the rule breached, and a finding its item no longer needs (the item
 * passes again, or a later choice hid it) must be deleted: it would print for nothing.
 */
function findingProblems(
  record: ChecklistRecord,
  items: ReadonlyMap<string, TemplateItem>,
  visible: ReadonlySet<string>,
): FinaliseProblem[] {
  const problems: FinaliseProblem[] = [];
  const visitDay = record.startedAt === undefined ? undefined : shanghaiDay(record.startedAt);
  const edition3 = rulesApply(record, 3);
  for (const finding of record.findings) {
    const at = (field: string) => ['findings', finding.id, field];
    const extra = finding.itemId === undefined ? {} : { itemId: finding.itemId };
    const item = finding.itemId === undefined ? undefined : items.get(finding.itemId);
    if (edition3 && item !== undefined) {
      const needed = visible.has(item.id) && findingRequired(record.answers[item.id], item);
      const written = [finding.description, finding.requirement, finding.deadline].some(
        (s) => !isBlank(s),
      );
      if (!needed && written) {
        problems.push(problem('finding-not-needed', ['findings', finding.id], extra));
        continue;
      }
    }
    if (isBlank(finding.description))
      problems.push(problem('finding-description-missing', at('description'), extra));
    if (edition3 && isBlank(finding.rule))
      problems.push(problem('finding-rule-missing', at('rule'), extra));
    if (isBlank(finding.requirement))
      problems.push(problem('finding-requirement-missing', at('requirement'), extra));
    if (finding.deadline === '')
      problems.push(problem('finding-deadline-missing', at('deadline'), extra));
    else if (visitDay !== undefined && finding.deadline < visitDay) {
      problems.push(
        problem('finding-deadline-past', at('deadline'), {
          ...extra,
          params: { deadline: finding.deadline },
        }),
      );
    }
  }
  return problems;
}

function shanghaiDay(isoTime: string): string {
  return new Date(Date.parse(isoTime) + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
