/** One thing wrong with a bundle, named precisely enough for a person to find it. */
export interface BundleIssue {
  /** Stable machine code, e.g. `checksum_mismatch`, `record_hash_mismatch`. */
  readonly code: BundleIssueCode;
  /** English sentence for logs and the server's error body; the UI translates by code. */
  readonly message: string;
  /** Where in the document, e.g. `records[3].body.site.name`; `` for the whole bundle. */
  readonly path: string;
}

export type BundleIssueCode =
  | 'bad_gzip'
  | 'too_large'
  | 'bad_json'
  | 'not_a_bundle'
  | 'unsupported_version'
  | 'schema'
  | 'checksum_mismatch'
  | 'record_hash_mismatch'
  | 'record_envelope_mismatch'
  | 'duplicate_record'
  | 'duplicate_attachment'
  | 'attachment_bad_base64'
  | 'attachment_size_mismatch'
  | 'attachment_hash_mismatch'
  | 'too_many'
  // Bundle format v2 (ZIP container, bundleV2Schema.ts).
  | 'bad_zip'
  | 'entry_missing'
  | 'entry_unexpected';

/** `records[3].body.site` from zod's `['records', 3, 'body', 'site']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
