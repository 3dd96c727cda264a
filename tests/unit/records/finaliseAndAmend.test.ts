import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import { newDeviceId, newRecordId } from '../../../shared/domain/ids';
import { createAmendment } from '../../../shared/records/amendment';
import { computeRecordHash, verifyRecord } from '../../../shared/records/contentHash';
import { finaliseInspection } from '../../../shared/records/finalise';
import { currentFinaliseRules } from '../../../shared/records/finaliseRules';
import { attachmentBytesOf, makeFinalisable, makeRefusedFinalisable } from './recordFixtures';

const now = '2026-03-15T02:45:00.000Z';

describe('finaliseInspection', () => {
  it('sets status, number and time, keeps endedAt, and hashes last', () => {
    const draft = makeFinalisable();
    const done = finaliseInspection(draft, { recordNumber: '离石-2026-D7K-0001', now });
    expect(done).toMatchObject({
      status: 'finalized',
      recordNumber: '离石-2026-D7K-0001',
      updatedAt: now,
      endedAt: draft.endedAt,
      rev: draft.rev + 1,
      finaliseRules: currentFinaliseRules,
    });
    expect(done.hash).toBe(computeRecordHash(done));
    expect(verifyRecord(done, attachmentBytesOf()).ok).toBe(true);
  });

  it('refuses a record that is already finalised', () => {
    const done = finaliseInspection(makeFinalisable(), { recordNumber: '离石-2026-D7K-0001', now });
    expect(() => finaliseInspection(done, { recordNumber: '离石-2026-D7K-0002', now })).toThrow(
      /already finalized/,
    );
  });
});

describe('createAmendment', () => {
  it('makes a linked draft with a new envelope and leaves the original byte-identical', () => {
    const original = finaliseInspection(makeRefusedFinalisable(), {
      recordNumber: '离石-2026-D7K-0001',
      now,
    });
    const before = canonicalJson(original);
    const id = newRecordId();
    const device = newDeviceId();
    const amendment = createAmendment(original, id, '2026-03-16T01:00:00.000Z', device);
    expect(canonicalJson(original)).toBe(before);
    expect(amendment).toMatchObject({
      id,
      rev: 1,
      baseRev: 0,
      status: 'draft',
      deviceId: device,
      createdAt: '2026-03-16T01:00:00.000Z',
      recordNumber: '',
      amends: { id: original.id, hash: original.hash },
    });
    expect(amendment.hash).toBeUndefined();
    // Content carried over; signatures and the refusal attested the old text and are not.
    expect(amendment.answers).toEqual(original.answers);
    expect(amendment.site).toEqual(original.site);
    expect(amendment.signatures).toEqual([]);
    expect(amendment.refusal).toBeUndefined();
    expect(amendment.attachments.map((a) => a.kind)).toEqual(['photo']);
  });

  it('refuses to amend a draft', () => {
    expect(() => createAmendment(makeFinalisable(), newRecordId(), now)).toThrow(/not finalised/);
  });
});
