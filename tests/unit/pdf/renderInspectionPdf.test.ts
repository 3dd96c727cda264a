/**
 * Renders each template's fixture record, reads it back with poppler as a reader would, and
 * keeps the PDFs and page images in test-results/pdf/ for a person to look at.
 */
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../../shared/domain/inspection';
import { partyMarkOf } from '../../../shared/pdf/evidenceBlocks';
import { pdfLabels } from '../../../shared/pdf/pdfLabels';
import { qrMatrix, qrPayload } from '../../../shared/pdf/qrMatrix';
import { readingText, unitText } from '../../../shared/pdf/readingText';
import { renderInspectionPdf } from '../../../shared/pdf/renderInspectionPdf';
import { formatShanghaiMinute } from '../../../shared/pdf/shanghaiTime';
import { getTemplate } from '../../../shared/templates/registry';
import { makeInspection } from '../../fixtures/builders';
import { fixturePhotos, makeFixtureInspection } from '../../fixtures/records/recordFixtures';
import { readQrFromPage } from './pdfQr';
import { nodeDeps, pageCount, pdfFonts, pdfText, savePages, savePdf, squash } from './pdfTestKit';

const cases = [
  { name: 'vocs', type: 'vocs', options: {} },
  { name: 'dust-draft-refusal', type: 'dust', options: { status: 'draft', refusal: true } },
  { name: 'machinery', type: 'machinery', options: {} },
] as const;

/** The body text of every page with the page furniture cut out, whitespace removed. */
function bodyText(file: string, mode: 'raw' | 'plain', record: Inspection, pages: number): string {
  const furniture = [
    `${pdfLabels.recordTitle} · ${record.site.name}`,
    `${pdfLabels.number}${record.recordNumber || `${pdfLabels.draft} ${record.id}`}`,
    pdfLabels.hash,
    record.hash ?? pdfLabels.hashPending,
    pdfLabels.partyInitials,
    partyMarkOf(record)?.text.text ?? '',
    `${pdfLabels.printedAt}2026-11-28 12:00`,
    // Table headers repeat on every page a table continues on.
    [
      pdfLabels.colNo,
      pdfLabels.colItem,
      pdfLabels.colResult,
      pdfLabels.colReading,
      pdfLabels.colNote,
    ].join(''),
    [
      pdfLabels.colNo,
      pdfLabels.evidenceKind,
      pdfLabels.evidenceCaption,
      pdfLabels.evidenceTime,
      pdfLabels.evidenceHash,
    ].join(''),
  ];
  let text = '';
  for (let p = 1; p <= pages; p += 1) {
    // The rotated watermark comes out as lone 草 and 稿 lines wherever poppler places them.
    let pageText = squash(pdfText(file, mode, p).replace(/^[草稿]$/gmu, ''));
    for (const f of [...furniture, pdfLabels.pageOf(p, pages)].filter((f) => f !== ''))
      pageText = pageText.split(squash(f)).join('');
    text += pageText;
  }
  return text;
}

/** Pieces of a text between punctuation and spaces, whitespace removed. */
function fragments(text: string): string[] {
  return text.split(/[\s，。、；：（）]+/u).filter((f) => f !== '');
}

describe.each(cases)('$name record', ({ name, type, options }) => {
  const { record, template } = makeFixtureInspection(type, options);
  let file = '';
  let pages = 0;
  let raw = '';
  let plain = '';
  let layout = '';

  beforeAll(async () => {
    const bytes = await renderInspectionPdf(record, template, await nodeDeps());
    file = savePdf(name, bytes);
    pages = pageCount(file);
    savePages(file, name);
    raw = bodyText(file, 'raw', record, pages);
    plain = bodyText(file, 'plain', record, pages);
    layout = squash(pdfText(file, 'layout'));
  }, 120_000);

  it('embeds only subset fonts (emb yes, sub yes, ABCDEF+ tag), Regular and Bold', () => {
    const fonts = pdfFonts(file);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSansSC-Bold',
      'NotoSansSC-Regular',
    ]);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
      expect(font).toMatchObject({ type: 'CID TrueType', emb: 'yes', sub: 'yes', uni: 'yes' });
    }
  });

  it('prints the party, inspectors, time and place exactly as entered', () => {
    const { site } = record;
    const values = [
      site.name,
      site.creditCode,
      site.address,
      site.legalRepresentative,
      site.contact.name,
      site.contact.position,
      site.contact.phone,
      record.place,
      ...record.inspectors.flatMap((i) => [i.name, i.certificateNumber, i.unit]),
    ];
    for (const value of values) {
      expect(layout, `layout: ${value}`).toContain(squash(value));
      expect(raw, `raw: ${value}`).toContain(squash(value));
    }
    expect(raw).toContain('2026年11月28日09时30分至2026年11月28日11时15分');
  });

  it('prints every answered item with its reading, unit, limit and source', () => {
    const readings = Object.values(record.answers).flatMap((a) => (a.reading ? [a.reading] : []));
    expect(readings.length).toBeGreaterThan(0);
    for (const reading of readings) {
      const values = reading.values.map(String).join('、');
      expect(raw, values).toContain(squash(`${values} ${unitText(reading.unit)}`));
      // A tall row may continue on the next page, where the other cells' lines come
      // first in reading order: compare the cell's text fragment by fragment.
      for (const fragment of fragments(readingText(reading))) expect(raw).toContain(fragment);
    }
    const exceeded = readings.filter((r) => r.exceeded === true).length;
    expect(raw.split(pdfLabels.exceeded).length - 1).toBe(exceeded);
    for (const answer of Object.values(record.answers))
      for (const fragment of fragments(answer.note)) expect(raw).toContain(fragment);
  });

  it('prints the findings in full, across pages, with requirement and deadline', () => {
    for (const finding of record.findings) {
      for (const text of [
        finding.description,
        finding.rule,
        finding.requirement,
        finding.deadline,
      ]) {
        expect(raw).toContain(squash(text));
        expect(plain).toContain(squash(text));
      }
    }
    expect(record.findings[0]?.description.length).toBe(1500);
  });

  it('lists the evidence and puts the 10 photos on photo pages with captions and stamps', () => {
    const photos = record.attachments.filter((a) => a.kind === 'photo');
    expect(photos).toHaveLength(fixturePhotos.length);
    photos.forEach((photo, i) => {
      expect(raw).toContain(squash(`${pdfLabels.photoNo}${i + 1}：${photo.caption}`));
      expect(raw).toContain(photo.sha256);
      if (photo.takenAt)
        expect(raw).toContain(
          squash(`${pdfLabels.takenAt}：${formatShanghaiMinute(photo.takenAt)}`),
        );
    });
  });

  it('carries 第 X 页 共 Y 页, the record number, the hash and the QR code on every page', () => {
    expect(pages).toBeGreaterThan(3);
    const recordNumber = record.recordNumber || `${pdfLabels.draft} ${record.id}`;
    const matrix = qrMatrix(qrPayload(recordNumber, record.hash ?? ''));
    expect(matrix.map((row) => row.map(Number).join(''))).toEqual(
      (() => {
        const { modules } = QRCode.create(qrPayload(recordNumber, record.hash ?? ''), {
          errorCorrectionLevel: 'M',
        });
        return Array.from({ length: modules.size }, (_, r) =>
          Array.from({ length: modules.size }, (_, c) => modules.get(r, c)).join(''),
        );
      })(),
    );
    for (let p = 1; p <= pages; p += 1) {
      const text = squash(pdfText(file, 'layout', p));
      expect(text).toContain(squash(pdfLabels.pageOf(p, pages)));
      expect(text).toContain(squash(`${pdfLabels.number}${recordNumber}`));
      expect(text).toContain(record.hash ?? pdfLabels.hashPending);
      expect(readQrFromPage(file, p, matrix.length), `QR on page ${p}`).toEqual(matrix);
    }
  });

  it('prints signatures, or the refusal with its witness, and the party confirmation', () => {
    if (record.refusal) {
      expect(raw).toContain(squash(`${pdfLabels.refusal}${record.refusal.reason}`));
      expect(raw).toContain(squash(`${pdfLabels.witnessSigns}${record.refusal.witnessName}`));
      // The refusal replaces the confirmation statement (docs/records.md).
      expect(raw).not.toContain(squash(pdfLabels.confirmationMissing));
    } else {
      expect(raw).toContain(squash(record.legal.partyConfirmation));
      expect(raw).toContain(squash(`${pdfLabels.partySigns}`));
    }
    for (const signature of record.signatures) expect(raw).toContain(squash(signature.name));
  });

  it(`${name.includes('draft') ? 'has' : 'has no'} the 草稿 watermark`, () => {
    for (let p = 1; p <= pages; p += 1) {
      const text = pdfText(file, 'raw', p);
      const watermark = (text.match(/^草$/gmu) ?? []).length + (text.match(/^稿$/gmu) ?? []).length;
      expect(watermark, `page ${p}`).toBe(record.status === 'draft' ? 2 : 0);
    }
  });
});

describe('the 60-item record', () => {
  it('has 60+ answered items', () => {
    const { record } = makeFixtureInspection('vocs');
    expect(Object.keys(record.answers).length).toBeGreaterThanOrEqual(60);
  });
});

describe('a fresh draft', () => {
  it('prints with empty answers marked 未填写, no signatures and no time yet', async () => {
    const record = makeInspection({ template: { id: 'dust', version: 1 }, type: 'dust' });
    const template = getTemplate('dust', 1);
    if (!template) throw new Error('dust v1 missing');
    const file = savePdf(
      'fresh-draft',
      await renderInspectionPdf(record, template, await nodeDeps()),
    );
    savePages(file, 'fresh-draft');
    const text = squash(pdfText(file, 'raw'));
    expect(text).toContain(squash(record.site.name));
    expect(text).toContain(pdfLabels.unanswered);
    expect(text).toContain(pdfLabels.confirmationMissing);
    expect(text).toContain(pdfLabels.noFindings);
    expect(text).toContain(pdfLabels.noEvidence);
    expect(text).toContain(squash(`${pdfLabels.number}${pdfLabels.unnumbered}`));
  }, 60_000);
});
