/** A4 portrait in millimetres, and the type sizes of the record (points). */
export const page = {
  width: 210,
  height: 297,
  left: 18,
  right: 192,
  top: 17,
  /** Content stops here; below are the footer, the hash and the QR code. */
  bottom: 262,
} as const;

export const contentWidth = page.right - page.left;

/** Millimetres per point. */
export const PT = 25.4 / 72;

export const typeSize = {
  title: 17,
  heading: 11.5,
  body: 10,
  table: 9,
  small: 7.5,
  tiny: 6.5,
} as const;

/** Baseline-to-baseline distance for a font size in points, in mm. */
export function lineHeight(size: number): number {
  return size * PT * 1.42;
}
