// Characters drawn with a stand-in glyph (m⁻¹: a raised "-"; SO₂, PM₁₀: lowered digits) must
// come out of the PDF as typed when it is searched or copied (issue 9), read with pdftotext.
import { describe, expect, it } from 'vitest';
import { renderInspectionPdf } from '../../../shared/pdf/renderInspectionPdf';
import { makeFixtureInspection } from '../../fixtures/records/recordFixtures';
import { nodeDeps, pdfText, savePages, savePdf, squash } from './pdfTestKit';

describe('stand-in glyphs extract as typed', () => {
  it('gives m⁻¹, SO₂ and PM₁₀ back from pdftotext, not m-¹, SO2 and PM10', async () => {
    const { record, template } = makeFixtureInspection('machinery', { findingLength: 40 });
    const note = '光吸收系数 0.84 m⁻¹ 超标；SO₂ 与 PM₁₀ 另测；H₂O';
    const [firstItem] = Object.keys(record.answers);
    if (firstItem === undefined) throw new Error('fixture has no answers');
    const answers = {
      ...record.answers,
      [firstItem]: { ...record.answers[firstItem], note, result: 'pass' as const },
    };
    const bytes = await renderInspectionPdf({ ...record, answers }, template, await nodeDeps());
    const file = savePdf('stand-in-glyphs', bytes);
    savePages(file, 'stand-in-glyphs');
    for (const mode of ['raw', 'layout'] as const) {
      const text = squash(pdfText(file, mode));
      expect(text, mode).toContain(squash('0.84 m⁻¹'));
      expect(text, mode).toContain('SO₂与PM₁₀另测');
      expect(text, mode).toContain('H₂O');
      expect(text, mode).not.toContain('m-¹');
      expect(text, mode).not.toContain('SO2与PM10');
    }
  });
});
