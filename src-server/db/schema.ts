/**
 * Table types for Kysely. The same schema on SQLite and PostgreSQL: integers, text (ISO
 * times, JSON bodies as text) and one binary column; no dialect-only types, so one query
 * layer serves both.
 */
import type { Insertable, Selectable } from 'kysely';

export interface DevicesTable {
  id: string;
  name: string;
  /** 'city' or a county code. */
  scope: string;
  /** sha256 hex of the bearer token; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  revoked: number;
  /** From m004: the n-th short id handed out (unique), and that id (serverShortIdAt(n)). */
  short_seq: number | null;
  short_id: string | null;
  /** 'field' or 'admin' (may list and revoke devices). */
  role: string;
  revoked_at: string | null;
  /** Last authenticated request (updated at most once a minute). */
  last_seen_at: string | null;
  /** Last pull of the change feed, and the outbox size the device reported with it. */
  last_sync_at: string | null;
  last_outbox_size: number | null;
}

export interface EnrolCodesTable {
  code_hash: string;
  scope: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
  /** From m004: the role the device enrolled with it gets. */
  role: string;
}

/** Every revision ever accepted or kept as a conflict: append-only. */
export interface RecordsTable {
  kind: string;
  id: string;
  hash: string;
  /** The device's own rev and baseRev as sent. */
  rev: number;
  base_rev: number;
  /** Server revision for accepted revisions; the head it conflicted with for conflicts. */
  server_rev: number;
  /** 'accepted' | 'conflict'. */
  outcome: string;
  status: string;
  body: string;
  device_id: string;
  county_code: string | null;
  received_at: string;
  bundle_id: string;
}

/** The latest accepted revision of each record (rewritten in the same transaction). */
export interface RecordHeadsTable {
  id: string;
  kind: string;
  server_rev: number;
  hash: string;
  status: string;
  county_code: string | null;
}

export interface ConflictsTable {
  id: string;
  hash: string;
  head_server_rev: number;
  head_hash: string;
  device_id: string;
  created_at: string;
  resolved_at: string | null;
}

export interface AttachmentsTable {
  sha256: string;
  mime: string;
  size: number;
  bytes: Uint8Array;
  received_at: string;
}

/** Which record revision references which attachment: decides who may GET the bytes. */
export interface RecordAttachmentsTable {
  sha256: string;
  record_id: string;
  county_code: string | null;
}

export interface BundlesTable {
  bundle_id: string;
  checksum: string;
  device_id: string;
  received_at: string;
  receipt: string;
  /** SHA-256 of the body as received, after gunzip; null for rows before m002. */
  body_sha256: string | null;
}

/**
 * The change log. `seq` is assigned max+1 inside a transaction that holds the change-log
 * lock (see store/changeLog.ts), so seqs become visible strictly in order on both engines.
 * `county_code`: a county, 'city' (city-scoped devices only) or '*' (every device).
 */
export interface ChangesTable {
  seq: number;
  type: string;
  kind: string;
  id: string;
  hash: string;
  county_code: string;
}

export interface EnterprisesTable {
  credit_code: string;
  name: string;
  county_code: string;
  address: string;
  data: string;
  updated_at: string;
}

export interface RegistryMachinesTable {
  pin: string;
  county_code: string | null;
  data: string;
  updated_at: string;
}

/** Limit tables the office may publish (template limit overrides); served as reference data. */
export interface LimitTablesTable {
  id: string;
  version: number;
  data: string;
  updated_at: string;
}

/** Checklists the office published (migrations/m003): immutable per id+version but `retired`. */
export interface ChecklistTemplatesTable {
  id: string;
  version: number;
  type: string;
  content_sha256: string;
  data: string;
  /** 'city' or county codes joined by commas. */
  scope: string;
  retired: number;
  published_at: string;
}

export interface ServerDatabase {
  devices: DevicesTable;
  enrol_codes: EnrolCodesTable;
  records: RecordsTable;
  record_heads: RecordHeadsTable;
  conflicts: ConflictsTable;
  attachments: AttachmentsTable;
  record_attachments: RecordAttachmentsTable;
  bundles: BundlesTable;
  changes: ChangesTable;
  enterprises: EnterprisesTable;
  registry_machines: RegistryMachinesTable;
  limit_tables: LimitTablesTable;
  checklist_templates: ChecklistTemplatesTable;
}

export type DeviceRow = Selectable<DevicesTable>;
export type NewRecordRow = Insertable<RecordsTable>;
