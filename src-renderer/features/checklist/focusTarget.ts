/** Brings a fact or an item into view and puts the keyboard focus in it (problem links, jump). */
import type { Problem } from './validateChecklist';

/** Sent (bubbling) from a target before focusing it: a folded section around it opens. */
export const REVEAL_EVENT = 'checklist-reveal';

export function targetElementId(target: Problem['target']): string {
  return `${target.type}-${target.id}`;
}

export function focusTarget(target: Problem['target']): void {
  const element = document.getElementById(targetElementId(target));
  if (!element) return;
  element.dispatchEvent(new Event(REVEAL_EVENT, { bubbles: true }));
  element.scrollIntoView({ block: 'center' });
  const focusable =
    element.querySelector<HTMLElement>('input[type="radio"]:checked:not(:disabled)') ??
    element.querySelector<HTMLElement>(
      'input:not(:disabled), select:not(:disabled), textarea:not(:disabled)',
    );
  (focusable ?? element).focus();
}
