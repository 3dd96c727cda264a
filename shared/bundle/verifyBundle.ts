/**
 * Checks EVERYTHING about a bundle before anything is written (docs/design.md: all-or-nothing):
 * format and version, schema (record bodies with their domain schemas), limits, the
 * checksum, every record's hash, every attachment's size and sha256 against its decoded
 * bytes, duplicate records and attachments. Collects every problem rather than the first,
 * each with a code and a path, so a person can see all that is wrong at once.
 */
import { sha256Hex } from '../domain/hash';
import { base64ToBytes } from './base64';
import { canonicalJson } from '../domain/canonicalJson';
import type { Sha256Fn } from './buildBundle';
import { type BundleIssue, formatPath } from './bundleIssue';
import { type BundleLimits, defaultBundleLimits } from './bundleLimits';
import { Bundle, BUNDLE_FORMAT, BUNDLE_VERSION } from './bundleSchema';
import { canonicalUnsealed, sameJsonValue } from './canonicalUnsealed';

export type VerifyResult =
  | {
      readonly ok: true;
      readonly bundle: Bundle;
      /** Decoded attachment bytes by sha256, so callers do not decode twice. */
      readonly attachmentBytes: ReadonlyMap<string, Uint8Array>;
    }
  | { readonly ok: false; readonly errors: readonly BundleIssue[] };

/** Zod issues past this many add nothing a person can act on. */
const MAX_ISSUES = 50;

/**
 * @param sha256 hex SHA-256 of UTF-8 text or bytes; the pure default runs everywhere, the
 *   server passes node:crypto's (about ten times faster on a 4 MB bundle).
 */
export function verifyBundle(
  json: unknown,
  limits: BundleLimits = defaultBundleLimits,
  sha256: Sha256Fn = sha256Hex,
): VerifyResult {
  const head = checkHead(json, limits);
  if (head.length > 0) return { ok: false, errors: head };

  const parsed = Bundle.safeParse(json);
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, MAX_ISSUES).map((issue): BundleIssue => ({
      code: 'schema',
      message: issue.message,
      path: formatPath(issue.path),
    }));
    return { ok: false, errors };
  }
  const bundle = parsed.data;
  const errors: BundleIssue[] = [];

  const ids = new Map<string, number>();
  const bodyTexts: string[] = [];
  bundle.records.forEach((record, i) => {
    const at = `records[${i}]`;
    const before = ids.get(record.id);
    if (before !== undefined) {
      errors.push({
        code: 'duplicate_record',
        message: `record ${record.id} also at records[${before}]`,
        path: `${at}.id`,
      });
    } else ids.set(record.id, i);
    const body = record.body;
    for (const field of ['id', 'kind', 'rev', 'baseRev', 'status', 'updatedAt'] as const) {
      if (body[field] !== record[field]) {
        errors.push({
          code: 'record_envelope_mismatch',
          message: `${field} differs from body.${field}`,
          path: `${at}.${field}`,
        });
      }
    }
    // recordBodyHash(body) with the canonical text kept: the checksum below reuses it.
    const text = canonicalJson(body);
    bodyTexts.push(text);
    if (sha256(text) !== record.hash) {
      errors.push({
        code: 'record_hash_mismatch',
        message: `hash does not match the body of record ${record.id}`,
        path: `${at}.hash`,
      });
    }
  });

  // bundleChecksum(json), each body canonicalised once: the text above stands in for the
  // body as sent when both are the same JSON value (the usual case; the schema changed nothing).
  const unsealed = canonicalUnsealed(json as object, (i, sent) => {
    const text = bodyTexts[i];
    return text !== undefined && sameJsonValue(sent, bundle.records[i]?.body) ? text : undefined;
  });
  if (sha256(unsealed) !== bundle.checksum) {
    // First, as before: the server answers with the first problem's code.
    errors.unshift({
      code: 'checksum_mismatch',
      message: 'bundle checksum does not match its content',
      path: 'checksum',
    });
  }

  const attachmentBytes = new Map<string, Uint8Array>();
  bundle.attachments.forEach((a, i) => {
    const at = `attachments[${i}]`;
    if (attachmentBytes.has(a.sha256)) {
      errors.push({
        code: 'duplicate_attachment',
        message: `attachment ${a.sha256} appears twice`,
        path: `${at}.sha256`,
      });
      return;
    }
    const bytes = base64ToBytes(a.data);
    if (bytes === null) {
      errors.push({
        code: 'attachment_bad_base64',
        message: 'data is not padded base64',
        path: `${at}.data`,
      });
      return;
    }
    if (bytes.length !== a.size || bytes.length > limits.maxAttachmentBytes) {
      errors.push({
        code: 'attachment_size_mismatch',
        message: `size ${a.size} but data holds ${bytes.length} bytes`,
        path: `${at}.size`,
      });
      return;
    }
    if (sha256(bytes) !== a.sha256) {
      errors.push({
        code: 'attachment_hash_mismatch',
        message: 'sha256 does not match the decoded bytes',
        path: `${at}.sha256`,
      });
      return;
    }
    attachmentBytes.set(a.sha256, bytes);
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, bundle, attachmentBytes };
}

/** Cheap checks first, so a wrong file or a future version gets a plain answer. */
function checkHead(json: unknown, limits: BundleLimits): BundleIssue[] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return [{ code: 'not_a_bundle', message: 'a bundle is a JSON object', path: '' }];
  }
  const doc = json as Record<string, unknown>;
  if (doc.format !== BUNDLE_FORMAT) {
    return [{ code: 'not_a_bundle', message: `format must be "${BUNDLE_FORMAT}"`, path: 'format' }];
  }
  if (doc.version !== BUNDLE_VERSION) {
    return [
      {
        code: 'unsupported_version',
        message: `unsupported bundle version ${String(doc.version)}`,
        path: 'version',
      },
    ];
  }
  const issues: BundleIssue[] = [];
  if (Array.isArray(doc.records) && doc.records.length > limits.maxRecords) {
    issues.push({
      code: 'too_many',
      message: `more than ${limits.maxRecords} records`,
      path: 'records',
    });
  }
  if (Array.isArray(doc.attachments) && doc.attachments.length > limits.maxAttachments) {
    issues.push({
      code: 'too_many',
      message: `more than ${limits.maxAttachments} attachments`,
      path: 'attachments',
    });
  }
  return issues;
}
