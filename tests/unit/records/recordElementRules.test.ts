import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/domain/hash';
import type { Inspection } from '../../../shared/domain/inspection';
import { partyMarkOf, signatureBlocks } from '../../../shared/pdf/evidenceBlocks';
import { inspectionModel } from '../../../shared/pdf/inspectionModel';
import { machineIdentityOf } from '../../../shared/domain/machine';
import { makeFixtureMachine } from '../../fixtures/records/recordFixtures';
import { modelTexts } from '../../../shared/pdf/pdfModel';
import { findFinaliseProblems } from '../../../shared/records/finaliseValidation';
import { computeRecordHash } from '../../../shared/records/contentHash';
import { fixedRecord } from './fixedRecord';
import {
  dustTemplate,
  makeFinalisable,
  makeRefusedFinalisable,
  signatureBytes,
} from './recordFixtures';

const codes = (record: Inspection) =>
  findFinaliseProblems(record, dustTemplate).map((p) => `${p.code}@${p.path.join('.')}`);

const witnessSigned = (record: Inspection, name: string): Inspection => ({
  ...record,
  signatures: [
    ...record.signatures.filter((s) => s.role !== 'party'),
    {
      role: 'witness',
      name,
      attachmentSha256: sha256Hex(signatureBytes.witness),
      signedAt: '2026-03-15T02:31:00.000Z',
    },
  ],
});

function absent(witnessName = '王五'): Inspection {
  const base = makeFinalisable();
  return { ...witnessSigned(base, witnessName), partyAbsent: { witnessName } };
}

describe('record element rules (edition 2)', () => {
  it('asks for the reason and a recorder who is one of the inspectors', () => {
    const { reason: _r, recorder: _c, ...bare } = makeFinalisable();
    expect(codes(bare as Inspection)).toEqual([
      'reason-missing@reason',
      'recorder-missing@recorder',
    ]);
    expect(codes({ ...makeFinalisable(), recorder: '赵六' })).toEqual([
      'recorder-missing@recorder',
    ]);
    // Spaces typed around a name do not make another person.
    expect(codes({ ...makeFinalisable(), recorder: ' 李四 ' })).toEqual([]);
  });

  it('refuses a refusal that keeps the confirmation statement', () => {
    const refused = makeRefusedFinalisable();
    expect(codes(refused)).toEqual([]);
    expect(
      codes({
        ...refused,
        legal: { ...refused.legal, partyConfirmation: '以上记录已阅，与事实相符' },
      }),
    ).toEqual(['refusal-with-confirmation@legal.partyConfirmation']);
  });

  it('refuses an inspector as the witness of a refusal or of an absence', () => {
    const refused = makeRefusedFinalisable();
    const byInspector = witnessSigned(
      { ...refused, refusal: { reason: '拒绝签字', witnessName: '张三' } },
      '张三',
    );
    expect(codes(byInspector)).toContain('witness-is-inspector@refusal.witnessName');
    expect(codes(absent('李四'))).toContain('witness-is-inspector@partyAbsent.witnessName');
  });

  it('accepts an absent party with a signed witness, without signature or confirmation', () => {
    const record = absent();
    expect(record.signatures.some((s) => s.role === 'party')).toBe(false);
    expect(codes({ ...record, legal: { ...record.legal, partyConfirmation: '' } })).toEqual([]);
  });

  it('needs the absent party’s witness, and their signature, and no party signature', () => {
    expect(codes({ ...absent(), partyAbsent: { witnessName: ' ' } })).toEqual([
      'absence-witness-missing@partyAbsent.witnessName',
    ]);
    const unsigned = {
      ...absent(),
      signatures: absent().signatures.filter((s) => s.role !== 'witness'),
    };
    expect(codes(unsigned)).toEqual(['signature-witness-missing@partyAbsent.witnessSignature']);
    expect(codes({ ...makeFinalisable(), partyAbsent: { witnessName: '王五' } })).toContain(
      'party-absent-and-signed@partyAbsent',
    );
  });

  it('does not judge a record finalised under edition 1 by the new rules, nor change its hash', () => {
    expect(fixedRecord.finaliseRules).toBeUndefined();
    expect(fixedRecord.reason).toBeUndefined();
    const problems = findFinaliseProblems(fixedRecord, dustTemplate).map((p) => p.code);
    expect(problems).not.toContain('reason-missing');
    expect(problems).not.toContain('recorder-missing');
    expect(computeRecordHash(fixedRecord)).toBe(
      '8d068abcac0b7abfe4230bd9ee671ed39d5d79c42d678a8749100a0cfe776fc7',
    );
    // Same rules for a record finalised under edition 2: judged by them.
    const { reason: _r, ...v2 } = {
      ...makeFinalisable(),
      status: 'finalized' as const,
      finaliseRules: 2,
    };
    expect(findFinaliseProblems(v2 as Inspection, dustTemplate).map((p) => p.code)).toContain(
      'reason-missing',
    );
  });
});

describe('printed party, witness, reason, recorder and location', () => {
  const texts = (record: Inspection) =>
    modelTexts(inspectionModel(record, dustTemplate, '吕梁市生态环境局离石分局'))
      .map((t) => t.text)
      .join('\n');

  it('prints the refusal in place of a confirmation an old record kept', () => {
    const refused = makeRefusedFinalisable();
    const both = {
      ...refused,
      legal: { ...refused.legal, partyConfirmation: '以上记录已阅，与事实相符' },
    };
    const text = texts(both);
    expect(text).toContain(
      '当事人拒绝签名。理由：当事人称需请示公司领导，拒绝签字；见证人：王五。',
    );
    expect(text).not.toContain('以上记录已阅');
    expect(partyMarkOf(both)?.text.text).toBe('拒签（见证人：王五）');
  });

  it('prints a refusal reason typed as a sentence without a doubled stop', () => {
    const refused = makeRefusedFinalisable();
    const sentence = {
      ...refused,
      refusal: { ...refused.refusal!, reason: '当事人称需请示公司领导，拒绝签字。 ' },
    };
    const text = texts(sentence);
    expect(text).toContain(
      '当事人拒绝签名。理由：当事人称需请示公司领导，拒绝签字；见证人：王五。',
    );
    expect(text).not.toContain('。；');
  });

  it('prints the absence with its witness, and the witness signs', () => {
    const record = absent();
    const text = texts(record);
    expect(text).toContain('当事人不在场。见证人：王五。');
    expect(text).not.toContain('以上记录已阅');
    const lines = signatureBlocks(record).flatMap((b) => (b.kind === 'signatures' ? b.lines : []));
    expect(lines.map((l) => `${l.role.text}${l.name.text}`)).toEqual([
      '记录人：张三',
      '检查人员：李四',
      '见证人：王五',
    ]);
    expect(lines.at(-1)?.imageSha256).toBe(sha256Hex(signatureBytes.witness));
    expect(partyMarkOf(record)).toEqual({
      text: { text: '不在场（见证人：王五）', field: 'partyAbsent' },
    });
  });

  it('puts the party’s signature image on every page’s line', () => {
    expect(partyMarkOf(makeFinalisable())).toEqual({
      imageSha256: sha256Hex(signatureBytes.party),
      text: { text: '（李明）', field: 'signatures.party.name' },
    });
  });

  it('prints reason, recorder and location with its source; an old record its location', () => {
    const text = texts(makeFinalisable());
    expect(text).toContain('检查事由\n日常巡查');
    expect(text).toContain('张三（记录人）');
    expect(text).toContain('检查位置\n北纬 37.520000°，东经 111.140000°（系统定位，精度约 12 米）');
    const old = texts(fixedRecord);
    expect(old).toContain('检查位置');
    expect(old).not.toContain('检查事由');
    expect(old).not.toContain('（记录人）');
  });

  it('prints the machine identity a check record carries in 基本情况', () => {
    const machine = makeFixtureMachine({ pin: '' });
    const text = texts({ ...makeFinalisable(), machine: machineIdentityOf(machine) });
    for (const expected of [
      '机械类型\n挖掘机',
      '品牌\n三一重工（SANY）',
      '型号\nSY215C-9',
      '产品识别码（PIN）\n无（铭牌另有旧版出厂编号，以 PIN 为准）',
      '发动机型号\nISUZU AA-6HK1XQP',
      '发动机编号\n6HK1-528031',
      '所有人\n山西建投第三建筑工程有限公司',
      '环保登记编码\nLL2026-0001234',
      '排放阶段\n国三',
      '额定净功率\n128.5 kW',
      '登记日期\n2026-03-02',
      '进场日期\n2026-03-05',
      '登记区县\n孝义市',
    ])
      expect(text).toContain(expected);
    expect(texts(makeFinalisable())).not.toContain('发动机编号');
  });
});
