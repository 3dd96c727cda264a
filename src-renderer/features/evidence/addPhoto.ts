/**
 * Takes one picture into a draft: checks the file, makes the stamped evidence copy and the
 * thumbnail (intakePhoto), stores the bytes, then lists the photo in the draft, and fills the
 * record's location from the photo's GPS when none is recorded yet. Each step fails alone:
 * a bad file never touches the store, and stored bytes are listed in the same breath.
 */
import type { Attachment } from '../../../shared/domain/attachment';
import type { GeoLocation } from '../../../shared/domain/location';
import type { AppDatabase } from '../../db/database';
import { photoDoubtOf } from '../../../shared/records/photoDoubt';
import { storeAttachment } from '../../db/attachmentRepository';
import { intakePhoto } from './intakePhoto';
import { withAttachment, withLocationIfMissing } from './evidenceChanges';
import { patchDraft } from '../../db/inspectionRepository';

/** A phone photo is 3–12 MB; a file far past that is not a photo taken on site. */
export const MAX_PHOTO_FILE_BYTES = 40 * 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png'];

export type PhotoFileProblem = 'not-image' | 'too-large' | 'empty' | 'unreadable';

export class PhotoRejectedError extends Error {
  override readonly name = 'PhotoRejectedError';
  constructor(readonly problem: PhotoFileProblem) {
    super(`photo rejected: ${problem}`);
  }
}

/** Why a chosen file cannot be a photo, or undefined when it may be one. */
export function checkPhotoFile(file: {
  type: string;
  size: number;
  name: string;
}): PhotoFileProblem | undefined {
  const byName = /\.(jpe?g|png)$/i.test(file.name);
  if (!PHOTO_TYPES.includes(file.type) && !(file.type === '' && byName)) return 'not-image';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_PHOTO_FILE_BYTES) return 'too-large';
  return undefined;
}

export interface AddedPhoto {
  readonly attachment: Attachment;
  /** Set when this photo's GPS became the record's location. */
  readonly locationFilled: GeoLocation | undefined;
}

export interface AddPhotoContext {
  readonly siteName: string;
  readonly fallbackLocation?: { latitude: number; longitude: number } | undefined;
  readonly itemId?: string | undefined;
  /** When the app itself took the picture (camera): the time, since such a frame has no EXIF. */
  readonly capturedAt?: string | undefined;
}

export async function addPhotoToDraft(
  db: AppDatabase,
  recordId: string,
  file: File,
  context: AddPhotoContext,
): Promise<AddedPhoto> {
  const problem = checkPhotoFile(file);
  if (problem !== undefined) throw new PhotoRejectedError(problem);
  let intake: Awaited<ReturnType<typeof intakePhoto>>;
  try {
    intake = await intakePhoto(file, {
      siteName: context.siteName,
      ...(context.fallbackLocation ? { fallbackLocation: context.fallbackLocation } : {}),
      ...(context.capturedAt !== undefined ? { now: context.capturedAt } : {}),
    });
  } catch {
    // createImageBitmap refuses bytes that are not a picture whatever the name says.
    throw new PhotoRejectedError('unreadable');
  }
  const stored = await storeAttachment(db, {
    recordId,
    kind: 'photo',
    mime: 'image/jpeg',
    blob: intake.evidence,
    thumbnail: intake.thumbnail,
    original: intake.original,
  });
  const attachment: Attachment = {
    sha256: stored.sha256,
    kind: 'photo',
    mime: 'image/jpeg',
    size: stored.size,
    caption: '',
    originalSha256: intake.original.sha256,
    ...((intake.exif.takenAt ?? context.capturedAt)
      ? { takenAt: intake.exif.takenAt ?? context.capturedAt }
      : {}),
    ...(context.itemId !== undefined ? { itemId: context.itemId } : {}),
  };
  const { latitude, longitude } = intake.exif;
  const gps: GeoLocation | undefined =
    latitude !== undefined && longitude !== undefined
      ? { latitude, longitude, source: 'exif' }
      : undefined;
  let locationFilled: GeoLocation | undefined;
  let listedAs = attachment;
  await patchDraft(db, recordId, (current) => {
    const located = gps === undefined ? current : withLocationIfMissing(current, gps);
    locationFilled = gps !== undefined && located.location === gps ? gps : undefined;
    // Judged against the record as it stands, so a photo that set the location fits it.
    const doubt = photoDoubtOf(
      { takenAt: intake.exif.takenAt, position: gps },
      { startedAt: located.startedAt ?? located.createdAt, location: located.location },
    );
    listedAs = doubt === undefined ? attachment : { ...attachment, doubt };
    return withAttachment(located, listedAs);
  });
  return { attachment: listedAs, locationFilled };
}
