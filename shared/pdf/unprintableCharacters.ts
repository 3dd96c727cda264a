/**
 * The glyph guard without the font: which characters an inspection record would print that
 * the shipped fonts cannot (no glyph in Regular or Bold, no drawn stand-in, or beyond the BMP),
 * judged from the generated coverage table (fontCoverage.ts), so it is cheap enough to run in
 * the renderer before finalising: a finalised record cannot be changed, so an unprintable
 * character must be caught while it is still a draft. Walks the same document model the
 * renderer prints (inspectionModel + modelTexts), so what it checks cannot drift from the PDF.
 */
import type { Inspection } from '../domain/inspection';
import type { ChecklistTemplate } from '../templates/templateSchema';
import { fontCoverageRanges } from './fontCoverage';
import { inspectionModel } from './inspectionModel';
import { IGNORED } from './missingGlyphs';
import { modelTexts } from './pdfModel';

export interface UnprintableCharacter {
  readonly char: string;
  readonly codePoint: number;
  /** The record field to fix, as finalise-problem segments: ['site', 'name'], ['findings', id, 'description']. */
  readonly path: readonly (string | number)[];
  /** The model's field name, as MissingGlyphError names it: `site.name`, `findings[0].description`. */
  readonly field: string;
  /** The checklist item the field belongs to (an answer's note or reading, a finding). */
  readonly itemId?: string;
}

/** True when both shipped faces print the code point (binary search of the range table). */
export function isPrintableCodePoint(codePoint: number): boolean {
  let low = 0;
  let high = fontCoverageRanges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = fontCoverageRanges[mid * 2] ?? 0;
    const end = fontCoverageRanges[mid * 2 + 1] ?? -1;
    if (codePoint < start) high = mid - 1;
    else if (codePoint > end) low = mid + 1;
    else return true;
  }
  return false;
}

/** A printed field traced back to what the inspector typed, or undefined for fixed text. */
interface Source {
  readonly path: readonly (string | number)[];
  /** The record's own text there; characters of labels around it are not the field's. */
  readonly entered: string;
  readonly itemId?: string;
}

/** Every string inside a value (a reading's unit, limit source, instrument model and serial). */
function textsIn(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textsIn).join('\n');
  if (value !== null && typeof value === 'object')
    return Object.values(value).map(textsIn).join('\n');
  return '';
}

const SITE = /^site\.(.+)$/;
const INSPECTOR = /^inspectors\[(\d+)\]\.(name|certificateNumber|unit)$/;
const ANSWER = /^answers\["(.+)"\]\.(note|reading)$/;
const FINDING = /^findings\[(\d+)\]\.(description|rule|requirement|deadline)$/;
const CAPTION = /^attachments\[(\d+)\]\.caption$/;

/**
 * Where a model field comes from in the record. Labels, template text, the legal notices and
 * the agency name (which repeats inspectors[0].unit), dates and hashes are not typed by the
 * inspector: the coverage test (tests/unit/pdf/fontCoverage.test.ts) holds the fixed ones.
 */
function sourceOf(field: string, record: Inspection): Source | undefined {
  const site = SITE.exec(field);
  if (site?.[1]) {
    const keys = site[1].split('.');
    return { path: ['site', ...keys], entered: textsIn(keys.reduce<unknown>(step, record.site)) };
  }
  const inspector = INSPECTOR.exec(field);
  if (inspector?.[1] && inspector[2]) {
    const index = Number(inspector[1]);
    const key = inspector[2];
    return {
      path: ['inspectors', index, key],
      entered: textsIn(step(record.inspectors[index], key)),
    };
  }
  const answer = ANSWER.exec(field);
  if (answer?.[1] && answer[2]) {
    const [, itemId, key] = answer;
    const stored = record.answers[itemId];
    // The reading cell also prints the reason for a result against the judgement.
    const reason = key === 'reading' ? (stored?.overrideReason ?? '') : '';
    return {
      path: ['answers', itemId, key],
      entered: `${textsIn(step(stored, key))}\n${reason}`,
      itemId,
    };
  }
  const finding = FINDING.exec(field);
  if (finding?.[1] && finding[2]) {
    const found = record.findings[Number(finding[1])];
    if (found === undefined) return undefined;
    const key = finding[2];
    return {
      path: ['findings', found.id, key],
      entered: textsIn(step(found, key)),
      ...(found.itemId === undefined ? {} : { itemId: found.itemId }),
    };
  }
  const caption = CAPTION.exec(field);
  if (caption?.[1]) {
    const attachment = record.attachments[Number(caption[1])];
    if (attachment === undefined) return undefined;
    return {
      path: ['attachments', attachment.sha256, 'caption'],
      entered: attachment.caption ?? '',
    };
  }
  if (field.startsWith('facts.')) {
    const factId = field.slice('facts.'.length);
    return { path: ['facts', factId], entered: textsIn(record.facts[factId]) };
  }
  switch (field) {
    case 'place':
      return { path: ['place'], entered: record.place };
    case 'controlLevelBasis.reason':
      return { path: ['facts', 'controlLevel'], entered: record.controlLevelBasis?.reason ?? '' };
    case 'legal.partyConfirmation':
      return { path: ['legal', 'partyConfirmation'], entered: record.legal.partyConfirmation };
    case 'refusal.reason':
      return { path: ['refusal', 'reason'], entered: record.refusal?.reason ?? '' };
    case 'refusal.witnessName':
      return { path: ['refusal', 'witnessName'], entered: record.refusal?.witnessName ?? '' };
    case 'signatures.party.name':
      return { path: ['party', 'signature'], entered: namesOf(record, 'party') };
    case 'signatures.witness.name':
      return { path: ['signatures', 'witness'], entered: namesOf(record, 'witness') };
    default:
      return undefined;
  }
}

function step(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  const found: unknown = Reflect.get(value, key);
  return found;
}

function namesOf(record: Inspection, role: 'party' | 'witness'): string {
  return record.signatures
    .filter((s) => s.role === role)
    .map((s) => s.name)
    .join('\n');
}

/**
 * Characters of the record the PDF cannot print, once per character and field, in the order
 * the document prints them. Empty when the record prints whole.
 */
export function findUnprintableCharacters(
  record: Inspection,
  template: ChecklistTemplate,
): UnprintableCharacter[] {
  const found: UnprintableCharacter[] = [];
  const seen = new Set<string>();
  for (const { text, field } of modelTexts(inspectionModel(record, template))) {
    let source: Source | undefined | null = null;
    for (const char of text) {
      if (IGNORED.has(char)) continue;
      const codePoint = char.codePointAt(0) ?? 0;
      if (isPrintableCodePoint(codePoint)) continue;
      // Traced lazily: nearly every text prints whole.
      if (source === null) source = sourceOf(field, record);
      if (source === undefined || !source.entered.includes(char)) continue;
      const key = `${source.path.join('\u0000')}\u0001${char}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({
        char,
        codePoint,
        path: source.path,
        field,
        ...(source.itemId === undefined ? {} : { itemId: source.itemId }),
      });
    }
  }
  return found;
}
