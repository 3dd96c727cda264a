/**
 * The checks on a v2 manifest that do not depend on how the file is read (whole in memory,
 * readBundleV2.ts, or by slices, readBundleV2Source.ts): its head, its schema, its checksum,
 * and each record's envelope and hash (docs/sync.md "Bundle format v2").
 */
import { canonicalJson } from '../domain/canonicalJson';
import type { Sha256Fn } from './buildBundle';
import { type BundleIssue, formatPath } from './bundleIssue';
import type { BundleLimits } from './bundleLimits';
import { BUNDLE_FORMAT } from './bundleSchema';
import { BUNDLE_V2_VERSION, BundleManifestV2, type ImportedBundle } from './bundleV2Schema';

export const MAX_ISSUES = 50;

/** The bundle a verified manifest stands for, whichever way its file was read. */
export function importedBundleOf(manifest: BundleManifestV2): ImportedBundle {
  return {
    version: BUNDLE_V2_VERSION,
    bundleId: manifest.bundleId,
    checksum: manifest.checksum,
    device: manifest.device,
    records: manifest.records,
    attachments: manifest.attachments,
  };
}

export type ManifestCheck =
  | { readonly ok: true; readonly manifest: BundleManifestV2; readonly issues: BundleIssue[] }
  | { readonly ok: false; readonly errors: readonly BundleIssue[] };

/**
 * A manifest that parses comes back with the problems found in it so far (checksum, records);
 * the caller adds the attachments' and reports all of them together.
 */
export function checkManifestV2(
  json: unknown,
  limits: BundleLimits,
  sha256: Sha256Fn,
): ManifestCheck {
  const headIssue = checkHead(json, limits);
  if (headIssue) return { ok: false, errors: [headIssue] };
  const parsed = BundleManifestV2.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
        code: 'schema',
        message: issue.message,
        path: formatPath(issue.path),
      })),
    };
  const manifest = parsed.data;
  const issues: BundleIssue[] = [];
  const { checksum: _sealed, ...unsealed } = json as Record<string, unknown>;
  if (sha256(canonicalJson(unsealed)) !== manifest.checksum)
    issues.push({
      code: 'checksum_mismatch',
      message: 'bundle checksum does not match its content',
      path: 'checksum',
    });
  const ids = new Map<string, number>();
  manifest.records.forEach((record, i) => {
    const at = `records[${i}]`;
    const before = ids.get(record.id);
    if (before !== undefined)
      issues.push({
        code: 'duplicate_record',
        message: `record ${record.id} also at records[${before}]`,
        path: `${at}.id`,
      });
    else ids.set(record.id, i);
    for (const field of ['id', 'kind', 'rev', 'baseRev', 'status', 'updatedAt'] as const)
      if (record.body[field] !== record[field])
        issues.push({
          code: 'record_envelope_mismatch',
          message: `${field} differs from body.${field}`,
          path: `${at}.${field}`,
        });
    if (sha256(canonicalJson(record.body)) !== record.hash)
      issues.push({
        code: 'record_hash_mismatch',
        message: `hash does not match the body of record ${record.id}`,
        path: `${at}.hash`,
      });
  });
  return { ok: true, manifest, issues };
}

function checkHead(json: unknown, limits: BundleLimits): BundleIssue | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return { code: 'not_a_bundle', message: 'the manifest is a JSON object', path: '' };
  const doc = json as Record<string, unknown>;
  if (doc.format !== BUNDLE_FORMAT)
    return { code: 'not_a_bundle', message: `format must be "${BUNDLE_FORMAT}"`, path: 'format' };
  if (doc.version !== BUNDLE_V2_VERSION)
    return {
      code: 'unsupported_version',
      message: `unsupported bundle version ${String(doc.version)}`,
      path: 'version',
    };
  if (Array.isArray(doc.records) && doc.records.length > limits.maxRecords)
    return { code: 'too_many', message: `more than ${limits.maxRecords} records`, path: 'records' };
  return null;
}
