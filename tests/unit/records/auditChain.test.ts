import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/domain/hash';
import {
  appendAuditEntry,
  GENESIS_HASH,
  hashAuditEntry,
  verifyAuditChain,
  type AuditAction,
  type AuditEntry,
} from '../../../shared/records/auditChain';

const device = '019c2f5e-8a00-7000-8000-0000000000d7';
const actions: AuditAction[] = ['create', 'update', 'update', 'finalise', 'amend', 'delete'];

function chain(length: number, times?: readonly string[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < length; i++) {
    entries.push(
      appendAuditEntry(entries.at(-1), {
        recordId: `019c2f5e-8a00-7000-8000-00000000000${i % 3}`,
        recordKind: i % 4 === 3 ? 'machine' : 'inspection',
        action: actions[i % actions.length] ?? 'update',
        rev: i + 1,
        contentHash: sha256Hex(`第${i}版 ✓`),
        deviceId: device,
        deviceTime: times?.[i] ?? new Date(Date.UTC(2026, 2, 15, 1, 30, i)).toISOString(),
      }),
    );
  }
  return entries;
}

describe('audit chain', () => {
  it('links each entry to the one before, from the genesis hash', () => {
    const entries = chain(6);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    entries.slice(1).forEach((e, i) => expect(e.prevHash).toBe(entries[i]?.hash));
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(verifyAuditChain(entries, { expectedHead: entries.at(-1)?.hash })).toEqual({ ok: true });
  });

  it.each([
    [
      'removed in the middle',
      (e: AuditEntry[]) => e.filter((_, i) => i !== 3),
      3,
      'prev-hash-mismatch',
    ],
    ['removed first', (e: AuditEntry[]) => e.slice(1), 0, 'prev-hash-mismatch'],
    [
      'two swapped',
      (e: AuditEntry[]) => [e[0], e[2], e[1], ...e.slice(3)],
      1,
      'prev-hash-mismatch',
    ],
    [
      'edited action',
      (e: AuditEntry[]) =>
        e.map((x, i) =>
          i === 2 ? { ...x, action: 'update' as const, contentHash: sha256Hex('篡改') } : x,
        ),
      2,
      'hash-mismatch',
    ],
    [
      'edited and re-hashed',
      (e: AuditEntry[]) => e.map((x, i) => (i === 2 ? reHashed({ ...x, rev: 99 }) : x)),
      3,
      'prev-hash-mismatch',
    ],
    [
      'edited time',
      (e: AuditEntry[]) =>
        e.map((x, i) => (i === 4 ? { ...x, deviceTime: '2026-03-14T00:00:00.000Z' } : x)),
      4,
      'hash-mismatch',
    ],
    [
      'renumbered',
      (e: AuditEntry[]) => e.map((x, i) => (i === 1 ? reHashed({ ...x, seq: 5 }) : x)),
      1,
      'seq-gap',
    ],
  ])('detects an entry %s', (_what, tamper, brokenAt, reason) => {
    const result = verifyAuditChain(tamper(chain(6)));
    expect(result).toEqual({ ok: false, brokenAt, reason });
  });

  it('detects entries cut off at the end only with the head kept apart', () => {
    const entries = chain(5);
    const head = entries.at(-1)?.hash;
    expect(verifyAuditChain(entries.slice(0, 4))).toEqual({ ok: true });
    expect(verifyAuditChain(entries.slice(0, 4), { expectedHead: head })).toEqual({
      ok: false,
      brokenAt: 4,
      reason: 'head-mismatch',
    });
  });

  it('refuses an entry with a field added', () => {
    const entries: unknown[] = chain(3);
    entries[1] = { ...(entries[1] as AuditEntry), note: '补充' };
    expect(verifyAuditChain(entries)).toMatchObject({
      ok: false,
      brokenAt: 1,
      reason: 'invalid-entry',
    });
  });

  it('flags a clock that went backwards, and the flag itself is protected', () => {
    const times = [
      '2026-03-15T09:00:00.000Z',
      '2026-03-15T09:05:00.000Z',
      '2026-03-15T08:00:00.000Z',
      '2026-03-15T08:00:00.000Z',
      '2026-03-15T08:30:00.000Z',
    ];
    const entries = chain(5, times);
    expect(entries.map((e) => e.clockBackwards === true)).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
    expect(verifyAuditChain(entries).ok).toBe(true);
    const unflagged = entries.map((x, i) => {
      if (i !== 2) return x;
      const { clockBackwards: _flag, ...rest } = x;
      return reHashed(rest);
    });
    expect(verifyAuditChain(unflagged)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('continues a chain from a known entry (a tail of the log)', () => {
    const entries = chain(6);
    const from = entries[2];
    if (!from) throw new Error('no entry');
    expect(
      verifyAuditChain(entries.slice(3), { from: { seq: from.seq, hash: from.hash } }),
    ).toEqual({ ok: true });
  });

  it('detects the removal of any one entry and any adjacent swap (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.nat(), fc.boolean(), (length, pick, swap) => {
        const entries = chain(length);
        const head = entries.at(-1)?.hash;
        const i = pick % (swap ? length - 1 : length);
        const tampered = swap
          ? [...entries.slice(0, i), entries[i + 1], entries[i], ...entries.slice(i + 2)]
          : entries.filter((_, k) => k !== i);
        return !verifyAuditChain(tampered, { expectedHead: head }).ok;
      }),
    );
  });
});

/** An attacker who recomputes the entry's own hash: the next entry still points at the old one. */
function reHashed(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): AuditEntry {
  const { hash: _old, ...rest } = entry;
  return { ...rest, hash: hashAuditEntry(rest) };
}
