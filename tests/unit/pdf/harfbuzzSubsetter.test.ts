/** The injected-wasm subsetter keeps exactly the characters asked for, as glyf TrueType. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readFontCodePoints } from '../../../shared/pdf/fontCmap';
import { createHarfBuzzSubsetter } from '../../../shared/pdf/harfbuzzSubsetter';
import { harfBuzzWasmPath, readShippedFonts } from '../../../src-server/cli/pdfNodeDeps';

describe('harfbuzz subsetter', () => {
  it('keeps exactly the requested characters and stays TrueType', async () => {
    const subset = await createHarfBuzzSubsetter(
      async () => new Uint8Array(await readFile(harfBuzzWasmPath())),
    );
    const { regular, bold } = await readShippedFonts();
    const text = '现场检查笔录 JC-2026 μmol/mol ℃ ≥ ≤ mg/m³ ㎡ ％ “” 《》';
    const [small, smallBold] = await Promise.all([subset(regular, text), subset(bold, text)]);
    for (const font of [small, smallBold]) {
      expect([...font.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
      expect(new Set(readFontCodePoints(font))).toEqual(
        new Set([...text].map((c) => c.codePointAt(0))),
      );
      expect(font.length).toBeLessThan(20_000);
    }
  });

  it('refuses bytes that are not a font instead of returning garbage', async () => {
    const subset = await createHarfBuzzSubsetter(
      async () => new Uint8Array(await readFile(harfBuzzWasmPath())),
    );
    await expect(subset(new TextEncoder().encode('not a font at all'), '中')).rejects.toThrow(
      /harfbuzz/,
    );
  });
});
