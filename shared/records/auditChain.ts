/**
 * The local audit log (docs/design.md "Records"): every change to any record appends one entry, and
 * each entry holds the hash of the one before, so removing, editing or reordering an entry
 * breaks the chain at that point. A laptop offline has no trusted clock: the device time is
 * recorded as it was, and an entry whose time is earlier than its predecessor's is flagged
 * (`clockBackwards`), which a reviewer can see in the log.
 */
import { z } from 'zod';
import { Sha256Hex } from '../domain/attachment';
import { canonicalHash } from '../domain/hash';
import { IsoDateTime } from '../domain/text';

/** prevHash of the first entry: nothing came before it. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * What a write did (docs/architecture.md "Write path"): the first five are edits made on this
 * laptop; `pull`, `import`, `rebase` and `resolve` store what came from the office or a file,
 * so a record that arrived from elsewhere has its entry too. Only appended to: old entries
 * keep their hash.
 */
export const AuditAction = z.enum([
  'create',
  'update',
  'finalise',
  'amend',
  'delete',
  'pull',
  'import',
  'rebase',
  'resolve',
]);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z.strictObject({
  /** Position in this device's chain, from 1, without gaps. */
  seq: z.number().int().positive(),
  recordId: z.string().min(1).max(60),
  recordKind: z.enum(['inspection', 'machine']),
  action: AuditAction,
  rev: z.number().int().nonnegative(),
  /** sha256 of the canonical JSON of the record as stored by this change. */
  contentHash: Sha256Hex,
  deviceId: z.string().min(1).max(60),
  /** The device clock when the change was made (untrusted: see clockBackwards). */
  deviceTime: IsoDateTime,
  /** Present (true) when deviceTime is earlier than the previous entry's. */
  clockBackwards: z.literal(true).optional(),
  prevHash: Sha256Hex,
  /** sha256 of the canonical JSON of this entry without `hash`. */
  hash: Sha256Hex,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** What a caller says about a change; the chain fields are filled in here. */
export type AuditEntryData = Pick<
  AuditEntry,
  'recordId' | 'recordKind' | 'action' | 'rev' | 'contentHash' | 'deviceId' | 'deviceTime'
>;

export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  return canonicalHash(entry);
}

/** True when the device clock reads earlier than it did at the previous entry. */
export function clockWentBackwards(
  prev: Pick<AuditEntry, 'deviceTime'> | undefined,
  deviceTime: string,
): boolean {
  return prev !== undefined && Date.parse(deviceTime) < Date.parse(prev.deviceTime);
}

/** The entry that follows `prev` (undefined: the first entry of the chain). */
/** What appending needs of the previous entry (the store keeps just this as the chain head). */
export type AuditHead = Pick<AuditEntry, 'seq' | 'hash' | 'deviceTime'>;

export function appendAuditEntry(prev: AuditHead | undefined, data: AuditEntryData): AuditEntry {
  const backwards = clockWentBackwards(prev, data.deviceTime);
  const unhashed: Omit<AuditEntry, 'hash'> = {
    seq: (prev?.seq ?? 0) + 1,
    recordId: data.recordId,
    recordKind: data.recordKind,
    action: data.action,
    rev: data.rev,
    contentHash: data.contentHash,
    deviceId: data.deviceId,
    deviceTime: data.deviceTime,
    ...(backwards ? { clockBackwards: true as const } : {}),
    prevHash: prev?.hash ?? GENESIS_HASH,
  };
  return AuditEntry.parse({ ...unhashed, hash: hashAuditEntry(unhashed) });
}

export type AuditChainBreak =
  | 'invalid-entry'
  | 'hash-mismatch'
  | 'prev-hash-mismatch'
  | 'seq-gap'
  | 'head-mismatch'
  | 'clock-flag-mismatch';

export interface AuditChainResult {
  readonly ok: boolean;
  /** Index in `entries` of the first entry that does not follow from the ones before. */
  readonly brokenAt?: number;
  readonly reason?: AuditChainBreak;
}

/**
 * Walks the chain from the first entry. `expectedHead` (the last hash as kept apart from the
 * log) also catches entries cut off at the end, which a chain alone cannot show. A chain may
 * start after seq 1 when `from` says where it continues (e.g. the tail of a longer log).
 */
export function verifyAuditChain(
  entries: readonly unknown[],
  options: { expectedHead?: string; from?: { seq: number; hash: string } } = {},
): AuditChainResult {
  let prevHash = options.from?.hash ?? GENESIS_HASH;
  let prevSeq = options.from?.seq ?? 0;
  let prevTime: string | undefined;
  for (const [index, raw] of entries.entries()) {
    const parsed = AuditEntry.safeParse(raw);
    if (!parsed.success) return { ok: false, brokenAt: index, reason: 'invalid-entry' };
    const { hash, ...rest } = parsed.data;
    if (hashAuditEntry(rest) !== hash)
      return { ok: false, brokenAt: index, reason: 'hash-mismatch' };
    if (rest.prevHash !== prevHash)
      return { ok: false, brokenAt: index, reason: 'prev-hash-mismatch' };
    if (rest.seq !== prevSeq + 1) return { ok: false, brokenAt: index, reason: 'seq-gap' };
    const backwards = clockWentBackwards(
      prevTime === undefined ? undefined : { deviceTime: prevTime },
      rest.deviceTime,
    );
    // Only checkable inside the list given: the first entry's predecessor may not be in it.
    if (prevTime !== undefined && backwards !== (rest.clockBackwards === true)) {
      return { ok: false, brokenAt: index, reason: 'clock-flag-mismatch' };
    }
    prevHash = hash;
    prevSeq = rest.seq;
    prevTime = rest.deviceTime;
  }
  if (options.expectedHead !== undefined && options.expectedHead !== prevHash) {
    return { ok: false, brokenAt: entries.length, reason: 'head-mismatch' };
  }
  return { ok: true };
}
