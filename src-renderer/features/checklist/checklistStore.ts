/**
 * The checklist form's state outside React: one immutable ChecklistDraft, replaced on each
 * change. Rows read their own slice through useChecklistSelector, so typing in one item
 * re-renders that row only (useSyncExternalStore compares the slice, not the whole draft).
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { ItemResult } from '../../../shared/domain/inspection';
import { newRecordId } from '../../../shared/domain/ids';
import {
  emptyAnswer,
  type AnswerDraft,
  type ChecklistDraft,
  type FindingDraft,
} from './checklistDraft';

export interface ChecklistStore {
  readonly getState: () => ChecklistDraft;
  readonly subscribe: (listener: () => void) => () => void;
  readonly update: (change: (draft: ChecklistDraft) => ChecklistDraft) => void;
}

export function createChecklistStore(initial: ChecklistDraft): ChecklistStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (change) => {
      const next = change(state);
      if (next === state) return;
      // Any edit after 检查完成 reopens the checklist: completion vouches for one state only.
      const { endedAt: _endedAt, ...rest } = next;
      state = state.endedAt !== undefined && next.endedAt === state.endedAt ? rest : next;
      for (const listener of listeners) listener();
    },
  };
}

export function useChecklistSelector<T>(
  store: ChecklistStore,
  select: (d: ChecklistDraft) => T,
): T {
  const get = useCallback(() => select(store.getState()), [store, select]);
  return useSyncExternalStore(store.subscribe, get, get);
}

// --- changes (pure: draft → draft) ----------------------------------------------------------

export function setAnswer(
  itemId: string,
  change: (answer: AnswerDraft) => AnswerDraft,
): (draft: ChecklistDraft) => ChecklistDraft {
  return (draft) => ({
    ...draft,
    answers: { ...draft.answers, [itemId]: change(draft.answers[itemId] ?? emptyAnswer) },
  });
}

export const setResult = (itemId: string, result: ItemResult) =>
  setAnswer(itemId, (a) => ({ ...a, result }));

export function setReadingText(itemId: string, index: number, text: string) {
  return setAnswer(itemId, (a) => {
    const texts = [...a.readingTexts];
    while (texts.length <= index) texts.push('');
    texts[index] = text;
    // Trailing empty inputs carry nothing: trim them so the stored shape stays minimal.
    while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
    return { ...a, readingTexts: texts };
  });
}

/** Creates the finding the first time it is needed, prefilled with the rule breached. */
export function ensureFinding(itemId: string, rule: string) {
  return (draft: ChecklistDraft): ChecklistDraft =>
    draft.findings[itemId]
      ? draft
      : {
          ...draft,
          findings: {
            ...draft.findings,
            [itemId]: { id: newRecordId(), description: '', rule, requirement: '', deadline: '' },
          },
        };
}

export function setFinding(itemId: string, patch: Partial<Omit<FindingDraft, 'id'>>) {
  return (draft: ChecklistDraft): ChecklistDraft => {
    const finding = draft.findings[itemId];
    if (!finding) return draft;
    return { ...draft, findings: { ...draft.findings, [itemId]: { ...finding, ...patch } } };
  };
}

export function removeFinding(itemId: string) {
  return (draft: ChecklistDraft): ChecklistDraft => {
    const { [itemId]: _removed, ...findings } = draft.findings;
    return { ...draft, findings };
  };
}
