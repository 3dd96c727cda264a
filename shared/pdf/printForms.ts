/**
 * Characters the shipped font lacks but the templates and inspectors write: superscript
 * minus and most super/subscript digits (m⁻¹, PM₁₀, SO₂). Noto Sans SC has ¹ ² ³ ⁴ but not
 * ⁻ ⁵–⁹ ₀–₉, so the PDF draws those as the base character, smaller and raised or lowered,
 * rather than refusing a unit the standard itself uses (assets/fonts/README.md).
 */
export type Shift = 'super' | 'sub';

const SUPER = '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ';
const SUPER_BASE = '0123456789+-=()ni';
const SUB = '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎';
const SUB_BASE = '0123456789+-=()';

const forms = new Map<string, { base: string; shift: Shift }>();
for (let i = 0; i < SUPER.length; i += 1)
  forms.set(SUPER.charAt(i), { base: SUPER_BASE.charAt(i), shift: 'super' });
for (let i = 0; i < SUB.length; i += 1)
  forms.set(SUB.charAt(i), { base: SUB_BASE.charAt(i), shift: 'sub' });

/** The drawn substitute of `char` when the font has no glyph for it; undefined otherwise. */
export function printFormOf(
  char: string,
  hasGlyph: (codePoint: number) => boolean,
): { base: string; shift: Shift } | undefined {
  const codePoint = char.codePointAt(0) ?? 0;
  if (hasGlyph(codePoint)) return undefined;
  return forms.get(char);
}

/** Scale of a raised or lowered character, and its baseline shift in em (down positive). */
export const shiftScale = 0.62;
export const shiftOffsetEm: Record<Shift, number> = { super: -0.38, sub: 0.14 };
