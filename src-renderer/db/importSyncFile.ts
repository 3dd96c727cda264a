/**
 * Importing a file from a USB stick: a bundle (another device's work, or this device's own
 * backup) or a receipt from the office. Everything is verified first (readBundle /
 * verifyReceipt: schema, checksum, every record and attachment hash); a bad file gets the
 * list of problems and nothing is written. A good one is written in ONE transaction, and
 * the same file twice changes nothing the second time (records already held with the same
 * body, attachments already held, and conflict copies already kept are left alone).
 */
import type { ImportedBundle } from '../../shared/bundle/bundleV2Schema';
import type { BundleIssue } from '../../shared/bundle/bundleIssue';
import { bytesToText, gunzipBounded, isGzip } from '../../shared/bundle/gzipBundle';
import { readAnyBundle, type ReadAnyResult } from '../../shared/bundle/readAnyBundle';
import { RECEIPT_FORMAT } from '../../shared/bundle/receiptSchema';
import { verifyReceipt } from '../../shared/bundle/buildReceipt';
import type { Receipt } from '../../shared/bundle/receiptSchema';
import { recordBodyHash } from '../../shared/bundle/recordBodyHash';
import { defaultBundleLimits } from '../../shared/bundle/bundleLimits';
import type { AppDatabase } from './database';
import { storeImportedInspection } from './inspectionRepository';
import { storeImportedMachine } from './machineRepository';
import { fromMachineRow } from './machineRows';
import { recordTables } from './recordTables';
import { applyReceipt, type ReceiptSummary } from './applyReceipt';
import { getConflictCopy, putConflictCopy, putSyncState } from './recordSyncState';
import type { SyncableRecord } from './outboxSnapshot';
import { queueRelay } from './relayQueue';

export type ImportResult =
  | {
      readonly ok: true;
      readonly kind: 'bundle';
      readonly bundle: ImportedBundle;
      readonly added: number;
      readonly unchanged: number;
      readonly conflicts: number;
      readonly attachments: number;
    }
  | {
      readonly ok: true;
      readonly kind: 'receipt';
      readonly receipt: Receipt;
      readonly summary: ReceiptSummary;
    }
  | { readonly ok: false; readonly errors: readonly BundleIssue[] };

/** A receipt is small JSON; peeked at before the bundle path so it gets its own checks. */
function peekReceipt(bytes: Uint8Array): unknown {
  const plain = isGzip(bytes)
    ? gunzipBounded(bytes, 16 * 1024 * 1024)
    : { ok: true as const, bytes };
  if (!plain.ok || plain.bytes.length > 16 * 1024 * 1024) return undefined;
  try {
    const json: unknown = JSON.parse(bytesToText(plain.bytes));
    return typeof json === 'object' &&
      json !== null &&
      Reflect.get(json, 'format') === RECEIPT_FORMAT
      ? json
      : undefined;
  } catch {
    return undefined;
  }
}

export interface ImportOptions {
  /**
   * An enrolled device passes another device's records on to the office server: they are
   * queued for it in the import's own transaction (relayQueue.ts, docs/sync.md "Office relay").
   */
  readonly queueForServer?: boolean;
  /**
   * How the file is read and verified: readAnyBundle inline unless given (the screen passes
   * sync/readBundleOffThread.ts, which runs it in a worker and can be cancelled).
   */
  readonly read?: (bytes: Uint8Array) => Promise<ReadAnyResult>;
}

export async function importSyncFile(
  db: AppDatabase,
  bytes: Uint8Array,
  ownDeviceId: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const receiptJson = peekReceipt(bytes);
  if (receiptJson !== undefined) {
    const verified = verifyReceipt(receiptJson);
    if (!verified.ok) return { ok: false, errors: verified.errors };
    return {
      ok: true,
      kind: 'receipt',
      receipt: verified.receipt,
      summary: await applyReceipt(db, verified.receipt),
    };
  }
  const verified = options.read
    ? await options.read(bytes)
    : readAnyBundle(bytes, defaultBundleLimits);
  if (!verified.ok) return { ok: false, errors: verified.errors };
  return {
    ok: true,
    kind: 'bundle',
    bundle: verified.bundle,
    ...(await applyImportedBundle(
      db,
      verified.bundle,
      verified.attachmentBytes,
      ownDeviceId,
      options,
    )),
  };
}

async function readLocal(
  db: AppDatabase,
  record: SyncableRecord,
): Promise<SyncableRecord | undefined> {
  if (record.kind === 'inspection') return db.inspections.get(record.id);
  const row = await db.machines.get(record.id);
  return row ? fromMachineRow(row) : undefined;
}

/** Writes a verified bundle; exported for the office relay, which has verified it already. */
export async function applyImportedBundle(
  db: AppDatabase,
  bundle: ImportedBundle,
  attachmentBytes: ReadonlyMap<string, Uint8Array | Blob>,
  ownDeviceId: string,
  options: ImportOptions = {},
): Promise<{ added: number; unchanged: number; conflicts: number; attachments: number }> {
  const counts = { added: 0, unchanged: 0, conflicts: 0, attachments: 0 };
  const now = new Date().toISOString();
  // Blobs are made before the transaction: nothing but Dexie may be awaited inside it. A Blob
  // (a slice of the picked file, docs/sync.md "Reading by slices") is stored as it is.
  const blobs = new Map(
    [...attachmentBytes].map(([sha256, b]) => [
      sha256,
      b instanceof Blob ? b : new Blob([new Uint8Array(b)]),
    ]),
  );
  await db.transaction('rw', recordTables(db), async () => {
    for (const { body, hash } of bundle.records) {
      const local = await readLocal(db, body);
      // baseRev aside: sync rewrites it on a draft once the office answers (same content).
      if (local && recordBodyHash({ ...local, baseRev: body.baseRev }) === hash) {
        counts.unchanged++;
        continue;
      }
      if (local) {
        // Never overwrite silently: what differs is kept beside ours for a person to choose.
        const copy = await getConflictCopy(db, body.id);
        if (copy?.serverHash === hash || local.status === 'finalized') {
          counts.unchanged++;
          continue;
        }
        await putConflictCopy(db, body.id, {
          kind: body.kind,
          serverRev: body.baseRev,
          serverHash: hash,
          body,
          receivedAt: now,
        });
        await putSyncState(db, body.id, {
          kind: body.kind,
          state: 'conflict',
          origin: 'own',
          serverRev: body.baseRev,
          serverHash: hash,
          rev: local.rev,
          reason: 'imported_differs',
          heldAttachments: [],
        });
        counts.conflicts++;
        continue;
      }
      const own = body.deviceId === ownDeviceId;
      // Through the records' repositories, the one writer (audit action `import`).
      if (body.kind === 'inspection') await storeImportedInspection(db, body, own, now);
      else await storeImportedMachine(db, body, own, now);
      // Another device's work is kept read-only; this device's own (a backup) goes back in the queue.
      if (!own)
        await putSyncState(db, body.id, {
          kind: body.kind,
          state: 'received',
          origin: 'foreign',
          serverRev: body.baseRev,
          serverHash: hash,
          rev: body.rev,
          fromDevice: bundle.device.id,
          heldAttachments: [],
        });
      counts.added++;
    }
    for (const a of bundle.attachments) {
      const blob = blobs.get(a.sha256);
      if (!blob || (await db.attachments.get(a.sha256))) continue;
      const owner = bundle.records.find(
        (r) =>
          r.body.attachments.some((x) => x.sha256 === a.sha256) ||
          (r.kind === 'inspection' &&
            r.body.signatures.some((s) => s.attachmentSha256 === a.sha256)),
      );
      await db.attachments.put({
        sha256: a.sha256,
        recordId: owner?.id ?? '',
        mime: a.mime,
        size: a.size,
        blob,
        createdAt: now,
        recordIds: owner ? [owner.id] : [],
      });
      counts.attachments++;
    }
    // This device's own records went back into the outbox above; the rest go on for the laptop.
    if (options.queueForServer)
      await queueRelay(
        db,
        bundle,
        bundle.records.filter((r) => r.body.deviceId !== ownDeviceId),
        now,
      );
  });
  return counts;
}
