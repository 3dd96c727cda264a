/**
 * When a checklist section is folded (docs/architecture.md "The checklist screen with 100+ items"): a finished
 * section folds so a 100-item checklist stays workable, but never while the inspector works in
 * it. It folds when they move on (the keyboard focus goes elsewhere: another section, the jump,
 * the evidence below); the inspector's own open/close by the heading wins until then.
 * Pure, so the rule is tested without a DOM (tests/renderer/checklist/sectionFold.test.ts).
 */

export interface FoldState {
  /** The inspector's choice by the heading (or a jump's reveal); undefined: automatic. */
  readonly expanded: boolean | undefined;
  /** Focus has been inside since the section was last folded or shown. */
  readonly workedIn: boolean;
}

export const initialFold: FoldState = { expanded: undefined, workedIn: false };

export function isCollapsed(state: FoldState, done: boolean): boolean {
  return state.expanded === undefined ? done && !state.workedIn : !state.expanded;
}

/** Focus entered the section: it stays open while they work in it. */
export function focusedInside(state: FoldState): FoldState {
  return state.workedIn ? state : { ...state, workedIn: true };
}

/** The heading was used: open or close as asked. */
export function toggled(state: FoldState, done: boolean): FoldState {
  return { ...state, expanded: isCollapsed(state, done) };
}

/** A jump or a problem link needs a field inside: open. */
export function revealed(state: FoldState): FoldState {
  return state.expanded === true ? state : { ...state, expanded: true };
}

/**
 * Focus went outside the section. A finished section the inspector had open folds; one they
 * closed stays closed; an unfinished one stays as it is (what is left to answer stays in view).
 */
export function movedOn(state: FoldState, done: boolean): FoldState {
  if (!done || state.expanded === false) return state;
  if (!state.workedIn && state.expanded === undefined) return state;
  return initialFold;
}

/** Whether moving on would change what is shown (the caller then keeps the page still). */
export function foldsOnMove(state: FoldState, done: boolean): boolean {
  return isCollapsed(movedOn(state, done), done) !== isCollapsed(state, done);
}
