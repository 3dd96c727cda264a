import { describe, expect, it } from 'vitest';
import { qrPayload } from '../../../shared/pdf/qrMatrix';
import {
  checkPrintedRecord,
  parsePrintedQr,
  type CheckableRecord,
} from '../../../shared/records/printedRecordCheck';

const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);
const NUMBER = '孝义-2026-D7K-0042';
const original: CheckableRecord = { id: 'r1', status: 'finalized', recordNumber: NUMBER, hash: H1 };
const none = () => [];

describe('reading a printed record’s QR (docs/records.md "Checking a printed record")', () => {
  it('reads what the PDF prints, and nothing else', () => {
    expect(parsePrintedQr(qrPayload(NUMBER, H1))).toEqual({
      kind: 'record',
      recordNumber: NUMBER,
      hash: H1,
    });
    expect(
      parsePrintedQr(qrPayload('草稿 0190f5a4-0000-7000-8000-000000000000', '')),
    ).toMatchObject({ kind: 'draft' });
    for (const text of [
      '',
      'BSI1|x|y',
      `BSI2|${NUMBER}|${H1}`,
      `BSI1|${NUMBER}|${H1.toUpperCase()}`,
      `BSI1|${NUMBER}|${H1}|extra`,
      `BSI1|太原-2026-D7K-0042|${H1}`,
      'https://example.com',
    ])
      expect(parsePrintedQr(text), text).toBeUndefined();
  });

  it('一致 when number and hash match a finalised record', () => {
    const qr = parsePrintedQr(qrPayload(NUMBER, H1));
    expect(qr && checkPrintedRecord(qr, [original], none)).toEqual({
      kind: 'genuine',
      record: original,
    });
  });

  it('内容不一致 when the number exists with another hash', () => {
    const qr = parsePrintedQr(qrPayload(NUMBER, H2));
    expect(qr && checkPrintedRecord(qr, [original], none)).toEqual({
      kind: 'mismatch',
      record: original,
    });
  });

  it('未找到 when no finalised record holds the number (a draft with it does not count)', () => {
    const qr = parsePrintedQr(qrPayload(NUMBER, H1));
    expect(qr && checkPrintedRecord(qr, [], none)).toEqual({ kind: 'notFound' });
    expect(qr && checkPrintedRecord(qr, [{ ...original, status: 'draft' }], none)).toEqual({
      kind: 'notFound',
    });
  });

  it('已有更正 only for a finalised amendment of this very version', () => {
    const qr = parsePrintedQr(qrPayload(NUMBER, H1));
    const amendment: CheckableRecord = {
      id: 'r2',
      status: 'finalized',
      recordNumber: '孝义-2026-D7K-0050',
      hash: H2,
      amends: { id: 'r1', hash: H1 },
    };
    expect(qr && checkPrintedRecord(qr, [original], () => [amendment])).toEqual({
      kind: 'superseded',
      record: original,
      amendment,
    });
    expect(
      qr && checkPrintedRecord(qr, [original], () => [{ ...amendment, status: 'draft' }]),
    ).toEqual({ kind: 'genuine', record: original });
  });

  it('a draft’s print is never evidence', () => {
    const qr = parsePrintedQr(qrPayload('草稿 r9', ''));
    expect(qr && checkPrintedRecord(qr, [original], none)).toEqual({ kind: 'draft' });
  });
});
