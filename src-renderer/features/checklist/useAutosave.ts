/**
 * Wires the checklist store to Dexie through the autosaver: every change schedules a save,
 * and the page's last moments (leaving the screen, reload, closing the window, hiding the
 * tab) flush it. Blur of a field flushes too (the engine calls `flush` from onBlur).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createAutosaver, type Autosaver, type SaveStatus } from './autosaver';
import type { ChecklistDraft } from './checklistDraft';
import type { ChecklistStore } from './checklistStore';

export interface AutosaveHandle {
  readonly status: SaveStatus;
  readonly lastSavedAt: string | undefined;
  readonly flush: () => Promise<void>;
  /** Save soon although the form did not change (e.g. a recovered unload copy). */
  readonly schedule: () => void;
}

export interface UnloadHooks {
  /** Called synchronously when the page goes away with changes not yet in Dexie. */
  readonly onUnloadUnsaved: (draft: ChecklistDraft) => void;
  /** Called after every successful save. */
  readonly onSaved: () => void;
}

export function useAutosave(
  store: ChecklistStore,
  save: (draft: ChecklistDraft) => Promise<void>,
  enabled: boolean,
  hooks: UnloadHooks,
  /** When the record was last stored (its updatedAt), shown until this screen saves. */
  storedAt?: string,
): AutosaveHandle {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [lastSavedAt, setLastSavedAt] = useState<string | undefined>(storedAt);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  }, [save]);
  const saverRef = useRef<Autosaver | null>(null);
  const hooksRef = useRef(hooks);
  useLayoutEffect(() => {
    hooksRef.current = hooks;
  }, [hooks]);

  useEffect(() => {
    if (!enabled) return undefined;
    const saver = createAutosaver({
      save: () => saveRef.current(store.getState()),
      onStatus: (next) => {
        setStatus(next);
        if (next.state === 'saved') {
          setLastSavedAt(next.at);
          hooksRef.current.onSaved();
        }
      },
    });
    saverRef.current = saver;
    const unsubscribe = store.subscribe(() => saver.schedule());
    const flushNow = () => {
      if (saver.hasUnsaved()) hooksRef.current.onUnloadUnsaved(store.getState());
      void saver.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('beforeunload', flushNow);
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeunload', flushNow);
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the screen (route change): write what is pending, then stop.
      void saver.flush().finally(() => saver.dispose());
      saverRef.current = null;
    };
  }, [store, enabled]);

  const flush = useMemo(() => () => saverRef.current?.flush() ?? Promise.resolve(), []);
  const schedule = useMemo(() => () => saverRef.current?.schedule(), []);
  return { status, lastSavedAt, flush, schedule };
}
