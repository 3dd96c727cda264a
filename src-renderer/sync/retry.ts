/**
 * Retries with exponential backoff and full jitter (AWS architecture blog, "Exponential
 * Backoff And Jitter"): delay = random(0, min(cap, base·2^attempt)). Only what may succeed
 * later is retried: unreachable server, 5xx and 429. A 4xx is an answer, not an accident.
 */
import { AppError } from '../../shared/errors/appError';
import { HttpAppError } from '../../shared/errors/httpAppError';

/** An error answer of the server: `.code` the AppErrorCode, `.wireCode` the server's own. */
export class SyncHttpError extends HttpAppError {
  override name = 'SyncHttpError';
}

/** The server could not be reached (no network, refused, timed out). */
export class SyncNetworkError extends AppError {
  override name = 'SyncNetworkError';
  constructor(detail: string, options?: { cause?: unknown }) {
    super('sync.network', undefined, detail, options);
  }
}

export class SyncCancelledError extends AppError {
  override name = 'SyncCancelledError';
  constructor() {
    super('sync.cancelled');
  }
}

export function isRetryable(error: unknown): boolean {
  if (error instanceof SyncNetworkError) return true;
  return error instanceof SyncHttpError && (error.status >= 500 || error.status === 429);
}

export interface RetryOptions {
  readonly retries?: number;
  readonly baseMs?: number;
  readonly capMs?: number;
  readonly random?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly signal?: AbortSignal;
  readonly onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
}

export function backoffDelay(
  attempt: number,
  baseMs: number,
  capMs: number,
  random: () => number,
): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new SyncCancelledError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SyncCancelledError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function withRetry<T>(run: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const {
    retries = 5,
    baseMs = 500,
    capMs = 30_000,
    random = Math.random,
    sleep = abortableSleep,
    signal,
  } = options;
  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw new SyncCancelledError();
    try {
      return await run();
    } catch (error) {
      if (attempt >= retries || !isRetryable(error)) throw error;
      const delay = backoffDelay(attempt, baseMs, capMs, random);
      options.onRetry?.(attempt + 1, delay, error);
      await sleep(delay, signal);
    }
  }
}
