/** Request limits of the office server; tests pass smaller ones. */
import { type BundleLimits, defaultBundleLimits } from '../shared/bundle/bundleLimits';
import type { HeavyGateLimits } from './heavyGate';

export interface ServerLimits {
  /** Largest request body in bytes, plain or once inflated (inflateBody.ts): 413 past it. */
  readonly bodyLimitBytes: number;
  /** Bundle limits, including the inflated size of a gzipped push. */
  readonly bundle: BundleLimits;
  /** Requests per device (or address, without a valid token) per minute: 429 past it. */
  readonly rateLimitPerMinute: number;
  /** Enrolment attempts per client address per minute: codes are guessed here. */
  readonly enrolPerMinute: number;
  /** Pushes and pulls served at once, per device, and waiting: see heavyGate.ts. */
  readonly heavy: HeavyGateLimits;
}

export const defaultServerLimits: ServerLimits = {
  bodyLimitBytes: 50 * 1024 * 1024,
  bundle: { ...defaultBundleLimits, maxDecompressedBytes: 200 * 1024 * 1024 },
  rateLimitPerMinute: 600,
  enrolPerMinute: 20,
  heavy: { maxActive: 4, maxPerKey: 2, maxQueued: 32 },
};
