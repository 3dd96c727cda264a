/**
 * The shipped fonts are what the issue asks for (static TrueType glyf Regular and Bold with
 * the OFL), and every character any template, limit, label or fixture prints has a glyph
 * (or a drawn stand-in, printForms.ts) in both faces.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFontCodePoints } from '../../../shared/pdf/fontCmap';
import { findMissingInTexts, type FieldText } from '../../../shared/pdf/missingGlyphs';
import { furnitureText, pdfLabels } from '../../../shared/pdf/pdfLabels';
import { printFormOf } from '../../../shared/pdf/printForms';
import { instrumentLabels } from '../../../shared/templates/instruments';
import { limits } from '../../../shared/templates/limits';
import {
  emissionStageLabels,
  fuelTypeLabels,
  machineTypeLabels,
} from '../../../shared/templates/machineLabels';
import { machineryRegistrationForm } from '../../../shared/templates/machineryRegistration';
import { templates } from '../../../shared/templates/registry';
import { unitLabels } from '../../../shared/templates/units';
import { zoneRules } from '../../../shared/templates/zoneRules';
import { fontDir, readShippedFonts } from '../../../src-server/cli/pdfNodeDeps';
import {
  makeFixtureInspection,
  makeFixtureMachine,
  symbolNote,
} from '../../fixtures/records/recordFixtures';

/** Every string inside a value, with its path. */
function strings(value: unknown, path: string, out: FieldText[] = []): FieldText[] {
  if (typeof value === 'string') out.push({ text: value, field: path });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

/** The slice of fontkit (untyped package) these tests read. */
interface FontkitFont {
  readonly familyName: string;
  readonly directory: { readonly tables: Record<string, unknown> };
  hasGlyphForCodePoint(codePoint: number): boolean;
}
const fontkit: { openSync(path: string): FontkitFont } = createRequire(import.meta.url)(
  'fontkit',
) as {
  openSync(path: string): FontkitFont;
};

let regular: Uint8Array;
let bold: Uint8Array;
beforeAll(async () => {
  ({ regular, bold } = await readShippedFonts());
});

describe('shipped fonts', () => {
  it.each(['NotoSansSC-Regular.ttf', 'NotoSansSC-Bold.ttf'])(
    '%s is a static TrueType (glyf) font',
    (file) => {
      const font = fontkit.openSync(join(fontDir, file));
      if (!('directory' in font)) throw new Error('a collection, not a font');
      const tables = Object.keys(
        (font as unknown as { directory: { tables: Record<string, unknown> } }).directory.tables,
      );
      expect(tables).toContain('glyf');
      expect(tables).not.toContain('CFF ');
      expect(tables).not.toContain('fvar');
      expect(font.familyName).toBe('Noto Sans SC');
      expect(statSync(join(fontDir, file)).size).toBeGreaterThan(5_000_000);
    },
  );

  it('ships the OFL and a README naming the source', () => {
    expect(readFileSync(join(fontDir, 'OFL.txt'), 'utf8')).toContain(
      'SIL OPEN FONT LICENSE Version 1.1',
    );
    const readme = readFileSync(join(fontDir, 'README.md'), 'utf8');
    expect(readme).toContain('@expo-google-fonts/noto-sans-sc@0.4.3');
    expect(existsSync(join(fontDir, 'NotoSansSC-Bold.ttf'))).toBe(true);
  });

  it('reads the cmap the same way fontkit does', () => {
    const font = fontkit.openSync(join(fontDir, 'NotoSansSC-Regular.ttf'));
    const points = readFontCodePoints(regular);
    for (const char of '现场检查笔录AZaz09μ℃≥≤³㎡％—“”《》⁻₂…☐𠀀') {
      const cp = char.codePointAt(0) ?? 0;
      expect(points.has(cp), `${char}`).toBe(font.hasGlyphForCodePoint(cp));
    }
    expect(points.size).toBeGreaterThan(25_000);
  });
});

describe('glyph coverage', () => {
  const sources = (): FieldText[] => [
    ...strings(templates, 'templates'),
    ...strings(limits, 'limits'),
    ...strings(unitLabels, 'units'),
    ...strings(instrumentLabels, 'instruments'),
    ...strings(machineryRegistrationForm, 'registrationForm'),
    ...strings([emissionStageLabels, fuelTypeLabels, machineTypeLabels], 'machineLabels'),
    ...strings(zoneRules, 'zoneRules'),
    ...strings({ ...pdfLabels, pageOf: pdfLabels.pageOf(12, 34) }, 'pdfLabels'),
    { text: furnitureText, field: 'furniture' },
    ...(['vocs', 'dust', 'machinery'] as const).flatMap((t) =>
      strings(makeFixtureInspection(t).record, `fixture.${t}`),
    ),
    ...strings(makeFixtureMachine(), 'fixture.machine'),
  ];

  it('covers every template text (zh and en), limit source, label and fixture in Regular and Bold', () => {
    const texts = sources();
    expect(texts.length).toBeGreaterThan(2000);
    expect(findMissingInTexts(texts, regular)).toEqual([]);
    expect(findMissingInTexts(texts, bold)).toEqual([]);
  });

  it('includes every symbol the issue names, through the fixtures', () => {
    for (const symbol of [
      'μ',
      '℃',
      '≥',
      '≤',
      '³',
      '㎡',
      '％',
      '—',
      '“',
      '”',
      '《',
      '》',
      'm⁻¹',
      '₂',
      '…',
    ])
      expect(symbolNote).toContain(symbol);
  });

  it('draws the super- and subscripts the font lacks from base characters it has', () => {
    const points = readFontCodePoints(regular);
    const has = (cp: number) => points.has(cp);
    const used = new Set(sources().flatMap(({ text }) => [...text]));
    const standIns = [...used].filter((c) => !has(c.codePointAt(0) ?? 0));
    expect(standIns.sort()).toEqual(['⁻', '₀', '₁', '₂'].sort());
    for (const char of standIns) {
      const form = printFormOf(char, has);
      expect(form, char).toBeDefined();
      expect(has(form?.base.codePointAt(0) ?? 0)).toBe(true);
    }
  });
});
