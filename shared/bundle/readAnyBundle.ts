/**
 * A bundle file of either format, told apart by its first bytes: a ZIP is v2
 * (readBundleV2.ts), anything else v1 JSON, plain or gzipped (readBundle.ts). Both answer
 * with the verified bundle and its attachment bytes, or every problem found.
 */
import type { Sha256Fn } from './buildBundle';
import type { BundleIssue } from './bundleIssue';
import { type BundleLimits, defaultBundleLimits } from './bundleLimits';
import { type ImportedBundle, isZip } from './bundleV2Schema';
import { readBundle } from './readBundle';
import { readBundleV2 } from './readBundleV2';
import { sha256Hex } from '../domain/hash';

export type ReadAnyResult =
  | {
      readonly ok: true;
      readonly bundle: ImportedBundle;
      readonly attachmentBytes: ReadonlyMap<string, Uint8Array>;
    }
  | { readonly ok: false; readonly errors: readonly BundleIssue[] };

export function readAnyBundle(
  bytes: Uint8Array,
  limits: BundleLimits = defaultBundleLimits,
  sha256: Sha256Fn = sha256Hex,
): ReadAnyResult {
  if (isZip(bytes)) return readBundleV2(bytes, limits, sha256);
  const v1 = readBundle(bytes, limits);
  return v1.ok ? { ok: true, bundle: v1.bundle, attachmentBytes: v1.attachmentBytes } : v1;
}
