/**
 * Request and response bodies of the office server's HTTP API (`/api/v1`, docs/design.md "Sync
 * protocol"). Both ends parse with these: the server every request, the client every
 * response, so a version skew shows up as a clear error rather than as odd data.
 */
import { z } from 'zod';
import { Sha256Hex } from '../domain/attachment';
import { DeviceId, RecordId } from '../domain/ids';
import { IsoDateTime, requiredLine } from '../domain/text';
import { RecordKind } from '../bundle/bundleSchema';
import { DEVICE_SHORT_ID_ALPHABET, SERVER_SHORT_ID_LENGTH } from '../records/recordNumber';
import { SyncScope } from './syncScope';

export const API_PREFIX = '/api/v1';

/** Every error answer: `{ error: { code, message } }`, `details` only where it helps. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** `version`: the HTTP API's; `packageVersion`: the release (package.json), absent from older servers. */
export const HealthResponse = z.object({
  ok: z.literal(true),
  version: z.string(),
  packageVersion: z.string().optional(),
});

/** Codes look like `K7QM-2XHD-9PWA`; case and separators are forgiven when typed. */
export const EnrolRequest = z.object({
  code: z.string().trim().min(6).max(40),
  // The laptop's one-line rule (shared/domain/text.ts): PostgreSQL cannot even store a NUL.
  deviceName: requiredLine(100),
});
export type EnrolRequest = z.infer<typeof EnrolRequest>;

/** `admin` devices (city scope only) may list and revoke devices (docs/deploy.md "Devices"). */
export const DeviceRole = z.enum(['field', 'admin']);
export type DeviceRole = z.infer<typeof DeviceRole>;

/** A server-assigned short id: four characters (shared/records/recordNumber.ts). */
export const ServerShortId = z
  .string()
  .regex(new RegExp(`^[${DEVICE_SHORT_ID_ALPHABET}]{${SERVER_SHORT_ID_LENGTH}}$`));

export const EnrolResponse = z.object({
  deviceId: DeviceId,
  /** Bearer token: shown once, stored only hashed on the server. */
  token: z.string().min(22),
  scope: SyncScope,
  /** Absent from servers before device administration (m004). */
  shortId: ServerShortId.optional(),
  role: DeviceRole.optional(),
});
export type EnrolResponse = z.infer<typeof EnrolResponse>;

export const MAX_MISSING_QUERY = 2_000;

export const AttachmentsMissingRequest = z.object({
  hashes: z.array(Sha256Hex).max(MAX_MISSING_QUERY),
});
export const AttachmentsMissingResponse = z.object({ missing: z.array(Sha256Hex) });

export const PutAttachmentResponse = z.object({
  sha256: Sha256Hex,
  size: z.number().int(),
  stored: z.boolean(),
});

/**
 * Error code of GET /changes (409) for a cursor past the end of the server's log, e.g. after
 * the server's database was restored from a backup: the client pulls again from `0`.
 */
export const CURSOR_AHEAD = 'cursor_ahead';

/** Opaque to clients: store it, send it back as `since`. */
export const Cursor = z.string().regex(/^\d{1,15}$/);

export const ChangesQuery = z.object({
  since: Cursor.default('0'),
  limit: z.coerce.number().int().min(1).max(1_000).default(500),
  /** Records the device still has to send, as it counted them before this sync (office's device list). */
  outbox: z.coerce.number().int().min(0).max(9_999_999).optional(),
});

/** GET /devices/me: what the server knows of the calling device. */
export const DeviceSelfResponse = z.object({
  deviceId: DeviceId,
  name: z.string(),
  scope: SyncScope,
  role: DeviceRole,
  shortId: ServerShortId,
});
export type DeviceSelfResponse = z.infer<typeof DeviceSelfResponse>;

const IsoTimeOrNull = z.string().max(40).nullable();

/** One row of GET /admin/devices (admin devices only). */
export const DeviceListEntry = z.object({
  id: z.string().max(60),
  name: z.string().max(100),
  scope: SyncScope,
  role: DeviceRole,
  shortId: z.string().max(4).nullable(),
  enrolledAt: z.string().max(40),
  revokedAt: IsoTimeOrNull,
  lastSeenAt: IsoTimeOrNull,
  lastSyncAt: IsoTimeOrNull,
  outboxSize: z.number().int().nonnegative().nullable(),
});
export type DeviceListEntry = z.infer<typeof DeviceListEntry>;
export const DeviceListResponse = z.object({ devices: z.array(DeviceListEntry) });
export type DeviceListResponse = z.infer<typeof DeviceListResponse>;

export const RecordChange = z.object({
  type: z.enum(['record', 'conflict']),
  seq: z.number().int().positive(),
  kind: RecordKind,
  id: RecordId,
  /** For `record`: the new head's revision; for `conflict`: the head it conflicts with. */
  serverRev: z.number().int().nonnegative(),
  hash: Sha256Hex,
  status: z.enum(['draft', 'finalized']),
  deviceId: DeviceId,
  receivedAt: IsoDateTime,
  body: z.record(z.string(), z.unknown()),
});
export type RecordChange = z.infer<typeof RecordChange>;

export const ReferenceChange = z.object({
  type: z.literal('reference'),
  seq: z.number().int().positive(),
  /**
   * `enterprise` rows are keyed by credit code, `registry-machine` by PIN, `limit-table` by
   * the table's id (data `{ version, overrides }`, the office's LimitOverrides, city-wide),
   * `checklist-template` by `id@version` (data `{ template, retired, scope }`, docs/templates.md),
   * `planned-inspection` by `<drawId>/<creditCode>` (data PlannedInspectionData,
   * shared/draws/plannedInspection.ts, docs/draws.md).
   */
  table: z.enum([
    'enterprise',
    'registry-machine',
    'limit-table',
    'checklist-template',
    'planned-inspection',
  ]),
  key: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type ReferenceChange = z.infer<typeof ReferenceChange>;

export const Change = z.discriminatedUnion('type', [RecordChange, ReferenceChange]);
export type Change = z.infer<typeof Change>;

export const ChangesResponse = z.object({
  changes: z.array(Change),
  cursor: Cursor,
  /** More changes wait past `cursor`: ask again at once. */
  more: z.boolean(),
});
export type ChangesResponse = z.infer<typeof ChangesResponse>;

/** The answer to POST /bundles is a Receipt (shared/bundle/receiptSchema.ts). */
export { Receipt as BundleResponse } from '../bundle/receiptSchema';

export const ServerTime = IsoDateTime;

export type AttachmentsMissingRequest = z.infer<typeof AttachmentsMissingRequest>;
export type AttachmentsMissingResponse = z.infer<typeof AttachmentsMissingResponse>;
export type PutAttachmentResponse = z.infer<typeof PutAttachmentResponse>;
export type ChangesQuery = z.infer<typeof ChangesQuery>;

/**
 * Optional headers of POST /bundles naming the bundle's id and checksum, so the server can
 * answer a replay from the stored receipt without inflating and parsing the body (≤ 30 ms).
 * Honoured only for the device that first sent that bundle; otherwise the body decides.
 */
export const BUNDLE_ID_HEADER = 'x-bundle-id';
export const BUNDLE_CHECKSUM_HEADER = 'x-bundle-checksum';
