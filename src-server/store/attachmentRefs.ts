/** Attachment hashes a record body references: photos and other files, and signatures. */
import type { BundleRecord } from '../../shared/bundle/bundleSchema';

export function referencedAttachments(record: BundleRecord): string[] {
  const hashes = new Set<string>();
  for (const a of record.body.attachments) hashes.add(a.sha256);
  if (record.kind === 'inspection') {
    for (const s of record.body.signatures) hashes.add(s.attachmentSha256);
  }
  return [...hashes];
}
