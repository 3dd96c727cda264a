/**
 * Photo, signature and document bytes (docs/design.md "Attachments"): Blobs in `attachments`,
 * keyed by the SHA-256 of the stored bytes. The hash is computed BEFORE the transaction opens
 * (reading a Blob is not Dexie work and would commit it early, TECH-NOTES §5).
 *
 * The record body holds the metadata (shared/domain/attachment.ts) and is written by the
 * record's own save. Order that never leaves a body pointing at missing bytes:
 *   add:    storeAttachment → then the draft lists it (saveDraft)
 *   remove: the draft stops listing it (saveDraft) → then removeAttachment
 */
import { z } from 'zod';
import { AttachmentKind, AttachmentMime, Sha256Hex } from '../../shared/domain/attachment';
import { sha256Hex } from '../../shared/domain/hash';
import { referencedAttachmentHashes } from '../../shared/records/contentHash';
import type { AppDatabase, AttachmentRow } from './database';
import { RecordStateError } from './recordStateError';

/** Larger than any downscaled photo by far; a bigger Blob is a mistake, not evidence. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export const NewAttachment = z.object({
  recordId: z.string().min(1).max(60),
  kind: AttachmentKind,
  mime: AttachmentMime,
  blob: z
    .instanceof(Blob)
    .refine((b) => b.size > 0 && b.size <= MAX_ATTACHMENT_BYTES, 'errors.attachment.size'),
  thumbnail: z.instanceof(Blob).optional(),
  /** The untouched original a stamped or downscaled copy was made from: hash and size only. */
  original: z.object({ sha256: Sha256Hex, size: z.number().int().positive() }).optional(),
});
export type NewAttachment = z.input<typeof NewAttachment>;

/** What the record body needs to list the attachment (add caption, itemId, takenAt). */
export interface StoredAttachment {
  readonly sha256: string;
  readonly kind: AttachmentKind;
  readonly mime: AttachmentMime;
  readonly size: number;
  readonly originalSha256?: string;
}
type AttachmentKind = z.infer<typeof AttachmentKind>;
type AttachmentMime = z.infer<typeof AttachmentMime>;

/** The bytes are still listed by a record, so they cannot go. */
export class AttachmentInUseError extends Error {
  override readonly name = 'AttachmentInUseError';
  constructor(
    readonly sha256: string,
    readonly recordId: string,
  ) {
    super(`Attachment ${sha256} is still listed by record ${recordId}.`);
  }
}

/** Stores the bytes for a draft; storing the same bytes again (any record) only adds a referrer. */
export async function storeAttachment(
  db: AppDatabase,
  input: NewAttachment,
): Promise<StoredAttachment> {
  const valid = NewAttachment.parse(input);
  const bytes = new Uint8Array(await valid.blob.arrayBuffer());
  const sha256 = sha256Hex(bytes);
  const now = new Date().toISOString();
  return db.transaction('rw', db.inspections, db.attachments, async () => {
    const record = await db.inspections.get(valid.recordId);
    if (record === undefined)
      throw new RecordStateError(
        'not-found',
        valid.recordId,
        `Record ${valid.recordId} does not exist.`,
      );
    if (record.status !== 'draft')
      throw new RecordStateError(
        'finalized',
        valid.recordId,
        `Record ${valid.recordId} is finalized.`,
      );
    const existing = await db.attachments.get(sha256);
    const referrers = new Set([
      ...(existing?.recordIds ?? (existing ? [existing.recordId] : [])),
      valid.recordId,
    ]);
    const row: AttachmentRow = {
      sha256,
      recordId: existing?.recordId ?? valid.recordId,
      recordIds: [...referrers],
      kind: valid.kind,
      mime: valid.mime,
      size: bytes.length,
      // Store exactly the bytes hashed, typed, whatever the caller's Blob type said.
      blob: new Blob([bytes], { type: valid.mime }),
      createdAt: existing?.createdAt ?? now,
      ...(valid.thumbnail
        ? { thumbnail: valid.thumbnail }
        : existing?.thumbnail
          ? { thumbnail: existing.thumbnail }
          : {}),
      ...(valid.original
        ? { originalSha256: valid.original.sha256, originalSize: valid.original.size }
        : {}),
    };
    await db.attachments.put(row);
    return {
      sha256,
      kind: valid.kind,
      mime: valid.mime,
      size: bytes.length,
      ...(valid.original ? { originalSha256: valid.original.sha256 } : {}),
    };
  });
}

export async function getAttachment(
  db: AppDatabase,
  sha256: string,
): Promise<AttachmentRow | undefined> {
  return db.attachments.get(sha256);
}

/**
 * Drops a draft's claim on the bytes, and the bytes once nothing else claims them. Only for
 * drafts (a finalised record's evidence is never removed), and only after the draft stopped
 * listing the attachment.
 */
export async function removeAttachment(
  db: AppDatabase,
  recordId: string,
  sha256: string,
): Promise<void> {
  Sha256Hex.parse(sha256);
  await db.transaction('rw', db.inspections, db.attachments, async () => {
    const record = await db.inspections.get(recordId);
    if (record === undefined)
      throw new RecordStateError('not-found', recordId, `Record ${recordId} does not exist.`);
    if (record.status !== 'draft')
      throw new RecordStateError(
        'finalized',
        recordId,
        `Record ${recordId} is finalized: its evidence stays.`,
      );
    if (referencedAttachmentHashes(record).includes(sha256))
      throw new AttachmentInUseError(sha256, recordId);
    const row = await db.attachments.get(sha256);
    if (row === undefined) return;
    const others = (row.recordIds ?? [row.recordId]).filter((id) => id !== recordId);
    if (others.length === 0) await db.attachments.delete(sha256);
    else
      await db.attachments.put({ ...row, recordId: others[0] ?? row.recordId, recordIds: others });
  });
}

/** The bytes of the given hashes that are stored (for verifyRecord, bundles, the PDF). */
export async function loadAttachmentBytes(
  db: AppDatabase,
  hashes: readonly string[],
): Promise<Map<string, Uint8Array>> {
  const rows = await db.attachments.bulkGet([...hashes]);
  const bytes = new Map<string, Uint8Array>();
  for (const row of rows) {
    if (row) bytes.set(row.sha256, new Uint8Array(await row.blob.arrayBuffer()));
  }
  return bytes;
}
