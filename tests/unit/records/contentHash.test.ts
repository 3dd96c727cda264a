import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import { sha256Hex } from '../../../shared/domain/hash';
import { DeviceId } from '../../../shared/domain/ids';
import type { Inspection } from '../../../shared/domain/inspection';
import {
  computeRecordHash,
  recordHashPreimage,
  referencedAttachmentHashes,
  verifyRecord,
} from '../../../shared/records/contentHash';
import { finaliseInspection } from '../../../shared/records/finalise';
import { fixedRecord } from './fixedRecord';
import { attachmentBytesOf, makeFinalisable, photoBytes } from './recordFixtures';

/**
 * Fixed vector. Cross-checked when written with an independent implementation (Python's
 * json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False) + hashlib.sha256 over
 * { body, attachments }), which gives the same hex for this record.
 */
const FIXED_RECORD_HASH = '8d068abcac0b7abfe4230bd9ee671ed39d5d79c42d678a8749100a0cfe776fc7';

/** The same value with every object's keys in reverse order, at every depth. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

function finalised(): Inspection {
  return finaliseInspection(makeFinalisable(), {
    recordNumber: '离石-2026-D7K-0001',
    now: '2026-03-15T02:45:00.000Z',
  });
}

describe('computeRecordHash', () => {
  it('gives the committed hex for the fixed record', () => {
    expect(computeRecordHash(fixedRecord)).toBe(FIXED_RECORD_HASH);
  });

  it('does not depend on key order', () => {
    const shuffled = reverseKeys(fixedRecord) as Inspection;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(fixedRecord));
    expect(computeRecordHash(shuffled)).toBe(FIXED_RECORD_HASH);
  });

  it('stays the same when sync renumbers rev and baseRev or a save restamps updatedAt', () => {
    const synced = { ...fixedRecord, rev: 1, baseRev: 12, updatedAt: '2027-01-01T00:00:00.000Z' };
    expect(computeRecordHash(synced)).toBe(FIXED_RECORD_HASH);
  });

  it.each([
    [
      'a letter of the site name',
      (r: Inspection) => ({ ...r, site: { ...r.site, name: r.site.name.replace('梧桐', '梧洞') } }),
    ],
    ['the record number', (r: Inspection) => ({ ...r, recordNumber: '孝义-2026-D7K-0043' })],
    [
      'the device',
      (r: Inspection) => ({
        ...r,
        deviceId: DeviceId.parse('019c2f5e-8a00-7000-8000-0000000000d8'),
      }),
    ],
    [
      'a photo caption',
      (r: Inspection) => ({
        ...r,
        attachments: r.attachments.map((a) => ({ ...a, caption: '西门' })),
      }),
    ],
    [
      'a signature image',
      (r: Inspection) => ({
        ...r,
        signatures: r.signatures.map((s, i) =>
          i === 0 ? { ...s, attachmentSha256: 'd'.repeat(64) } : s,
        ),
      }),
    ],
    [
      'the last decimal of the latitude',
      (r: Inspection) => ({ ...r, location: r.location && { ...r.location, latitude: 37.14489 } }),
    ],
    ['the status', (r: Inspection) => ({ ...r, status: 'draft' as const })],
  ] satisfies [string, (r: Inspection) => Inspection][])('changes with %s', (_what, change) => {
    expect(computeRecordHash(change(fixedRecord))).not.toBe(FIXED_RECORD_HASH);
  });

  it('covers every referenced attachment hash once, sorted, signatures included', () => {
    expect(referencedAttachmentHashes(fixedRecord)).toEqual([
      'a'.repeat(64),
      'b'.repeat(64),
      'c'.repeat(64),
    ]);
    expect(recordHashPreimage(fixedRecord)).toContain(
      `"attachments":["${'a'.repeat(64)}","${'b'.repeat(64)}","${'c'.repeat(64)}"]`,
    );
    expect(recordHashPreimage(fixedRecord)).not.toMatch(/"rev"|"baseRev"|"updatedAt"|"hash"/);
  });
});

describe('verifyRecord', () => {
  it('accepts an untouched finalised record with all its bytes', () => {
    expect(verifyRecord(finalised(), attachmentBytesOf())).toEqual({ ok: true, problems: [] });
  });

  it('reports a draft, a missing and a truncated attachment', () => {
    const record = finalised();
    const bytes = attachmentBytesOf();
    const photo = sha256Hex(photoBytes);
    bytes.delete(photo);
    expect(verifyRecord(record, bytes).problems).toEqual([
      { code: 'attachment-missing', sha256: photo },
    ]);
    expect(verifyRecord(makeFinalisable(), attachmentBytesOf()).problems).toEqual([
      { code: 'not-finalised' },
    ]);
    const truncated = attachmentBytesOf();
    truncated.set(photo, photoBytes.subarray(0, 100));
    expect(verifyRecord(record, truncated).problems.map((p) => p.code)).toEqual([
      'attachment-changed',
      'attachment-size',
    ]);
  });

  it('refuses keys the schema does not know (a renamed key would otherwise be dropped unseen)', () => {
    const record = { ...finalised(), extra: '附加' };
    expect(verifyRecord(record, attachmentBytesOf()).problems).toEqual([
      { code: 'invalid-record' },
    ]);
  });

  /**
   * Flips bits of one byte of the stored canonical JSON. Outcomes: the text no longer
   * decodes or parses (detected by whoever reads it), or verifyRecord reports a problem.
   * Inside rev, baseRev and updatedAt (left out of the hash on purpose so sync can renumber
   * them) a change may pass; the test counts those positions and checks nothing else passes.
   */
  const record = finalised();
  const text = canonicalJson(record);
  const stored = new TextEncoder().encode(text);
  const unhashedSpans = ['rev', 'baseRev', 'updatedAt'].map((key) => {
    const member = `"${key}":${JSON.stringify(record[key as 'rev' | 'baseRev' | 'updatedAt'])}`;
    const start =
      new TextEncoder().encode(text.slice(0, text.indexOf(member))).length + key.length + 3;
    return [start, start + new TextEncoder().encode(member).length - key.length - 3] as const;
  });
  const inUnhashedValue = (i: number) => unhashedSpans.some(([from, to]) => i >= from && i < to);

  function detected(position: number, mask: number): boolean {
    const changed = stored.slice();
    changed[position] = (changed[position] ?? 0) ^ mask;
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(changed));
    } catch {
      return true;
    }
    return !verifyRecord(parsed, attachmentBytesOf()).ok;
  }

  it('detects a flipped lowest bit at EVERY byte of the record outside the unhashed envelope values', () => {
    const missed: number[] = [];
    for (let i = 0; i < stored.length; i++)
      if (!inUnhashedValue(i) && !detected(i, 0x01)) missed.push(i);
    expect(missed).toEqual([]);
    expect(stored.length).toBeGreaterThan(3000);
    // The spans are where they should be: the rev digit itself may change unseen (by design).
    const [revFrom] = unhashedSpans[0] ?? [0];
    expect(new TextDecoder().decode(stored.slice(revFrom - 6, revFrom + 1))).toBe(
      `"rev":${record.rev}`,
    );
    expect(detected(revFrom, 0x01)).toBe(false);
    // ~3,000 parse-and-hash rounds: seconds on a quiet machine, more on a loaded 2-core one.
  }, 120_000);

  it('detects any bit pattern at any position (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: stored.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (position, mask) => {
          fc.pre(!inUnhashedValue(position));
          return detected(position, mask);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('detects any changed byte of a photo (property)', () => {
    const hash = sha256Hex(photoBytes);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: photoBytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (position, mask) => {
          const bytes = attachmentBytesOf();
          const photo = photoBytes.slice();
          photo[position] = (photo[position] ?? 0) ^ mask;
          bytes.set(hash, photo);
          const result = verifyRecord(record, bytes);
          return (
            !result.ok &&
            result.problems.some((p) => p.code === 'attachment-changed' && p.sha256 === hash)
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
