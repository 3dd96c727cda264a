/** Attachment metadata: the bytes live elsewhere, addressed by their SHA-256. */
import { z } from 'zod';
import { IsoDateTime, optionalLine } from './text';

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'errors.hash.format');
export type Sha256Hex = z.infer<typeof Sha256Hex>;

export const attachmentKinds = ['photo', 'signature', 'document'] as const;
export const AttachmentKind = z.enum(attachmentKinds);

export const AttachmentMime = z.enum(['image/jpeg', 'image/png', 'application/pdf']);

/**
 * A photo that does not fit the inspection (docs/records.md "Evidence that does not fit"):
 * taken on another day, or more than 1 km away. The inspector confirms it with a reason.
 */
export const PhotoDoubt = z.object({
  /** The EXIF day (Asia/Shanghai) when it is not the inspection day. */
  otherDay: z.iso.date().optional(),
  /** Metres between the EXIF position and the inspection location, when over 1 km. */
  distanceM: z.number().nonnegative().max(50_000_000).optional(),
  /** Why the photo belongs to the record anyway; '' until confirmed. */
  reason: optionalLine(500),
});
export type PhotoDoubt = z.infer<typeof PhotoDoubt>;

export const Attachment = z.object({
  sha256: Sha256Hex,
  kind: AttachmentKind,
  mime: AttachmentMime,
  size: z.number().int().positive(),
  /** Item the photo documents; absent when it belongs to the whole record. */
  itemId: z.string().max(120).optional(),
  caption: optionalLine(200),
  takenAt: IsoDateTime.optional(),
  /** Hash of the untouched original when the stored copy was downscaled or stamped. */
  originalSha256: Sha256Hex.optional(),
  /** Absent on photos that fit, and on every photo added before the check existed. */
  doubt: PhotoDoubt.optional(),
});
export type Attachment = z.infer<typeof Attachment>;
