/**
 * Where a finalise problem is fixed: its path (shared/records/finaliseValidation.ts) names an
 * element of the evidence sections by id, or a checklist item or fact, which the checklist's
 * own focusTarget knows how to reach.
 */
import type { FinaliseProblem } from '../../../shared/records/finaliseValidation';
import { focusTarget } from '../checklist/focusTarget';

/** The DOM id of the block holding the control for `path` (segments joined, made id-safe). */
export function evidenceFieldId(path: readonly (string | number)[]): string {
  return `ev-${path.map((s) => String(s).replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`;
}

/**
 * The ids to try, most specific first: a path deeper than any block falls back to its parent
 * (e.g. ['refusal', 'reason'] → the reason field, ['inspectors', 1] → that inspector's row).
 */
export function candidateIds(path: readonly (string | number)[]): string[] {
  const ids: string[] = [];
  for (let n = path.length; n > 0; n -= 1) ids.push(evidenceFieldId(path.slice(0, n)));
  return ids;
}

function focusElement(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center' });
  const control = element.matches('input, select, textarea, button, canvas, [tabindex]')
    ? element
    : element.querySelector<HTMLElement>(
        'input:not(:disabled), select:not(:disabled), textarea:not(:disabled), canvas, button:not(:disabled)',
      );
  (control ?? element).focus();
}

/** Scrolls to the field a problem names and puts the keyboard focus in it. */
export function focusProblem(problem: FinaliseProblem): void {
  const [head, id] = problem.path;
  if (head === 'facts' && typeof id === 'string') {
    focusTarget({ type: 'fact', id });
    return;
  }
  if (problem.itemId !== undefined && (head === 'answers' || head === 'findings')) {
    focusTarget({ type: 'item', id: problem.itemId });
    return;
  }
  if (head === 'endedAt') {
    // The end time is stamped by the checklist's 检查完成; that button is where it is fixed.
    const complete = document.querySelector<HTMLElement>('.completion button.primary');
    if (complete) {
      focusElement(complete);
      return;
    }
  }
  for (const candidate of candidateIds(problem.path)) {
    const element = document.getElementById(candidate);
    if (element) {
      focusElement(element);
      return;
    }
  }
}
