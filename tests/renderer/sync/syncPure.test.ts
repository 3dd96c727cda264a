// The pure parts of the client: the field diff and merge of a conflict, and the retry rule
// (exponential backoff with jitter; retried only for network errors, 5xx and 429).
import { describe, expect, it } from 'vitest';
import { diffRecords, mergeChoices } from '../../../src-renderer/sync/conflictDiff';
import {
  backoffDelay,
  isRetryable,
  SyncCancelledError,
  SyncHttpError,
  SyncNetworkError,
  withRetry,
} from '../../../src-renderer/sync/retry';
import type { Inspection } from '../../../shared/domain/inspection';
import { makeInspection, makeSite } from '../../fixtures/builders';

describe('conflict diff', () => {
  const mine = makeInspection({
    place: '一号车间',
    answers: { a: { result: 'pass', note: '正常' }, b: { result: 'fail', note: '集气罩破损' } },
    facts: { controlLevel: '重点', permitNumber: 'A-001' },
  });
  const theirs: Inspection = {
    ...mine,
    rev: 9,
    baseRev: 3,
    updatedAt: new Date(Date.now() + 1000).toISOString(),
    place: '二号车间（复核）',
    site: makeSite({ ...mine.site, name: '孝义市“鑫源”焦化（更名）' }),
    answers: {
      ...(mine.answers.a
        ? { a: mine.answers.a, c: { ...mine.answers.a, result: 'na' as const, note: '' } }
        : {}),
    },
    facts: { controlLevel: '一般', permitNumber: 'A-001' },
  };

  it('lists only what differs, answers and facts per entry, never the envelope', () => {
    const paths = diffRecords(mine, theirs).map((d) => d.path);
    expect(paths).toEqual(['answers.b', 'answers.c', 'facts.controlLevel', 'place', 'site']);
  });

  it('merges per field: mine by default, theirs where chosen, removed where theirs has none', () => {
    const merged = mergeChoices(mine, theirs, {
      place: 'theirs',
      'answers.b': 'theirs',
      'facts.controlLevel': 'mine',
    });
    expect(merged.place).toBe('二号车间（复核）');
    expect(merged.answers.b).toBeUndefined();
    expect(merged.answers.a).toEqual(mine.answers.a);
    expect(merged.answers.c).toBeUndefined();
    expect(merged.facts).toEqual({ controlLevel: '重点', permitNumber: 'A-001' });
    expect(merged.site).toEqual(mine.site);
    expect(merged.rev).toBe(mine.rev);
    expect(
      diffRecords(
        mergeChoices(
          mine,
          theirs,
          Object.fromEntries(diffRecords(mine, theirs).map((d) => [d.path, 'theirs'] as const)),
        ),
        theirs,
      ),
    ).toEqual([]);
  });
});

describe('retry', () => {
  it.each([
    [new SyncNetworkError('Failed to fetch'), true],
    [new SyncHttpError(503, 'unavailable', ''), true],
    [new SyncHttpError(429, 'rate_limited', ''), true],
    [new SyncHttpError(400, 'invalid_bundle', ''), false],
    [new SyncHttpError(401, 'unauthorized', ''), false],
    [new SyncHttpError(409, 'attachments_missing', ''), false],
    [new Error('bug'), false],
  ])('%o retryable: %s', (error, retryable) => {
    expect(isRetryable(error)).toBe(retryable);
  });

  it('backs off exponentially up to the cap, with full jitter', () => {
    expect([0, 1, 2, 3, 10].map((a) => backoffDelay(a, 500, 30_000, () => 0.999999))).toEqual([
      499, 999, 1999, 3999, 29999,
    ]);
    expect(backoffDelay(5, 500, 30_000, () => 0)).toBe(0);
  });

  it('retries a network error until it succeeds, and never a 4xx', async () => {
    const slept: number[] = [];
    const sleep = (ms: number) => {
      slept.push(ms);
      return Promise.resolve();
    };
    let calls = 0;
    const value = await withRetry(
      () => (++calls < 3 ? Promise.reject(new SyncNetworkError('offline')) : Promise.resolve('ok')),
      { sleep, random: () => 0.5, baseMs: 100 },
    );
    expect(value).toBe('ok');
    expect(slept).toEqual([50, 100]);
    calls = 0;
    await expect(
      withRetry(() => (++calls, Promise.reject(new SyncHttpError(403, 'out_of_scope', ''))), {
        sleep,
      }),
    ).rejects.toMatchObject({ status: 403 });
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      withRetry(() => (++calls, Promise.reject(new SyncNetworkError('down'))), {
        sleep,
        retries: 2,
      }),
    ).rejects.toBeInstanceOf(SyncNetworkError);
    expect(calls).toBe(3);
  });

  it('stops when cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(
      withRetry(() => Promise.resolve(1), { signal: abort.signal }),
    ).rejects.toBeInstanceOf(SyncCancelledError);
  });
});
