/** Request limits of the office server; tests pass smaller ones. */
import { type BundleLimits, defaultBundleLimits } from '../shared/bundle/bundleLimits';

export interface ServerLimits {
  /** Largest request body in bytes, as sent (gzip counts compressed): 413 past it. */
  readonly bodyLimitBytes: number;
  /** Bundle limits, including the inflated size of a gzipped push. */
  readonly bundle: BundleLimits;
  /** Requests per device (or address, before enrolment) per minute: 429 past it. */
  readonly rateLimitPerMinute: number;
}

export const defaultServerLimits: ServerLimits = {
  bodyLimitBytes: 50 * 1024 * 1024,
  bundle: { ...defaultBundleLimits, maxDecompressedBytes: 200 * 1024 * 1024 },
  rateLimitPerMinute: 600,
};
