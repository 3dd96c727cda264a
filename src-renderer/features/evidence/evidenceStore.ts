/**
 * Removing photos and recording signatures in a draft, in attachmentRepository's order:
 * bytes stored before the record lists them; the record stops listing them before the bytes go.
 */
import type { Inspection, Signature } from '../../../shared/domain/inspection';
import type { AppDatabase } from '../../db/database';
import {
  AttachmentInUseError,
  removeAttachment,
  storeAttachment,
} from '../../db/attachmentRepository';
import type { CapturedSignature } from './signatureCapture';
import { withoutAttachment, withoutSignature, withSignature } from './evidenceChanges';
import { patchDraft } from '../../db/inspectionRepository';

/** Drops bytes nothing lists any more; bytes still listed (e.g. re-added meanwhile) stay. */
async function releaseBytes(db: AppDatabase, recordId: string, sha256: string): Promise<void> {
  try {
    await removeAttachment(db, recordId, sha256);
  } catch (error) {
    if (!(error instanceof AttachmentInUseError)) throw error;
  }
}

export async function removePhotoFromDraft(
  db: AppDatabase,
  recordId: string,
  sha256: string,
): Promise<void> {
  await patchDraft(db, recordId, (current) => withoutAttachment(current, sha256));
  await releaseBytes(db, recordId, sha256);
}

export interface SignatureInput {
  readonly role: Signature['role'];
  readonly name: string;
  readonly captured: CapturedSignature;
  /** A change to the record made with the signature (the party signs under its confirmation). */
  readonly alongside?: (current: Inspection) => Inspection;
}

export async function saveSignatureToDraft(
  db: AppDatabase,
  recordId: string,
  input: SignatureInput,
): Promise<Inspection> {
  const stored = await storeAttachment(db, {
    recordId,
    kind: 'signature',
    mime: 'image/png',
    blob: input.captured.blob,
  });
  let replaced: string | undefined;
  const saved = await patchDraft(db, recordId, (current) => {
    const result = withSignature(
      input.alongside ? input.alongside(current) : current,
      {
        role: input.role,
        name: input.name.trim(),
        attachmentSha256: stored.sha256,
        signedAt: new Date().toISOString(),
      },
      {
        sha256: stored.sha256,
        kind: 'signature',
        mime: 'image/png',
        size: stored.size,
        caption: '',
      },
    );
    replaced = result.replaced;
    return result.next;
  });
  if (replaced !== undefined) await releaseBytes(db, recordId, replaced);
  return saved;
}

export async function clearSignatureFromDraft(
  db: AppDatabase,
  recordId: string,
  role: Signature['role'],
  name: string,
): Promise<void> {
  let removed: string | undefined;
  await patchDraft(db, recordId, (current) => {
    const result = withoutSignature(current, role, name);
    removed = result.removed;
    return result.next;
  });
  if (removed !== undefined) await releaseBytes(db, recordId, removed);
}
