/** Size rules of stored photos (docs/design.md "Attachments"). */

/** Long edge of the evidence copy, in pixels. */
export const EVIDENCE_LONG_EDGE = 1600;
/** Long edge of the thumbnail shown in lists. */
export const THUMBNAIL_LONG_EDGE = 320;

/** Scales to fit the long edge within `maxEdge`, keeping the aspect ratio; never enlarges. */
export function fitWithin(
  width: number,
  height: number,
  maxEdge: number,
): { width: number; height: number } {
  if (!(width > 0 && height > 0 && maxEdge > 0))
    throw new RangeError(`bad size ${width}×${height} / ${maxEdge}`);
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Height of the stamp's text, relative to the picture so it stays legible in print. */
export function stampFontSize(width: number, height: number): number {
  return Math.max(14, Math.round(Math.min(width, height) / 28));
}
