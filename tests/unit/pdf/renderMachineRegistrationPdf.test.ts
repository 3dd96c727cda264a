/** The machine registration form prints every registry field under its form label. */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMachineRegistrationPdf } from '../../../shared/pdf/renderInspectionPdf';
import {
  machineryRegistrationForm,
  type RegistrationField,
} from '../../../shared/templates/machineryRegistration';
import { makeFixtureMachine } from '../../fixtures/records/recordFixtures';
import { nodeDeps, pageCount, pdfFonts, pdfText, savePages, savePdf, squash } from './pdfTestKit';

describe('machine registration form', () => {
  const machine = makeFixtureMachine();
  let file = '';
  beforeAll(async () => {
    file = savePdf(
      'machine-registration',
      await renderMachineRegistrationPdf(machine, await nodeDeps()),
    );
    savePages(file, 'machine-registration');
  }, 60_000);

  it('prints every field label and value', () => {
    const text = squash(pdfText(file, 'raw'));
    expect(text).toContain(machineryRegistrationForm.title.zh);
    const fields: readonly RegistrationField[] = machineryRegistrationForm.fields;
    for (const field of fields) {
      expect(text).toContain(squash(field.label.zh));
      const raw = machine[field.field];
      if (typeof raw !== 'string' && typeof raw !== 'number')
        throw new Error(`${field.field} is not a value`);
      const shown = field.choices?.find((c) => c.value === raw)?.label.zh ?? String(raw);
      expect(text, field.field).toContain(squash(shown));
    }
    expect(text).toContain('128.5kW');
  });

  it('puts the photos with their form labels on a photo page and embeds subset fonts', () => {
    const text = squash(pdfText(file, 'raw'));
    for (const photo of machineryRegistrationForm.photos)
      expect(text).toContain(squash(photo.label.zh));
    expect(pageCount(file)).toBe(2);
    for (const font of pdfFonts(file)) expect(font).toMatchObject({ emb: 'yes', sub: 'yes' });
  });
});
