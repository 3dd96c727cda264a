/** A character the font cannot print stops the PDF before drawing, naming character and field. */
import { describe, expect, it } from 'vitest';
import { Inspection } from '../../../shared/domain/inspection';
import { MissingGlyphError } from '../../../shared/pdf/missingGlyphs';
import {
  findMissingGlyphs,
  renderInspectionPdf,
  renderMachineRegistrationPdf,
} from '../../../shared/pdf/renderInspectionPdf';
import { readShippedFonts } from '../../../src-server/cli/pdfNodeDeps';
import { makeFixtureInspection, makeFixtureMachine } from '../../fixtures/records/recordFixtures';
import { nodeDeps } from './pdfTestKit';

describe('missing glyphs', () => {
  it.each([
    [
      'a CJK Ext-B character (non-BMP) in the site name',
      '𠀀',
      (r: Inspection) => ({ ...r, site: { ...r.site, name: `孝义市${'𠀀'}化工有限公司` } }),
      'site.name',
    ],
    [
      'an emoji in a finding',
      '😀',
      (r: Inspection) => ({
        ...r,
        findings: r.findings.map((f, i) =>
          i === 1 ? { ...f, description: `${f.description}😀` } : f,
        ),
      }),
      'findings[1].description',
    ],
    [
      'a BMP symbol the font lacks in an item note',
      '☐',
      (r: Inspection) => ({
        ...r,
        answers: {
          ...r.answers,
          [Object.keys(r.answers)[0] ?? '']: { result: 'pass' as const, note: '已核对☐台账' },
        },
      }),
      `answers["${'@first'}"].note`,
    ],
  ])('%s', async (_label, char, edit, field) => {
    const { record, template } = makeFixtureInspection('dust', { findingLength: 200 });
    const changed = Inspection.parse(edit(record));
    const expectedField = field.replace('@first', Object.keys(record.answers)[0] ?? '');
    const { regular } = await readShippedFonts();
    const missing = findMissingGlyphs(changed, template, regular);
    expect(missing).toEqual([{ char, codePoint: char.codePointAt(0), field: expectedField }]);

    const rendering = renderInspectionPdf(changed, template, await nodeDeps());
    await expect(rendering).rejects.toBeInstanceOf(MissingGlyphError);
    await expect(rendering).rejects.toThrow(char);
    await expect(rendering).rejects.toThrow(expectedField);
  });

  it('finds nothing in a record the font can print', async () => {
    const { record, template } = makeFixtureInspection('vocs', { findingLength: 300 });
    const { regular } = await readShippedFonts();
    expect(findMissingGlyphs(record, template, regular)).toEqual([]);
  });

  it('guards the machine registration form too', async () => {
    const machine = makeFixtureMachine({ owner: '𠀀记工程队' });
    await expect(renderMachineRegistrationPdf(machine, await nodeDeps())).rejects.toThrow(
      /“𠀀”.*owner/,
    );
  });
});
