/** Attachment metadata: the bytes live elsewhere, addressed by their SHA-256. */
import { z } from 'zod';
import { IsoDateTime, optionalLine } from './text';

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'errors.hash.format');
export type Sha256Hex = z.infer<typeof Sha256Hex>;

export const attachmentKinds = ['photo', 'signature', 'document'] as const;
export const AttachmentKind = z.enum(attachmentKinds);

export const AttachmentMime = z.enum(['image/jpeg', 'image/png', 'application/pdf']);

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
});
export type Attachment = z.infer<typeof Attachment>;
