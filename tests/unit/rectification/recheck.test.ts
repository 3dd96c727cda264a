import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/domain/hash';
import { newRecordId } from '../../../shared/domain/ids';
import { Inspection } from '../../../shared/domain/inspection';
import { computeRecordHash } from '../../../shared/records/contentHash';
import { findFinaliseProblems } from '../../../shared/records/finaliseValidation';
import { createRecheck, itemsToRecheck } from '../../../shared/rectification/createRecheck';
import { deriveRectificationItems } from '../../../shared/rectification/rectificationState';
import { makeInspector } from '../../fixtures/builders';
import { dustTemplate, fakeBytes, makeFinalisable } from '../records/recordFixtures';
import { finding, original, recheck } from './rectificationFixtures';

const now = '2026-03-27T02:00:00.000Z';
const inspectors = [makeInspector({ name: '王五' }), makeInspector({ name: '赵六' })];

function draftOf(record: Inspection): Inspection {
  return createRecheck(record, deriveRectificationItems([record], new Date(now)), {
    id: newRecordId(),
    now,
    deviceId: record.deviceId,
    inspectors,
  });
}

describe('starting a 复查', () => {
  it('carries the pending findings only, with requirement and deadline, and links the original', () => {
    const record = original([
      finding('2026-03-25', '甲'),
      finding('2026-03-26', '乙'),
      { ...finding(''), description: '丙' },
    ]);
    const draft = draftOf(record);
    expect(draft).toMatchObject({
      status: 'draft',
      reason: 'recheck',
      site: record.site,
      answers: {},
      findings: [],
    });
    expect(draft.recheck?.of).toEqual({
      id: record.id,
      hash: record.hash,
      recordNumber: record.recordNumber,
    });
    expect(
      draft.recheck?.items.map((i) => [i.description, i.requirement, i.deadline, i.outcome]),
    ).toEqual([
      ['甲', '设置车辆冲洗设施', '2026-03-25', undefined],
      ['乙', '设置车辆冲洗设施', '2026-03-26', undefined],
    ]);
    expect(draft.inspectors.map((p) => p.name)).toEqual(['王五', '赵六']);
  });

  it('refuses a draft source and a record with nothing pending', () => {
    const record = original([finding('2026-03-25')]);
    expect(() => draftOf({ ...record, status: 'draft' })).toThrow(/not finalised/);
    const closedBy = recheck(record, [record], now, () => ({ outcome: 'rectified' }));
    const items = deriveRectificationItems([record, closedBy], new Date(now));
    expect(itemsToRecheck(record, items)).toEqual([]);
    expect(() =>
      createRecheck(record, items, {
        id: newRecordId(),
        now,
        deviceId: record.deviceId,
        inspectors,
      }),
    ).toThrow(/no pending/);
  });

  it('leaves the hash of a record without `recheck` unchanged', () => {
    const record = original([finding('2026-03-25')]);
    const reparsed = Inspection.parse(JSON.parse(JSON.stringify(record)));
    expect('recheck' in reparsed).toBe(false);
    expect(computeRecordHash({ ...reparsed, hash: undefined })).toBe(record.hash);
  });
});

describe('finalising a 复查', () => {
  const photo = fakeBytes(42, 1000);
  const photoSha = sha256Hex(photo);

  function filled(items: (i: number) => object, withPhoto = true): Inspection {
    const base = makeFinalisable();
    const draft = draftOf(original([finding('2026-03-25'), finding('2026-03-26')]));
    return Inspection.parse({
      ...base,
      ...draft,
      startedAt: now,
      endedAt: now,
      location: base.location,
      legal: base.legal,
      signatures: base.signatures,
      inspectors: base.inspectors,
      recorder: base.recorder,
      attachments: [
        ...base.attachments,
        ...(withPhoto
          ? [{ sha256: photoSha, kind: 'photo', mime: 'image/jpeg', size: photo.length }]
          : []),
      ],
      recheck: {
        ...draft.recheck,
        items: draft.recheck?.items.map((item, i) => ({ ...item, ...items(i) })),
      },
    });
  }
  const codes = (r: Inspection) => findFinaliseProblems(r, dustTemplate).map((p) => p.code);

  it('needs no checklist answers, only an outcome per item', () => {
    expect(codes(filled(() => ({})))).toEqual([
      'recheck-outcome-missing',
      'recheck-outcome-missing',
    ]);
    expect(
      codes(
        filled((i) =>
          i === 0 ? { outcome: 'rectified', photos: [photoSha] } : { outcome: 'referred' },
        ),
      ),
    ).toEqual([]);
  });

  it('needs a photo the record holds for rectified, a future deadline for not rectified', () => {
    expect(codes(filled(() => ({ outcome: 'rectified', photos: [photoSha] }), false))).toEqual([
      'recheck-photo-missing',
      'recheck-photo-missing',
    ]);
    expect(
      codes(
        filled((i) =>
          i === 0
            ? { outcome: 'not-rectified' }
            : { outcome: 'not-rectified', newDeadline: '2026-03-26' },
        ),
      ),
    ).toEqual(['recheck-deadline-missing', 'recheck-deadline-past']);
    expect(codes(filled(() => ({ outcome: 'not-rectified', newDeadline: '2026-03-27' })))).toEqual(
      [],
    );
  });
});
