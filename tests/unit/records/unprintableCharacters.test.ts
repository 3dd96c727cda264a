/**
 * Finalising refuses a record the PDF could never print: an emoji or a character beyond the
 * BMP in any field the document prints is a blocking problem at that field, while the units
 * and punctuation inspectors really write pass. Cross-checked against the font-based guard.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { newRecordId } from '../../../shared/domain/ids';
import type { Inspection } from '../../../shared/domain/inspection';
import { visibleItems } from '../../../shared/pdf/checklistBlocks';
import { findMissingGlyphs } from '../../../shared/pdf/renderInspectionPdf';
import { findUnprintableCharacters } from '../../../shared/pdf/unprintableCharacters';
import {
  findFinaliseProblems,
  type FinaliseProblem,
} from '../../../shared/records/finaliseValidation';
import { evidenceEn, evidenceZh } from '../../../src-renderer/features/evidence/messages';
import { readShippedFonts } from '../../../src-server/cli/pdfNodeDeps';
import { dustTemplate, makeFinalisable, makeRefusedFinalisable } from './recordFixtures';

const unprintable = (record: Inspection): FinaliseProblem[] =>
  findFinaliseProblems(record, dustTemplate).filter((p) => p.code === 'unprintable-character');

const base = makeFinalisable();
const visible = visibleItems(base, dustTemplate).flatMap((s) => s.items);
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`dust v1 shows ${what}`);
  return value;
}
const checkItem = required(
  visible.find((i) => i.kind === 'check'),
  'a check item',
);
const readingItem = required(
  visible.find((i) => i.kind === 'reading'),
  'a reading item',
);

const finding = (over: Partial<Inspection['findings'][number]> = {}) => ({
  id: newRecordId(),
  itemId: checkItem.id,
  description: '土方开挖未洒水，现场扬尘明显',
  rule: '《吕梁市建筑施工扬尘治理“六个百分之百”》',
  requirement: '立即洒水降尘，配备雾炮',
  deadline: '2026-03-20',
  ...over,
});

/** The inspector's texts with every symbol of the issue, as they would really type them. */
function withSymbols(): Inspection {
  const answer = base.answers[readingItem.id];
  const reading = answer?.reading;
  if (!answer || !reading) throw new Error('fixture answers every reading');
  return {
    ...base,
    site: { ...base.site, name: '离石区“滨河”安置房《二期》项目 — 占地 12000㎡' },
    place: '东门外 50 m，PM₁₀ 监测点',
    answers: {
      ...base.answers,
      [checkItem.id]: { result: 'fail', note: '湿度≥85％，温度 −3℃≤t≤5℃，消光系数 0.5 m⁻¹' },
      [readingItem.id]: {
        ...answer,
        reading: {
          ...reading,
          instrument: {
            type: '',
            model: 'TSI 8530（μg/m³）',
            serial: 'SN-2026/001',
            calibratedOn: '',
          },
        },
      },
    },
    findings: [finding({ description: '堆土约 300 m³ 未覆盖（见照片1）…' })],
  };
}

describe('unprintable characters block finalising', () => {
  it('passes a record with μ ℃ ≥ ≤ ³ ㎡ ％ — “” 《》 m⁻¹ ₁₀ …', () => {
    const record = withSymbols();
    expect(findUnprintableCharacters(record, dustTemplate)).toEqual([]);
    expect(findFinaliseProblems(record, dustTemplate)).toEqual([]);
    expect(findFinaliseProblems(makeRefusedFinalisable(), dustTemplate)).toEqual([]);
  });

  it('names an emoji in the site name once, at the field, though the name prints twice', () => {
    const record = { ...base, site: { ...base.site, name: '离石区滨河北路安置房项目🏗' } };
    expect(unprintable(record)).toEqual([
      {
        code: 'unprintable-character',
        messageKey: 'evidence.problems.unprintable-character',
        path: ['site', 'name'],
        params: { char: '🏗', field: 'site.name', codePoint: 'U+1F3D7' },
      },
    ]);
  });

  it('names a character beyond the BMP (𠀀) in a finding, with its item', () => {
    const bad = finding({ description: '𠀀字号仓库未设置围挡' });
    const problems = unprintable({ ...withSymbols(), findings: [bad] });
    expect(problems).toEqual([
      expect.objectContaining({
        path: ['findings', bad.id, 'description'],
        itemId: checkItem.id,
        params: { char: '𠀀', field: 'findings[0].description', codePoint: 'U+20000' },
      }),
    ]);
  });

  it('walks every field the record prints', () => {
    const answer = base.answers[readingItem.id];
    const reading = answer?.reading;
    if (!answer || !reading) throw new Error('fixture answers every reading');
    const refused = makeRefusedFinalisable();
    const attachment = base.attachments[0];
    if (!attachment) throw new Error('fixture has a photo');
    const cases: [string, Inspection, (string | number)[]][] = [
      [
        'address',
        { ...base, site: { ...base.site, address: '滨河北路🚧8号' } },
        ['site', 'address'],
      ],
      [
        'contact',
        { ...base, site: { ...base.site, contact: { ...base.site.contact, name: '王工😀' } } },
        ['site', 'contact', 'name'],
      ],
      ['place', { ...base, place: '工地东门🚪' }, ['place']],
      [
        'inspector unit',
        {
          ...base,
          inspectors: base.inspectors.map((i, n) =>
            n === 1 ? { ...i, unit: '吕梁市生态环境局🌲' } : i,
          ),
        },
        ['inspectors', 1, 'unit'],
      ],
      [
        'note',
        {
          ...base,
          answers: { ...base.answers, [checkItem.id]: { result: 'pass', note: '已洒水💧' } },
        },
        ['answers', checkItem.id, 'note'],
      ],
      [
        'instrument',
        {
          ...base,
          answers: {
            ...base.answers,
            [readingItem.id]: {
              ...answer,
              reading: {
                ...reading,
                instrument: { type: '', model: '风速仪🌬', serial: '', calibratedOn: '' },
              },
            },
          },
        },
        ['answers', readingItem.id, 'reading'],
      ],
      [
        'fact',
        { ...base, facts: { ...base.facts, builder: '吕梁市城投公司™️' } },
        ['facts', 'builder'],
      ],
      [
        'caption',
        {
          ...base,
          attachments: [{ ...attachment, caption: '东门冲洗设施📷' }, ...base.attachments.slice(1)],
        },
        ['attachments', attachment.sha256, 'caption'],
      ],
      [
        'confirmation',
        { ...base, legal: { ...base.legal, partyConfirmation: '以上记录属实👍' } },
        ['legal', 'partyConfirmation'],
      ],
      [
        'party signature name',
        {
          ...base,
          signatures: base.signatures.map((s) =>
            s.role === 'party' ? { ...s, name: '李明✍' } : s,
          ),
        },
        ['party', 'signature'],
      ],
      [
        'refusal reason',
        { ...refused, refusal: { reason: '拒绝签字🙅', witnessName: '王五' } },
        ['refusal', 'reason'],
      ],
    ];
    for (const [name, record, path] of cases)
      expect(
        unprintable(record).map((p) => p.path),
        name,
      ).toContainEqual(path);
  });

  it('blames the witness name, not the refusal sentence that quotes it', () => {
    const refused = makeRefusedFinalisable();
    const record = {
      ...refused,
      refusal: { reason: '当事人称需请示公司领导，拒绝签字', witnessName: '王𠀀' },
      signatures: refused.signatures.map((s) =>
        s.role === 'witness' ? { ...s, name: '王𠀀' } : s,
      ),
    };
    expect(unprintable(record).map((p) => p.path)).toEqual([['refusal', 'witnessName']]);
  });

  it('leaves an unknown template to its own problem', () => {
    const record = { ...base, template: { id: 'dust', version: 99 }, place: '东门🚪' };
    expect(findFinaliseProblems(record, dustTemplate).map((p) => p.code)).toEqual([
      'template-unknown',
    ]);
  });

  it('has a message in both languages naming the character and the field', () => {
    for (const messages of [evidenceZh, evidenceEn]) {
      const text = messages.problems['unprintable-character'];
      expect(text).toContain('{{char}}');
      expect(text).toContain('{{field}}');
    }
  });
});

describe('agrees with the font-based guard (findMissingGlyphs)', () => {
  let regular: Uint8Array;
  let bold: Uint8Array;
  beforeAll(async () => {
    ({ regular, bold } = await readShippedFonts());
  });

  it('finds the same characters as the shipped fonts do', () => {
    const record: Inspection = {
      ...withSymbols(),
      site: { ...base.site, name: '交城县🌟星光建材厂️' },
      place: '东门\u2705，𪚥字号仓库',
      findings: [finding({ description: '未采用浸没式卸油😠', requirement: '整改❤\ufffd' })],
    };
    const fromTable = new Set(findUnprintableCharacters(record, dustTemplate).map((m) => m.char));
    const fromFonts = new Set(
      [regular, bold].flatMap((font) =>
        findMissingGlyphs(record, dustTemplate, font).map((m) => m.char),
      ),
    );
    expect(fromTable.size).toBeGreaterThanOrEqual(6);
    expect([...fromTable].sort()).toEqual([...fromFonts].sort());
  });
});
