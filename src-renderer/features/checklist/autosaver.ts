/**
 * When the checklist is written to Dexie: ≤ 500 ms after the first unsaved change even while
 * the inspector keeps typing (a debounce alone would wait for a pause), at once on flush
 * (blur, leaving the screen, closing the window). A failed write is reported and retried
 * with back-off until it succeeds or the next change supersedes it: never dropped.
 */
import type { AppError } from '../../../shared/errors/appError';
import { toAppError } from '../../errors/toAppError';

export type SaveStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'pending' }
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly at: string }
  | { readonly state: 'error'; readonly error: AppError; readonly attempt: number };

export interface AutosaverOptions {
  /** Writes the current form; reads the state itself, so it always saves the latest. */
  readonly save: () => Promise<void>;
  readonly onStatus: (status: SaveStatus) => void;
  /** Quiet time after the last change, default 250 ms. */
  readonly delayMs?: number;
  /** Longest a change waits while typing goes on, default 500 ms. */
  readonly maxWaitMs?: number;
  /** Waits between retries after a failure; the last one repeats. */
  readonly retryMs?: readonly number[];
  readonly now?: () => number;
}

export interface Autosaver {
  /** A change happened: save soon. */
  schedule(): void;
  /** Save now if anything is unsaved; resolves when the store has it (or the write failed). */
  flush(): Promise<void>;
  readonly hasUnsaved: () => boolean;
  dispose(): void;
}

export function createAutosaver(options: AutosaverOptions): Autosaver {
  const delay = options.delayMs ?? 250;
  const maxWait = options.maxWaitMs ?? 500;
  const retries = options.retryMs ?? [1000, 2000, 5000, 10000];
  const now = options.now ?? Date.now;
  let dirty = false;
  let firstDirtyAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let failures = 0;
  let disposed = false;

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const runOnce = async (): Promise<void> => {
    clearTimer();
    dirty = false;
    firstDirtyAt = undefined;
    options.onStatus({ state: 'saving' });
    try {
      await options.save();
      failures = 0;
      if (!dirty) options.onStatus({ state: 'saved', at: new Date(now()).toISOString() });
    } catch (error) {
      failures += 1;
      dirty = true;
      firstDirtyAt ??= now();
      options.onStatus({ state: 'error', error: toAppError(error), attempt: failures });
      const wait = retries[Math.min(failures - 1, retries.length - 1)] ?? 1000;
      if (!disposed) timer = setTimeout(() => void run(), wait);
      return;
    }
    if (dirty && !disposed) arm();
  };

  const run = (): Promise<void> => {
    // One write at a time: a change made during a write is saved by the next one.
    running ??= runOnce().finally(() => {
      running = undefined;
    });
    return running;
  };

  const arm = () => {
    const since = firstDirtyAt ?? now();
    const wait = Math.max(0, Math.min(delay, since + maxWait - now()));
    clearTimer();
    timer = setTimeout(() => void run(), wait);
  };

  return {
    schedule() {
      if (disposed) return;
      dirty = true;
      firstDirtyAt ??= now();
      if (failures === 0) options.onStatus({ state: 'pending' });
      // While a write runs, its completion re-arms; while retrying, keep the back-off timer.
      if (running === undefined && failures === 0) arm();
    },
    async flush() {
      if (running) await running;
      if (dirty) await run();
    },
    hasUnsaved: () => dirty || running !== undefined,
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
