/**
 * PDF time and size against docs/design.md's targets: a 40-item record as text only (≤ 40 KB,
 * ≤ 200 ms) and with 10 photos (≤ 1.5 MB, ≤ 1.5 s), each with per-document subsets and with
 * the whole fonts embedded (jsPDF's own partial subset), as a ratio. Median of warm runs;
 * the first (cold) run is printed too, since an inspector's first PDF pays it.
 */
import type { Inspection } from '../../shared/domain/inspection';
import { inspectionModel } from '../../shared/pdf/inspectionModel';
import { modelTexts } from '../../shared/pdf/pdfModel';
import { renderInspectionPdf } from '../../shared/pdf/renderInspectionPdf';
import type { PdfDeps } from '../../shared/pdf/renderPdfDocuments';
import type { ChecklistTemplate } from '../../shared/templates/templateSchema';
import { nodeSubsetter, readShippedFonts } from '../../src-server/cli/pdfNodeDeps';
import { loadFixtureImage, makeFixtureInspection } from '../fixtures/records/recordFixtures';

const RUNS = 5;

function fortyItems(withPhotos: boolean): { record: Inspection; template: ChecklistTemplate } {
  const { record, template } = makeFixtureInspection('vocs', { findingLength: 300 });
  const answers = Object.fromEntries(Object.entries(record.answers).slice(0, 40));
  const attachments = record.attachments.filter((a) => withPhotos || a.kind !== 'photo');
  return { record: { ...record, answers, attachments }, template };
}

async function measure(label: string, withPhotos: boolean, deps: PdfDeps) {
  const { record, template } = fortyItems(withPhotos);
  const coldStart = performance.now();
  const first = await renderInspectionPdf(record, template, deps);
  const cold = performance.now() - coldStart;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await renderInspectionPdf(record, template, deps);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    label,
    ms: times[Math.floor(RUNS / 2)] ?? 0,
    cold,
    bytes: first.length,
    visible: Object.keys(record.answers).length,
  };
}

const fonts = await readShippedFonts();
const subset = await nodeSubsetter();
const base = { fonts, loadImage: loadFixtureImage, now: new Date('2026-11-28T04:00:00Z') };
const subsetDeps: PdfDeps = { ...base, subset };
const wholeDeps: PdfDeps = { ...base, subset: (font) => Promise.resolve(font) };

const rows = [
  { ...(await measure('40 items, text only', false, subsetDeps)), target: { kb: 40, ms: 200 } },
  {
    ...(await measure('40 items, text only, whole fonts', false, wholeDeps)),
    target: { kb: 40, ms: 200 },
  },
  { ...(await measure('40 items + 10 photos', true, subsetDeps)), target: { kb: 1536, ms: 1500 } },
  {
    ...(await measure('40 items + 10 photos, whole fonts', true, wholeDeps)),
    target: { kb: 1536, ms: 1500 },
  },
];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log('case | items | size KB (target) | median ms (target) | cold ms');
for (const r of rows)
  console.log(
    `${r.label} | ${r.visible} | ${kb(r.bytes)} (≤ ${r.target.kb}) ${r.bytes / 1024 <= r.target.kb ? 'ok' : 'OVER'} | ${r.ms.toFixed(0)} (≤ ${r.target.ms}) ${r.ms <= r.target.ms ? 'ok' : 'OVER'} | ${r.cold.toFixed(0)}`,
  );
const [text, textWhole, photos, photosWhole] = rows;
if (text && textWhole && photos && photosWhole) {
  console.log(
    `whole fonts / subset, text only: size ×${(textWhole.bytes / text.bytes).toFixed(1)}, time ×${(textWhole.ms / text.ms).toFixed(1)}`,
  );
  console.log(
    `whole fonts / subset, 10 photos: size ×${(photosWhole.bytes / photos.bytes).toFixed(1)}, time ×${(photosWhole.ms / photos.ms).toFixed(1)}`,
  );
}
// Why the text-only size is what it is: the embedded glyphs, not the layout.
const { record: sample, template: sampleTemplate } = fortyItems(false);
const texts = modelTexts(inspectionModel(sample, sampleTemplate));
const charsOf = (bold: boolean) =>
  [...new Set(texts.filter((t) => (t.bold === true) === bold).flatMap((t) => [...t.text]))].join(
    '',
  );
const [regularSubset, boldSubset] = await Promise.all([
  subset(fonts.regular, charsOf(false)),
  subset(fonts.bold, charsOf(true)),
]);
console.log(
  `40-item record: ${[...charsOf(false)].length} distinct characters in Regular, ${[...charsOf(true)].length} in Bold; subsets ${kb(regularSubset.length)} KB + ${kb(boldSubset.length)} KB before Flate`,
);
console.log(
  'Fixture photos are small JPEGs (~13 KB each); camera photos downscaled by the evidence feature weigh more.',
);
