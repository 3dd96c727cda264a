/**
 * Bundle format v1 (docs/design.md "Bundle format v1"): one JSON document carrying records and,
 * optionally, the attachment bytes they reference. Each record body is checked with the
 * domain schema of its kind, so a bundle can never bring in what the app would refuse.
 */
import { z } from 'zod';
import { AttachmentMime, Sha256Hex } from '../domain/attachment';
import { DeviceId, RecordId } from '../domain/ids';
import { Inspection } from '../domain/inspection';
import { Machine } from '../domain/machine';
import { RecordStatus } from '../domain/record';
import { IsoDateTime } from '../domain/text';
import { defaultBundleLimits } from './bundleLimits';

export const BUNDLE_FORMAT = 'bluesky-bundle';
export const BUNDLE_VERSION = 1;

export const RecordKind = z.enum(['inspection', 'machine']);
export type RecordKind = z.infer<typeof RecordKind>;

const envelope = {
  id: RecordId,
  rev: z.number().int().positive(),
  baseRev: z.number().int().nonnegative(),
  status: RecordStatus,
  updatedAt: IsoDateTime,
  /** recordBodyHash(body): see recordBodyHash.ts. */
  hash: Sha256Hex,
};

export const BundleRecord = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('inspection'), ...envelope, body: Inspection }),
  z.object({ kind: z.literal('machine'), ...envelope, body: Machine }),
]);
export type BundleRecord = z.infer<typeof BundleRecord>;
export type BundleRecordInput = z.input<typeof BundleRecord>;

export const BundleAttachment = z.object({
  sha256: Sha256Hex,
  mime: AttachmentMime,
  size: z.number().int().positive().max(defaultBundleLimits.maxAttachmentBytes),
  /** Standard padded base64 of the bytes. */
  data: z.string().max(Math.ceil(defaultBundleLimits.maxAttachmentBytes / 3) * 4),
});
export type BundleAttachment = z.infer<typeof BundleAttachment>;

export const BundleDevice = z.object({
  id: DeviceId,
  name: z.string().trim().min(1).max(100),
});

export const Bundle = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  bundleId: z.uuid(),
  createdAt: IsoDateTime,
  device: BundleDevice,
  records: z.array(BundleRecord).max(defaultBundleLimits.maxRecords),
  attachments: z.array(BundleAttachment).max(defaultBundleLimits.maxAttachments),
  /** sha256 of the canonical JSON of the bundle without this field. */
  checksum: Sha256Hex,
});
export type Bundle = z.infer<typeof Bundle>;
