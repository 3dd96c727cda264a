/**
 * shared/pdf/fontCoverage.ts is generated from the shipped fonts; this rebuilds it in memory
 * and demands the committed module be identical, and checks the table against the cmap.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFontCodePoints } from '../../../shared/pdf/fontCmap';
import { fontCoverageRanges } from '../../../shared/pdf/fontCoverage';
import {
  buildFontCoverageRanges,
  fontCoverageModule,
} from '../../../shared/pdf/fontCoverageBuilder';
import { isPrintableCodePoint } from '../../../shared/pdf/unprintableCharacters';
import { readShippedFonts } from '../../../src-server/cli/pdfNodeDeps';

let regular: Uint8Array;
let bold: Uint8Array;
beforeAll(async () => {
  ({ regular, bold } = await readShippedFonts());
});

const cp = (char: string) => char.codePointAt(0) ?? 0;

describe('font coverage table', () => {
  it('is exactly what scripts/makeFontCoverage.ts makes from the fonts today', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'shared', 'pdf', 'fontCoverage.ts'),
      'utf8',
    );
    const rebuilt = buildFontCoverageRanges(regular, bold);
    expect(fontCoverageModule(rebuilt)).toBe(committed);
    expect(rebuilt).toEqual(fontCoverageRanges);
  });

  it('holds sorted, disjoint, BMP-only ranges and stays small', () => {
    expect(fontCoverageRanges.length % 2).toBe(0);
    for (let i = 0; i < fontCoverageRanges.length; i += 2) {
      const [start = -1, end = -1] = fontCoverageRanges.slice(i, i + 2);
      expect(start).toBeLessThanOrEqual(end);
      if (i > 0) expect(start).toBeGreaterThan((fontCoverageRanges[i - 1] ?? 0) + 1);
    }
    expect(fontCoverageRanges.at(-1)).toBeLessThanOrEqual(0xffff);
    expect(fontCoverageRanges.length).toBeLessThan(1000);
  });

  it('agrees with both cmaps on every BMP code point, stand-ins aside', () => {
    const r = readFontCodePoints(regular);
    const b = readFontCodePoints(bold);
    const standIns = new Set([...'⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎'].map(cp));
    const disagree: number[] = [];
    for (let point = 0; point <= 0xffff; point += 1) {
      const inFonts = (r.has(point) && b.has(point)) || standIns.has(point);
      if (inFonts !== isPrintableCodePoint(point)) disagree.push(point);
    }
    expect(disagree).toEqual([]);
  });

  it('prints the symbols inspectors write and refuses emoji and characters beyond the BMP', () => {
    for (const char of '现场检查笔录AZaz09μ℃≥≤³㎡％—“”《》⁻₁₀…（）：；、')
      expect(isPrintableCodePoint(cp(char)), char).toBe(true);
    for (const char of ['🏗', '🏭', '😀', '𠀀', '𪚥', '\u{10FFFF}', '✅', '❤', '\ufffd'])
      expect(isPrintableCodePoint(cp(char)), char).toBe(false);
  });
});
