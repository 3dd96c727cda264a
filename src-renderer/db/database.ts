/**
 * The local store: one IndexedDB database per origin, opened through Dexie.
 *
 * Layout, chosen for the figures in TECH-NOTES §10 (every index costs time on every put):
 * - `inspections` holds full bodies under their id and nothing else, so an autosave of a
 *   4 KB body updates no secondary index.
 * - `inspectionIndex` holds one small summary row per inspection, rewritten in the same
 *   transaction as the body, with one compound index per list filter so a list page reads
 *   only a key range of small rows (`orderBy` cannot follow a `where`, Dexie docs).
 * - `inspectionSearch` holds the site-name tokens apart from the summary: a multi-entry index
 *   of ~100 n-grams would otherwise be rewritten on every autosave although the site name
 *   almost never changes; this row is written only when the name does.
 * - Blobs live only in `attachments`, so no list or body read ever loads photo bytes.
 *
 * Never edit a version that has shipped: add `this.version(n + 1)` with an `upgrade()` and a
 * fixture of version n under tests/fixtures/db/ (see tests/renderer/migrations/).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { attachmentKinds } from '../../shared/domain/attachment';
import type { RecordStatus } from '../../shared/domain/record';
import type { AuditEntry } from '../../shared/records/auditChain';
import type { Inspection, InspectionType } from '../../shared/domain/inspection';
import type { Machine } from '../../shared/domain/machine';
import type { Site, SiteKind } from '../../shared/domain/site';

export const DB_NAME = 'bluesky-inspector';

/** One row per inspection for list screens; derived from the body, never edited alone. */
export interface InspectionSummaryRow {
  readonly id: string;
  readonly type: InspectionType;
  readonly status: RecordStatus;
  readonly siteId: string;
  readonly siteName: string;
  readonly siteKind: SiteKind;
  readonly countyCode: string;
  readonly templateId: string;
  /** Normalised with toISOString() so string order is time order in every index. */
  readonly updatedAt: string;
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly recordNumber?: string;
}

/** Site-name tokens of one inspection (see the header for why they are a table of their own). */
export interface InspectionSearchRow {
  readonly id: string;
  /** The name the tokens were made from, to tell cheaply whether they need rewriting. */
  readonly siteName: string;
  readonly tokens: readonly string[];
}

export type SiteRow = Site & { readonly searchTokens: readonly string[] };
export type MachineRow = Machine & { readonly searchTokens: readonly string[] };

/** A record waiting to be pushed: one row per record, overwritten by each later save. */
export interface OutboxRow {
  readonly recordId: string;
  readonly kind: 'inspection' | 'machine';
  readonly rev: number;
  readonly baseRev: number;
  /** sha256 of the canonical JSON of the body as saved (TECH-NOTES §6.2). */
  readonly contentHash: string;
  /** When the record first entered the outbox since its last push: keeps the queue order. */
  readonly queuedAt: string;
}

/** Key-value settings; values are parsed with their schema on read (settingsRepository). */
export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/** Hash-chained change log (docs/design.md "Records"): entries as shared/records/auditChain.ts defines them. */
export type AuditLogRow = AuditEntry;

/** Photo or signature bytes, addressed by their SHA-256 (docs/design.md "Attachments"). */
export interface AttachmentRow {
  readonly sha256: string;
  readonly recordId: string;
  readonly mime: string;
  readonly size: number;
  readonly blob: Blob;
  readonly createdAt: string;
  /** photo | signature | document; absent in rows written before attachmentRepository. */
  readonly kind?: (typeof attachmentKinds)[number];
  /**
   * Every record that refers to these bytes (an amendment shares its original's photos);
   * `recordId` above stays the first one, for the index.
   */
  readonly recordIds?: readonly string[];
  /** Small JPEG for lists (photos only). */
  readonly thumbnail?: Blob;
  /** Hash and size of the untouched original the stamped evidence copy was made from. */
  readonly originalSha256?: string;
  readonly originalSize?: number;
}

/**
 * Version 1. `sites.creditCode` is deliberately not unique: two laptops may register the
 * same enterprise offline under different ids, and a sync must not fail on that.
 */
export const schemaV1 = {
  inspections: 'id',
  inspectionIndex: 'id, updatedAt, [status+updatedAt], [type+updatedAt], [countyCode+updatedAt]',
  inspectionSearch: 'id, *tokens',
  sites: 'id, creditCode, countyCode, *searchTokens',
  machines: 'id, pin, registrationCode, engineNumber, *searchTokens, updatedAt',
  outbox: 'recordId, queuedAt',
  settings: 'key',
  auditLog: '++seq, recordId',
  attachments: 'sha256, recordId',
} as const;

export class AppDatabase extends Dexie {
  // Keyed by plain strings rather than the branded RecordId, so an id from a route works.
  inspections!: Table<Inspection, string>;
  inspectionIndex!: Table<InspectionSummaryRow, string>;
  inspectionSearch!: Table<InspectionSearchRow, string>;
  sites!: Table<SiteRow, string>;
  machines!: Table<MachineRow, string>;
  outbox!: EntityTable<OutboxRow, 'recordId'>;
  settings!: EntityTable<SettingRow, 'key'>;
  auditLog!: EntityTable<AuditLogRow, 'seq'>;
  attachments!: EntityTable<AttachmentRow, 'sha256'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(schemaV1);
  }
}

export interface OpenDatabaseOptions {
  /** Another window holds an older version open, so ours cannot upgrade: ask to close it. */
  onBlocked?: () => void;
  /** Another window upgrades or deletes the database; this one has closed and must reload. */
  onVersionChange?: () => void;
}

/**
 * Creates the app's database handle; it opens on first use. On `versionchange` it closes
 * for good (no auto-reopen): code written for the old schema must not keep writing into the
 * new one, so the UI should ask for a reload.
 */
export function openDatabase(
  name: string = DB_NAME,
  options: OpenDatabaseOptions = {},
): AppDatabase {
  const db = new AppDatabase(name);
  db.on('blocked', () => {
    options.onBlocked?.();
  });
  // Dexie fires the newest subscriber first; returning false skips its built-in handler,
  // which would close with auto-reopen left on.
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    options.onVersionChange?.();
    return false;
  });
  return db;
}

/**
 * Asks the browser not to evict this origin's data under disk pressure (TECH-NOTES §5.3)
 * and reports usage, so the UI can log it and warn on low quota. Unsupported (Node, old
 * browsers): persisted false.
 */
export async function requestPersistentStorage(): Promise<{
  persisted: boolean;
  usage?: number;
  quota?: number;
}> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persisted !== 'function') return { persisted: false };
  try {
    const persisted = (await storage.persisted()) || (await storage.persist());
    const estimate = typeof storage.estimate === 'function' ? await storage.estimate() : {};
    return { persisted, usage: estimate.usage, quota: estimate.quota };
  } catch {
    // Some embedders reject instead of answering false; either way nothing is guaranteed.
    return { persisted: false };
  }
}
