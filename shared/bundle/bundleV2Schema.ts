/**
 * Bundle format v2 (docs/sync.md "Bundle format v2"): a ZIP container. `bundle.json` is the
 * manifest: the v1 document's fields with version 2 and, instead of base64 data, the list
 * of attachments (sha256, mime, size). Each attachment's bytes are their own entry,
 * `attachments/<sha256>`, stored as they are (photos do not compress), and each is verified
 * on its own against its listed size and hash. The manifest's checksum seals the records and
 * that list, so a changed photo, a changed record or a swapped entry is found.
 */
import { z } from 'zod';
import { AttachmentMime, Sha256Hex } from '../domain/attachment';
import { IsoDateTime } from '../domain/text';
import { defaultBundleLimits } from './bundleLimits';
import { BUNDLE_FORMAT, BundleDevice, BundleRecord } from './bundleSchema';

export const BUNDLE_V2_VERSION = 2;
export const MANIFEST_ENTRY = 'bundle.json';
export const ATTACHMENT_DIR = 'attachments/';
export const attachmentEntry = (sha256: string): string => `${ATTACHMENT_DIR}${sha256}`;

export const ManifestAttachment = z.object({
  sha256: Sha256Hex,
  mime: AttachmentMime,
  size: z.number().int().positive().max(defaultBundleLimits.maxAttachmentBytes),
});
export type ManifestAttachment = z.infer<typeof ManifestAttachment>;

export const BundleManifestV2 = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_V2_VERSION),
  bundleId: z.uuid(),
  createdAt: IsoDateTime,
  device: BundleDevice,
  records: z.array(BundleRecord).max(defaultBundleLimits.maxRecords),
  attachments: z.array(ManifestAttachment).max(defaultBundleLimits.maxAttachments),
  /** sha256 of the canonical JSON of the manifest without this field. */
  checksum: Sha256Hex,
});
export type BundleManifestV2 = z.infer<typeof BundleManifestV2>;

/** What an import needs of a verified bundle, whichever its version. */
export interface ImportedBundle {
  readonly version: 1 | 2;
  readonly bundleId: string;
  readonly checksum: string;
  readonly device: BundleManifestV2['device'];
  readonly records: readonly BundleRecord[];
  readonly attachments: readonly ManifestAttachment[];
}

/** True when the bytes start with a ZIP local file header (`PK\x03\x04`). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  );
}
