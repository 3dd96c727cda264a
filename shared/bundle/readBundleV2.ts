/**
 * Reads and verifies a v2 bundle (bundleV2Schema.ts) before anything is written, like
 * verifyBundle does for v1: every problem with a code and a path. The ZIP's own structure
 * first (a truncated or damaged file is `bad_zip`), entry sizes against the limits before
 * any entry is inflated, then the manifest (schema, checksum, each record's hash), then each
 * attachment entry on its own against the size and hash the manifest lists for it.
 */
import { unzipSync } from 'fflate';
import { sha256Hex } from '../domain/hash';
import type { Sha256Fn } from './buildBundle';
import type { BundleIssue } from './bundleIssue';
import { type BundleLimits, defaultBundleLimits } from './bundleLimits';
import {
  ATTACHMENT_DIR,
  attachmentEntry,
  type ImportedBundle,
  MANIFEST_ENTRY,
} from './bundleV2Schema';
import { bytesToText } from './gzipBundle';
import { checkManifestV2, importedBundleOf, MAX_ISSUES } from './verifyManifestV2';

export type ReadV2Result =
  | {
      readonly ok: true;
      readonly bundle: ImportedBundle;
      readonly attachmentBytes: ReadonlyMap<string, Uint8Array>;
    }
  | { readonly ok: false; readonly errors: readonly BundleIssue[] };

/** Four weeks of one inspector is ~280 MB; a file past this is refused before unpacking. */
export const MAX_V2_FILE_BYTES = 1024 * 1024 * 1024;
const HASH_NAME = /^[0-9a-f]{64}$/;

const fail = (issue: BundleIssue): ReadV2Result => ({ ok: false, errors: [issue] });

export function readBundleV2(
  bytes: Uint8Array,
  limits: BundleLimits = defaultBundleLimits,
  sha256: Sha256Fn = sha256Hex,
  maxFileBytes: number = MAX_V2_FILE_BYTES,
): ReadV2Result {
  if (bytes.length > maxFileBytes)
    return fail({
      code: 'too_large',
      message: `bundle larger than ${maxFileBytes} bytes`,
      path: '',
    });
  const issues: BundleIssue[] = [];
  let entries: Record<string, Uint8Array>;
  let count = 0;
  try {
    entries = unzipSync(bytes, {
      // Decides per entry from its header, before inflating it: unknown names and sizes
      // past the limits are never unpacked.
      filter: (file) => {
        count++;
        const isManifest = file.name === MANIFEST_ENTRY;
        const isAttachment =
          file.name.startsWith(ATTACHMENT_DIR) &&
          HASH_NAME.test(file.name.slice(ATTACHMENT_DIR.length));
        if (!isManifest && !isAttachment) {
          issues.push({
            code: 'entry_unexpected',
            message: `unexpected entry ${file.name}`,
            path: file.name,
          });
          return false;
        }
        const max = isManifest ? limits.maxDecompressedBytes : limits.maxAttachmentBytes;
        if (file.originalSize > max) {
          issues.push({
            code: 'too_large',
            message: `${file.name} is larger than ${max} bytes`,
            path: file.name,
          });
          return false;
        }
        return count <= limits.maxAttachments + 1;
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    return fail({ code: 'bad_zip', message: `not a complete ZIP file: ${detail}`, path: '' });
  }
  if (count > limits.maxAttachments + 1)
    return fail({
      code: 'too_many',
      message: `more than ${limits.maxAttachments} attachments`,
      path: '',
    });
  if (issues.length > 0) return { ok: false, errors: issues.slice(0, MAX_ISSUES) };

  const head = entries[MANIFEST_ENTRY];
  if (!head)
    return fail({
      code: 'not_a_bundle',
      message: `no ${MANIFEST_ENTRY} in the file`,
      path: MANIFEST_ENTRY,
    });
  let json: unknown;
  try {
    json = JSON.parse(bytesToText(head));
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    return fail({ code: 'bad_json', message: `not JSON: ${detail}`, path: MANIFEST_ENTRY });
  }
  const checked = checkManifestV2(json, limits, sha256);
  if (!checked.ok) return checked;
  const { manifest } = checked;
  issues.push(...checked.issues);

  const attachmentBytes = new Map<string, Uint8Array>();
  manifest.attachments.forEach((a, i) => {
    const at = `attachments[${i}]`;
    if (attachmentBytes.has(a.sha256)) {
      issues.push({
        code: 'duplicate_attachment',
        message: `attachment ${a.sha256} appears twice`,
        path: `${at}.sha256`,
      });
      return;
    }
    const data = entries[attachmentEntry(a.sha256)];
    if (!data) {
      issues.push({
        code: 'entry_missing',
        message: `no entry ${attachmentEntry(a.sha256)}`,
        path: `${at}.sha256`,
      });
      return;
    }
    if (data.length !== a.size) {
      issues.push({
        code: 'attachment_size_mismatch',
        message: `size ${a.size} but the entry holds ${data.length} bytes`,
        path: `${at}.size`,
      });
      return;
    }
    if (sha256(data) !== a.sha256) {
      issues.push({
        code: 'attachment_hash_mismatch',
        message: 'sha256 does not match the entry',
        path: `${at}.sha256`,
      });
      return;
    }
    attachmentBytes.set(a.sha256, data);
  });
  const listed = new Set(manifest.attachments.map((a) => attachmentEntry(a.sha256)));
  for (const name of Object.keys(entries))
    if (name !== MANIFEST_ENTRY && !listed.has(name))
      issues.push({
        code: 'entry_unexpected',
        message: `entry ${name} is not listed in ${MANIFEST_ENTRY}`,
        path: name,
      });

  if (issues.length > 0) return { ok: false, errors: issues.slice(0, MAX_ISSUES) };
  return {
    ok: true,
    bundle: importedBundleOf(manifest),
    attachmentBytes,
  };
}
