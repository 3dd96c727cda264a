import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAutosaver,
  type SaveStatus,
} from '../../../src-renderer/features/checklist/autosaver';

describe('autosaver: debounce ≤ 500 ms, flush, retry', () => {
  let saves: number[];
  let statuses: SaveStatus[];
  let fail: number;

  beforeEach(() => {
    vi.useFakeTimers();
    saves = [];
    statuses = [];
    fail = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const make = () =>
    createAutosaver({
      save: () => {
        if (fail > 0) {
          fail -= 1;
          return Promise.reject(new DOMException('the disk is full', 'QuotaExceededError'));
        }
        saves.push(Date.now());
        return Promise.resolve();
      },
      onStatus: (s) => statuses.push(s),
      now: () => Date.now(),
    });

  it('saves once after a burst of changes, 250 ms after the last', async () => {
    const saver = make();
    saver.schedule();
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(249);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toHaveLength(1);
    expect(statuses.at(-1)?.state).toBe('saved');
  });

  it('does not wait longer than 500 ms while typing goes on', async () => {
    const saver = make();
    const start = Date.now();
    for (let i = 0; i < 20; i += 1) {
      saver.schedule();
      await vi.advanceTimersByTimeAsync(100); // a keystroke every 100 ms, never a 250 ms pause
    }
    expect(saves.length).toBeGreaterThanOrEqual(3);
    expect((saves[0] ?? Infinity) - start).toBeLessThanOrEqual(500);
    for (let i = 1; i < saves.length; i += 1)
      expect((saves[i] ?? 0) - (saves[i - 1] ?? 0)).toBeLessThanOrEqual(600);
  });

  it('flush saves at once and resolves after the write; nothing pending means no write', async () => {
    const saver = make();
    await saver.flush();
    expect(saves).toHaveLength(0);
    saver.schedule();
    await saver.flush();
    expect(saves).toHaveLength(1);
    expect(saver.hasUnsaved()).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toHaveLength(1); // the armed timer did not write a second time
  });

  it('reports a failed write loudly and retries until it succeeds', async () => {
    fail = 2;
    const saver = make();
    saver.schedule();
    await vi.advanceTimersByTimeAsync(250);
    expect(statuses.at(-1)).toMatchObject({
      state: 'error',
      attempt: 1,
      error: expect.objectContaining({ code: 'storage.full' }) as unknown,
    });
    expect(saver.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses.at(-1)).toMatchObject({ state: 'error', attempt: 2 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves).toHaveLength(1);
    expect(statuses.at(-1)?.state).toBe('saved');
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('a change during a write is saved by a following write', async () => {
    let release: () => void = () => undefined;
    let calls = 0;
    const saver = createAutosaver({
      save: () => {
        calls += 1;
        return calls === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
      },
      onStatus: () => undefined,
    });
    saver.schedule();
    await vi.advanceTimersByTimeAsync(250);
    saver.schedule(); // typed while the first write is in flight
    release();
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toBe(2);
    expect(saver.hasUnsaved()).toBe(false);
  });
});
