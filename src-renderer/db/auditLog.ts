/**
 * The store side of the audit log (shared/records/auditChain.ts): one hash-chained entry per
 * write of any record, appended in the SAME transaction as the write, so a change and its
 * entry are both there or both absent. The chain head (seq, hash, device time of the last
 * entry) is kept in `settings` as well as in the log: a log cut off at its end no longer
 * matches the head. Everything here is Dexie calls and synchronous hashing only, so it is
 * safe inside a caller's transaction (TECH-NOTES §5).
 */
import Dexie from 'dexie';
import { z } from 'zod';
import { Sha256Hex } from '../../shared/domain/attachment';
import type { DeviceId } from '../../shared/domain/ids';
import { IsoDateTime } from '../../shared/domain/text';
import {
  appendAuditEntry,
  GENESIS_HASH,
  verifyAuditChain,
  type AuditChainResult,
  type AuditEntry,
  type AuditEntryData,
  type AuditHead,
} from '../../shared/records/auditChain';
import type { AppDatabase } from './database';
import { getDeviceIdentity } from './deviceRepository';

/** Settings key of the chain head; not in settingSchemas on purpose: only this module writes it. */
export const AUDIT_HEAD_KEY = 'auditHead';

const AuditHeadSchema = z.strictObject({
  seq: z.number().int().positive(),
  hash: Sha256Hex,
  deviceTime: IsoDateTime,
});

export type AuditInput = Omit<AuditEntryData, 'deviceId' | 'deviceTime'> & {
  /** The device clock at the change (default: now). */
  readonly deviceTime?: string;
};

/** What an entry needs besides its data: who writes it and what it chains onto. */
export interface AuditContext {
  readonly deviceId: DeviceId;
  readonly head: AuditHead | undefined;
}

/**
 * This laptop's device id per open connection. The identity never changes once stored, and
 * reading and parsing it on every autosave cost a round trip (TECH-NOTES §10). Keyed by the
 * native connection so a deleted and reopened database is asked again.
 */
const deviceIds = new WeakMap<IDBDatabase, DeviceId>();

async function auditDeviceId(db: AppDatabase): Promise<DeviceId> {
  const connection = db.backendDB();
  const cached = deviceIds.get(connection);
  if (cached !== undefined) return cached;
  const { deviceId } = await getDeviceIdentity(db);
  // Created inside a transaction that may still abort: remember it only once committed, or a
  // rolled-back identity would sign later entries.
  const idbtrans = Dexie.currentTransaction?.idbtrans;
  if (idbtrans) idbtrans.addEventListener('complete', () => deviceIds.set(connection, deviceId));
  else deviceIds.set(connection, deviceId);
  return deviceId;
}

/**
 * Reads the device id and the chain head. Call it inside the write's transaction, alongside the write's own reads so they share one round trip,
 * and pass the result to `writeAudit` in the same transaction.
 */
export async function readAuditContext(db: AppDatabase): Promise<AuditContext> {
  const [deviceId, head] = await Promise.all([auditDeviceId(db), readHead(db)]);
  return { deviceId, head };
}

/**
 * Writes the entries that follow `context`, in order, and the new head. The one way an
 * entry is appended: the record repositories call it from their single write, inside the
 * write's transaction (docs/architecture.md "Write path"). Both requests are issued at once
 * (IndexedDB runs a transaction's requests in order). The device id is this laptop's (the
 * one making the change), not the record's creator.
 */
export async function writeAudit(
  db: AppDatabase,
  context: AuditContext,
  inputs: readonly AuditInput[],
): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let head = context.head;
  for (const input of inputs) {
    const entry = appendAuditEntry(head, {
      recordId: input.recordId,
      recordKind: input.recordKind,
      action: input.action,
      rev: input.rev,
      contentHash: input.contentHash,
      deviceId: context.deviceId,
      deviceTime: input.deviceTime ?? new Date().toISOString(),
    });
    entries.push(entry);
    head = { seq: entry.seq, hash: entry.hash, deviceTime: entry.deviceTime };
  }
  if (head === undefined || head === context.head) return entries;
  await Promise.all([
    db.auditLog.bulkAdd(entries),
    db.settings.put({ key: AUDIT_HEAD_KEY, value: head }),
  ]);
  return entries;
}

/**
 * The head as stored. A head that does not parse throws: starting a new chain over an old
 * one would hide exactly the tampering the log exists to show.
 */
async function readHead(db: AppDatabase): Promise<AuditHead | undefined> {
  const row = await db.settings.get(AUDIT_HEAD_KEY);
  return row === undefined ? undefined : AuditHeadSchema.parse(row.value);
}

/** Every entry in chain order. */
export async function listAuditLog(db: AppDatabase, recordId?: string): Promise<AuditEntry[]> {
  if (recordId !== undefined) return db.auditLog.where('recordId').equals(recordId).sortBy('seq');
  return db.auditLog.orderBy('seq').toArray();
}

/** Verifies the whole stored chain against the head kept in settings. */
export async function verifyStoredAuditLog(db: AppDatabase): Promise<AuditChainResult> {
  return db.transaction('r', db.auditLog, db.settings, async () => {
    const entries = await db.auditLog.orderBy('seq').toArray();
    const head = await db.settings.get(AUDIT_HEAD_KEY);
    const parsed = head === undefined ? undefined : AuditHeadSchema.safeParse(head.value);
    if (parsed?.success === false)
      return { ok: false, brokenAt: entries.length, reason: 'head-mismatch' };
    // No head but entries means the head was removed: compare with the empty chain's.
    return verifyAuditChain(entries, { expectedHead: parsed?.data.hash ?? GENESIS_HASH });
  });
}
