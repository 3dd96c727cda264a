// When a checklist section folds (docs/architecture.md "The checklist screen with 100+ items"):
// a finished one folds, never while worked in, and folds when the inspector moves on; their
// own choice by the heading wins; an unfinished one never folds by itself.
import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/templates/limits';
import { allItems } from '../../../shared/templates/templateSchema';
import { vocsV1 } from '../../../shared/templates/vocs.v1';
import type { ChecklistDraft } from '../../../src-renderer/features/checklist/checklistDraft';
import type { ChecklistEnv } from '../../../src-renderer/features/checklist/checklistEnv';
import {
  createChecklistStore,
  setReadingText,
  setResult,
} from '../../../src-renderer/features/checklist/checklistStore';
import { isFailed } from '../../../src-renderer/features/checklist/isFailed';
import {
  focusedInside,
  foldsOnMove,
  initialFold,
  isCollapsed,
  movedOn,
  revealed,
  toggled,
} from '../../../src-renderer/features/checklist/sectionFold';

describe('section folding', () => {
  it('shows an unfinished section and folds a finished one nobody is working in', () => {
    expect(isCollapsed(initialFold, false)).toBe(false);
    expect(isCollapsed(initialFold, true)).toBe(true);
  });

  it('does not fold while the inspector works in it, and folds when they move on', () => {
    const working = focusedInside(initialFold);
    // The last item answered: still open under their hands.
    expect(isCollapsed(working, true)).toBe(false);
    expect(foldsOnMove(working, true)).toBe(true);
    const left = movedOn(working, true);
    expect(isCollapsed(left, true)).toBe(true);
    // Back in it (a jump, or a click on its heading): open again and worked in.
    const back = focusedInside(toggled(left, true));
    expect(isCollapsed(back, true)).toBe(false);
  });

  it('keeps an unfinished section open when the inspector moves on (what is left stays in view)', () => {
    const working = focusedInside(initialFold);
    expect(foldsOnMove(working, false)).toBe(false);
    expect(isCollapsed(movedOn(working, false), false)).toBe(false);
    // Opened by its heading and left half done: stays open.
    const opened = toggled(toggled(initialFold, false), false);
    expect(isCollapsed(opened, false)).toBe(false);
    expect(isCollapsed(movedOn(opened, false), false)).toBe(false);
  });

  it('folds a finished section opened by its heading or a jump once the inspector moves on', () => {
    const opened = toggled(initialFold, true);
    expect(isCollapsed(opened, true)).toBe(false);
    expect(foldsOnMove(opened, true)).toBe(true);
    expect(isCollapsed(movedOn(opened, true), true)).toBe(true);
    const jumpedTo = focusedInside(revealed(initialFold));
    expect(isCollapsed(jumpedTo, true)).toBe(false);
    expect(isCollapsed(movedOn(jumpedTo, true), true)).toBe(true);
  });

  it('leaves a section the inspector closed closed, and one they never entered as it is', () => {
    const working = focusedInside(initialFold);
    const closed = toggled(working, false);
    expect(isCollapsed(closed, false)).toBe(true);
    expect(foldsOnMove(closed, false)).toBe(false);
    expect(isCollapsed(movedOn(closed, true), true)).toBe(true);
    expect(movedOn(initialFold, true)).toBe(initialFold);
    expect(foldsOnMove(initialFold, true)).toBe(false);
  });

  it('a section finished and left, then made unfinished again (an answer cleared), opens', () => {
    const left = movedOn(focusedInside(initialFold), true);
    expect(isCollapsed(left, true)).toBe(true);
    expect(isCollapsed(left, false)).toBe(false);
  });
});

describe('a section summary counts 不符合 as the row shows it', () => {
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
  const item = (id: string) => {
    const found = allItems(vocsV1).find(({ item: i }) => i.id === id)?.item;
    if (!found) throw new Error(id);
    return found;
  };
  const FACE = 'vocs.collection.face-velocity';
  const PERMIT = 'vocs.basics.permit-valid';
  const failed = (id: string, ...changes: ((d: ChecklistDraft) => ChecklistDraft)[]) => {
    const store = createChecklistStore(start);
    for (const change of changes) store.update(change);
    const d = store.getState();
    return isFailed(item(id), d.answers[id], d.facts, env);
  };

  it('counts a check answered 不符合 and not one answered 符合 or unanswered', () => {
    expect(failed(PERMIT, setResult(PERMIT, 'fail'))).toBe(true);
    expect(failed(PERMIT, setResult(PERMIT, 'pass'))).toBe(false);
    expect(failed(PERMIT)).toBe(false);
  });

  it('counts a reading judged 超标 with nobody clicking 不符合, at the limit not', () => {
    expect(failed(FACE, setReadingText(FACE, 0, '0.28'))).toBe(true);
    expect(failed(FACE, setReadingText(FACE, 0, '0.30'))).toBe(false);
    // The inspector's other result (with its reason) is what the row shows.
    expect(failed(FACE, setReadingText(FACE, 0, '0.28'), setResult(FACE, 'pass'))).toBe(false);
  });
});
