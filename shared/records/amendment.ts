/**
 * A correction to a finalised record is a new draft that points at the original by id and
 * hash (docs/design.md "Records"); the original is never touched. The amendment copies the content
 * but NOT the signatures or a refusal: those attested the old text, so everyone signs again.
 */
import type { DeviceId, RecordId } from '../domain/ids';
import { Inspection } from '../domain/inspection';

export function createAmendment(
  finalised: Inspection,
  newId: RecordId,
  now: string,
  deviceId: DeviceId = finalised.deviceId,
): Inspection {
  if (finalised.status !== 'finalized' || finalised.hash === undefined) {
    throw new Error(`record ${finalised.id} is not finalised: only finalised records are amended`);
  }
  const signatureHashes = new Set(finalised.signatures.map((s) => s.attachmentSha256));
  return Inspection.parse({
    ...finalised,
    id: newId,
    rev: 1,
    baseRev: 0,
    status: 'draft',
    deviceId,
    createdAt: now,
    updatedAt: now,
    recordNumber: '',
    hash: undefined,
    amends: { id: finalised.id, hash: finalised.hash },
    signatures: [],
    refusal: undefined,
    // Signature images belong to the signatures dropped above; photos stay.
    attachments: finalised.attachments.filter(
      (a) => !(a.kind === 'signature' && signatureHashes.has(a.sha256)),
    ),
  });
}
