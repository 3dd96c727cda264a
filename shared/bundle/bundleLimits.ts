/**
 * Size limits of a bundle, checked before anything is decoded further or written. String
 * lengths inside a record body come from the domain schemas (shared/domain); these bound
 * the bundle as a whole so a corrupt or hostile file cannot exhaust memory.
 */
export interface BundleLimits {
  /** Records in one bundle (a week of work on one laptop is a few hundred). */
  readonly maxRecords: number;
  /** Attachments carried inside one bundle (USB transfer). */
  readonly maxAttachments: number;
  /** Decoded bytes of one attachment (photos are downscaled to ≤ 1600 px on intake). */
  readonly maxAttachmentBytes: number;
  /** Bytes of JSON after gunzip: a gzip bomb is refused once it inflates past this. */
  readonly maxDecompressedBytes: number;
}

export const defaultBundleLimits: BundleLimits = {
  maxRecords: 5_000,
  maxAttachments: 2_000,
  maxAttachmentBytes: 20 * 1024 * 1024,
  maxDecompressedBytes: 256 * 1024 * 1024,
};
