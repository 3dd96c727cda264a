/**
 * The glyph guard: every character a document will print must have a glyph in the shipped
 * font (or a drawn substitute, printForms.ts) and lie in the BMP, which is all jsPDF can
 * encode. Checked BEFORE drawing, so nothing is silently dropped (TECH-NOTES §1).
 */
import { readFontCodePoints } from './fontCmap';
import { printFormOf } from './printForms';

export interface MissingGlyph {
  readonly char: string;
  readonly codePoint: number;
  /** Where the character was entered, e.g. `site.name`, `findings[0].description`. */
  readonly field: string;
}

/** A text a document prints, with the field it comes from. */
export interface FieldText {
  readonly text: string;
  readonly field: string;
}

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Thrown by the renderers when a character cannot be printed; names each character and field. */
export class MissingGlyphError extends Error {
  readonly missing: readonly MissingGlyph[];
  constructor(missing: readonly MissingGlyph[]) {
    const list = missing
      .map((m) => `“${m.char}”（${hex(m.codePoint)}）位于字段 ${m.field}`)
      .join('；');
    super(`PDF 字体无法显示以下字符：${list}。请改用常用字或同音替代写法后再打印。`);
    this.name = 'MissingGlyphError';
    this.missing = missing;
  }
}

/** Line breaks and tabs are layout, not glyphs. */
export const IGNORED = new Set(['\n', '\r', '\t']);

/** Characters of `texts` the font cannot print, first occurrence per character and field. */
export function findMissingInTexts(texts: Iterable<FieldText>, font: Uint8Array): MissingGlyph[] {
  const points = readFontCodePoints(font);
  const has = (codePoint: number) => points.has(codePoint);
  const missing: MissingGlyph[] = [];
  const seen = new Set<string>();
  for (const { text, field } of texts) {
    for (const char of text) {
      if (IGNORED.has(char)) continue;
      const codePoint = char.codePointAt(0) ?? 0;
      const printable =
        codePoint <= 0xffff && (has(codePoint) || printFormOf(char, has) !== undefined);
      if (printable) continue;
      const key = `${field}\u0000${char}`;
      if (seen.has(key)) continue;
      seen.add(key);
      missing.push({ char, codePoint, field });
    }
  }
  return missing;
}
