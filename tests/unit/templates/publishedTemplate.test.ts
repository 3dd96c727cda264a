/**
 * The published format (docs/templates.md): the built-ins pass the same check a published
 * file does, a published template's own limit judges its reading, and a retired one prints.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { renderInspectionPdf } from '../../../shared/pdf/renderInspectionPdf';
import { judgeReading } from '../../../shared/templates/judge';
import {
  parsePublishedTemplate,
  templateContentHash,
} from '../../../shared/templates/publishedTemplate';
import {
  clearPublishedTemplates,
  getTemplate,
  isTemplateRetired,
  registerPublishedTemplate,
  templates,
} from '../../../shared/templates/registry';
import { resolveLimit } from '../../../shared/templates/resolveLimit';
import { limitsOf, type ReadingItem } from '../../../shared/templates/templateSchema';
import { makeInspection } from '../../fixtures/builders';
import { canteenFumeV1 } from '../../fixtures/templates/canteenFume';
import { nodeDeps, pdfText, savePdf } from '../pdf/pdfTestKit';

afterAll(() => clearPublishedTemplates());

describe('published template format', () => {
  it.each(templates.map((t) => [`${t.id}@${t.version}`, t] as const))(
    'built-in %s passes the published format as JSON, unchanged',
    (_, template) => {
      const parsed = parsePublishedTemplate(JSON.parse(JSON.stringify(template)));
      expect(parsed.ok).toBe(true);
      if (parsed.ok)
        expect(templateContentHash(parsed.template)).toBe(templateContentHash(template));
    },
  );

  it('judges a reading against the template own strict limit: equal to the bound breaches', () => {
    const parsed = parsePublishedTemplate(canteenFumeV1);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const item = parsed.template.sections[1]?.items[0] as ReadingItem;
    const resolution = resolveLimit(limitsOf(parsed.template), {}, item.limitRef, {});
    expect(resolution).toMatchObject({
      ok: true,
      limit: { max: 2, maxExclusive: true, unit: 'mg/m³' },
    });
    expect(judgeReading(item, [1.9], resolution)).toMatchObject({ exceeded: false });
    expect(judgeReading(item, [2.0], resolution)).toMatchObject({ exceeded: true });
  });

  it('refuses a reading whose unit differs from its limit, and an own limit reusing a shared id', () => {
    const unit = structuredClone(canteenFumeV1);
    (unit.sections[1]!.items[0] as { unit: string }).unit = 'g/m³';
    const clash = structuredClone(canteenFumeV1);
    clash.limits[0]!.id = 'vocs.hood-face-velocity';
    expect(parsePublishedTemplate(unit)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('differs from limit') as string }],
    });
    const clashed = parsePublishedTemplate(clash);
    expect(clashed.ok).toBe(false);
    if (!clashed.ok)
      expect(clashed.errors.map((e) => e.message).join('\n')).toContain(
        'already a shared limit id',
      );
  });

  it('a retired published template still prints its old record', async () => {
    const parsed = parsePublishedTemplate(canteenFumeV1);
    if (!parsed.ok) throw new Error('fixture invalid');
    registerPublishedTemplate(parsed.template, true);
    expect(isTemplateRetired('canteenFume', 1)).toBe(true);
    const template = getTemplate('canteenFume', 1);
    if (template === undefined) throw new Error('retired template not found');
    const record = makeInspection({
      type: 'canteen-fume',
      template: { id: 'canteenFume', version: 1 },
      facts: { size: 'large' },
      answers: {
        'canteen-fume.emission.concentration': {
          result: 'fail',
          reading: {
            values: [2.4],
            texts: ['2.4'],
            unit: 'mg/m³',
            limit: { max: 2, maxExclusive: true, unit: 'mg/m³', source: 'GB 18483-2001 表2' },
            exceeded: true,
          },
        },
      },
    });
    const file = savePdf(
      'published-retired',
      await renderInspectionPdf(record, template, await nodeDeps()),
    );
    const text = pdfText(file, 'plain').replace(/\s+/g, '');
    expect(text).toContain('餐饮油烟检查');
    expect(text).toContain('油烟排放浓度');
    expect(text).toContain('2.4');
  }, 120_000);
});
