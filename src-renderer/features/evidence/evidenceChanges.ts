/**
 * Pure changes to the evidence parts of a draft: attachments listed, signatures, the
 * location. Each returns a new record (the same object when nothing changes, so patchDraft
 * skips the write) and leaves the bytes to the caller (attachmentRepository's order: store
 * the bytes, then list them; stop listing, then remove the bytes).
 */
import type { Attachment } from '../../../shared/domain/attachment';
import type { Inspection, Signature } from '../../../shared/domain/inspection';
import type { GeoLocation } from '../../../shared/domain/location';

export function withAttachment(inspection: Inspection, attachment: Attachment): Inspection {
  if (inspection.attachments.some((a) => a.sha256 === attachment.sha256)) return inspection;
  return { ...inspection, attachments: [...inspection.attachments, attachment] };
}

export function withoutAttachment(inspection: Inspection, sha256: string): Inspection {
  if (!inspection.attachments.some((a) => a.sha256 === sha256)) return inspection;
  return { ...inspection, attachments: inspection.attachments.filter((a) => a.sha256 !== sha256) };
}

/** Caption and item of a photo; `itemId: undefined` attaches it to the whole record. */
export function withPhotoDetails(
  inspection: Inspection,
  sha256: string,
  details: { caption?: string; itemId?: string | undefined; doubtReason?: string },
): Inspection {
  const current = inspection.attachments.find((a) => a.sha256 === sha256);
  if (current === undefined) return inspection;
  const caption = details.caption ?? current.caption;
  const itemId = 'itemId' in details ? details.itemId : current.itemId;
  // Only a flagged photo takes a confirmation reason (docs/records.md).
  const doubt =
    current.doubt && details.doubtReason !== undefined
      ? { ...current.doubt, reason: details.doubtReason }
      : current.doubt;
  if (caption === current.caption && itemId === current.itemId && doubt === current.doubt)
    return inspection;
  const { itemId: _old, doubt: _doubt, ...rest } = current;
  const next: Attachment = {
    ...rest,
    caption,
    ...(itemId !== undefined ? { itemId } : {}),
    ...(doubt !== undefined ? { doubt } : {}),
  };
  return {
    ...inspection,
    attachments: inspection.attachments.map((a) => (a.sha256 === sha256 ? next : a)),
  };
}

/** Fills the location from a photo's GPS only where none is recorded yet. */
export function withLocationIfMissing(inspection: Inspection, location: GeoLocation): Inspection {
  return inspection.location === undefined ? { ...inspection, location } : inspection;
}

const sameSigner = (s: Signature, role: Signature['role'], name: string): boolean =>
  s.role === role && s.name.trim() === name.trim();

/**
 * Records a signature (and its PNG) in place of an earlier one by the same signer. Returns
 * the record and the hash of the replaced image, which the caller removes once saved.
 */
export function withSignature(
  inspection: Inspection,
  signature: Signature,
  image: Attachment,
): { next: Inspection; replaced: string | undefined } {
  const previous = inspection.signatures.find((s) => sameSigner(s, signature.role, signature.name));
  const base = previous ? withoutAttachment(inspection, previous.attachmentSha256) : inspection;
  const next = withAttachment(
    {
      ...base,
      signatures: [
        ...base.signatures.filter((s) => !sameSigner(s, signature.role, signature.name)),
        signature,
      ],
    },
    image,
  );
  const replaced =
    previous && previous.attachmentSha256 !== signature.attachmentSha256
      ? previous.attachmentSha256
      : undefined;
  return { next, replaced };
}

/** Drops a signer's signature and its image from the record; returns the image's hash. */
export function withoutSignature(
  inspection: Inspection,
  role: Signature['role'],
  name: string,
): { next: Inspection; removed: string | undefined } {
  const previous = inspection.signatures.find((s) => sameSigner(s, role, name));
  if (previous === undefined) return { next: inspection, removed: undefined };
  const next = withoutAttachment(
    { ...inspection, signatures: inspection.signatures.filter((s) => s !== previous) },
    previous.attachmentSha256,
  );
  return { next, removed: previous.attachmentSha256 };
}

/** The signature a signer gave, if any. */
export function signatureOf(
  inspection: Inspection,
  role: Signature['role'],
  name: string,
): Signature | undefined {
  return inspection.signatures.find((s) => sameSigner(s, role, name));
}
