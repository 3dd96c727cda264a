/**
 * Photo intake (browser only: createImageBitmap and OffscreenCanvas, which Chromium and
 * Electron have and Node does not). The original is hashed as it came and not kept; what is
 * stored is the evidence copy (JPEG, long edge ≤ 1600 px, with a visible stamp) and a
 * thumbnail (≤ 320 px). Hashing and decoding happen here, before any Dexie transaction.
 */
import { sha256Hex } from '../../../shared/domain/hash';
import { EVIDENCE_LONG_EDGE, fitWithin, stampFontSize, THUMBNAIL_LONG_EDGE } from './photoSize';
import { stampLines } from './photoStamp';
import { readPhotoExif, type PhotoExif } from './readPhotoExif';

export interface PhotoStampContext {
  readonly siteName: string;
  /** The record's location, stamped when the photo has no GPS of its own. */
  readonly fallbackLocation?: { readonly latitude: number; readonly longitude: number };
  /** Time of intake, stamped when the photo has no EXIF time (default: now). */
  readonly now?: string;
}

export interface PhotoIntake {
  readonly original: { readonly sha256: string; readonly size: number };
  readonly evidence: Blob;
  readonly evidenceSize: { readonly width: number; readonly height: number };
  readonly thumbnail: Blob;
  readonly exif: PhotoExif;
  /** What the stamp says, for the caption and the record. */
  readonly stamp: readonly string[];
}

const EVIDENCE_QUALITY = 0.85;
const THUMBNAIL_QUALITY = 0.7;

export async function intakePhoto(file: Blob, context: PhotoStampContext): Promise<PhotoIntake> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const original = { sha256: sha256Hex(bytes), size: bytes.length };
  const exif = await readPhotoExif(bytes);
  // 'from-image' applies the EXIF orientation, so a portrait phone photo stays upright.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const size = fitWithin(bitmap.width, bitmap.height, EVIDENCE_LONG_EDGE);
    const canvas = new OffscreenCanvas(size.width, size.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, size.width, size.height);
    const place = exif.latitude !== undefined ? exif : context.fallbackLocation;
    const lines = stampLines({
      takenAt: exif.takenAt ?? context.now ?? new Date().toISOString(),
      siteName: context.siteName,
      ...(place?.latitude !== undefined && place.longitude !== undefined
        ? { latitude: place.latitude, longitude: place.longitude }
        : {}),
    });
    drawStamp(ctx, lines, size.width, size.height);
    const evidence = await canvas.convertToBlob({ type: 'image/jpeg', quality: EVIDENCE_QUALITY });
    const thumbSize = fitWithin(size.width, size.height, THUMBNAIL_LONG_EDGE);
    const thumbCanvas = new OffscreenCanvas(thumbSize.width, thumbSize.height);
    const thumbCtx = thumbCanvas.getContext('2d');
    if (!thumbCtx) throw new Error('2D canvas unavailable');
    thumbCtx.imageSmoothingQuality = 'high';
    thumbCtx.drawImage(canvas, 0, 0, thumbSize.width, thumbSize.height);
    const thumbnail = await thumbCanvas.convertToBlob({
      type: 'image/jpeg',
      quality: THUMBNAIL_QUALITY,
    });
    return { original, evidence, evidenceSize: size, thumbnail, exif, stamp: lines };
  } finally {
    bitmap.close();
  }
}

/** White text on a dark band along the bottom edge: legible on any picture. */
function drawStamp(
  ctx: OffscreenCanvasRenderingContext2D,
  lines: readonly string[],
  width: number,
  height: number,
): void {
  const fontSize = stampFontSize(width, height);
  const lineHeight = Math.round(fontSize * 1.35);
  const pad = Math.round(fontSize * 0.6);
  const bandHeight = lines.length * lineHeight + pad * 2;
  ctx.fillStyle = 'rgba(0, 0, 0, 0.55)';
  ctx.fillRect(0, height - bandHeight, width, bandHeight);
  ctx.fillStyle = '#ffffff';
  ctx.font = `${fontSize}px "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif`;
  ctx.textBaseline = 'top';
  lines.forEach((line, i) =>
    ctx.fillText(line, pad, height - bandHeight + pad + i * lineHeight, width - pad * 2),
  );
}
