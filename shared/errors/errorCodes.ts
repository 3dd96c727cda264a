/**
 * Every error a person can be told about, as one list of codes shared by the server, main
 * and the renderer (docs/architecture.md "Error path"). The renderer has a zh-CN and an en
 * sentence for each (src-renderer/errors/messages.ts, checked by a unit test); code never
 * shows error text to people, only the sentence of its code.
 */
import { z } from 'zod';

export const APP_ERROR_CODES = [
  /** Anything not named below: a generic sentence, the detail goes to the log. */
  'unknown',
  // Main ⇄ renderer (src-main/ipc/registerIpc.ts)
  'ipc.forbidden',
  'ipc.invalidInput',
  'ipc.invalidOutput',
  // Files
  'file.tooLarge',
  'file.notAFile',
  'file.invalidName',
  'file.unreadable',
  // Printing and PDFs
  'print.unavailable',
  'print.openFailed',
  'print.popupBlocked',
  'pdf.missingGlyph',
  'pdf.assetMissing',
  // Input that failed its schema
  'input.invalid',
  // The local store
  'storage.full',
  'storage.failed',
  'record.finalized',
  'record.notDraft',
  'record.notFound',
  'record.notFinalized',
  'record.finaliseBlocked',
  'attachment.inUse',
  'machine.duplicatePin',
  'machine.duplicateCode',
  // Sync, on this side
  'sync.unavailable',
  'sync.notEnrolled',
  'sync.serverUrl',
  'sync.pathNotAllowed',
  'sync.bodyTooLarge',
  'sync.bodyMismatch',
  'sync.responseTooLarge',
  'sync.noSecureStorage',
  'sync.network',
  'sync.cancelled',
  'sync.unexpectedAnswer',
  'sync.receiptMismatch',
  'sync.bundleWorkerFailed',
  // The office server's answers (WIRE_ERROR_CODES below, mapped by appCodeOfWire)
  'server.enrolCodeInvalid',
  'server.unauthorized',
  'server.deviceRevoked',
  'server.adminOnly',
  'server.outOfScope',
  'server.rateLimited',
  'server.busy',
  'server.tooLarge',
  'server.unsupported',
  'server.badRequest',
  'server.notFound',
  'server.attachmentsMissing',
  'server.bundleRefused',
  'server.recordRefused',
  'server.conflict',
  'server.cursorAhead',
  'server.internal',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];
export const AppErrorCode = z.enum(APP_ERROR_CODES);

/**
 * The `code` of the server's `{ error: { code, message } }` replies (docs/sync.md). These
 * stay as they are on the wire (older laptops and the relay read them); HttpError only takes
 * one of these, and each maps to the AppErrorCode a person is told.
 */
export const WIRE_ERROR_CODES = [
  'bad_request',
  'bad_json',
  'bad_mime',
  'bad_gzip',
  'empty_body',
  'hash_mismatch',
  'unauthorized',
  // Device administration (docs/deploy.md "Devices")
  'device_revoked',
  'admin_only',
  'cannot_revoke_self',
  'device_not_found',
  'short_id_missing',
  'short_ids_exhausted',
  'enrol_code_invalid',
  'out_of_scope',
  'not_found',
  'attachments_missing',
  'bundle_id_reused',
  'record_kind_changed',
  'record_immutable',
  'cursor_ahead',
  'attachment_too_large',
  'body_too_large',
  'too_large',
  'unsupported_media_type',
  'unsupported_encoding',
  'rate_limited',
  'too_many_parallel',
  'server_busy',
  'internal',
  // A refused bundle: its first problem's code (shared/bundle/bundleIssue.ts) or invalid_bundle
  'invalid_bundle',
  'unsupported_version',
  'checksum_mismatch',
  'record_hash_mismatch',
  'record_envelope_mismatch',
  'duplicate_record',
  'duplicate_attachment',
  'attachment_bad_base64',
  'attachment_size_mismatch',
  'attachment_hash_mismatch',
  'too_many',
  'not_a_bundle',
  'schema',
  'bad_zip',
  'entry_missing',
  'entry_unexpected',
  // JSON the server will not store (src-server/checks/jsonShape.ts, bundleRoutes.ts)
  'too_deep',
  'bad_number',
  'bad_string',
  'control_character',
  'unknown_key',
  // A forged finalised record (shared/sync/finalisedRecordIssues.ts)
  'finalised_hash_missing',
  'finalised_hash_mismatch',
  'record_number_invalid',
  'finalise_rules_unmet',
] as const;
export type WireErrorCode = (typeof WIRE_ERROR_CODES)[number];

export const appCodeOfWire: Readonly<Record<WireErrorCode, AppErrorCode>> = {
  bad_request: 'server.badRequest',
  bad_json: 'server.badRequest',
  bad_mime: 'server.unsupported',
  bad_gzip: 'server.badRequest',
  empty_body: 'server.badRequest',
  hash_mismatch: 'server.bundleRefused',
  unauthorized: 'server.unauthorized',
  device_revoked: 'server.deviceRevoked',
  admin_only: 'server.adminOnly',
  cannot_revoke_self: 'server.conflict',
  device_not_found: 'server.notFound',
  short_id_missing: 'server.internal',
  short_ids_exhausted: 'server.busy',
  enrol_code_invalid: 'server.enrolCodeInvalid',
  out_of_scope: 'server.outOfScope',
  not_found: 'server.notFound',
  attachments_missing: 'server.attachmentsMissing',
  bundle_id_reused: 'server.conflict',
  record_kind_changed: 'server.conflict',
  record_immutable: 'server.conflict',
  cursor_ahead: 'server.cursorAhead',
  attachment_too_large: 'server.tooLarge',
  body_too_large: 'server.tooLarge',
  too_large: 'server.tooLarge',
  unsupported_media_type: 'server.unsupported',
  unsupported_encoding: 'server.unsupported',
  rate_limited: 'server.rateLimited',
  too_many_parallel: 'server.rateLimited',
  server_busy: 'server.busy',
  internal: 'server.internal',
  invalid_bundle: 'server.bundleRefused',
  unsupported_version: 'server.unsupported',
  checksum_mismatch: 'server.bundleRefused',
  record_hash_mismatch: 'server.bundleRefused',
  record_envelope_mismatch: 'server.bundleRefused',
  duplicate_record: 'server.bundleRefused',
  duplicate_attachment: 'server.bundleRefused',
  attachment_bad_base64: 'server.bundleRefused',
  attachment_size_mismatch: 'server.bundleRefused',
  attachment_hash_mismatch: 'server.bundleRefused',
  too_many: 'server.tooLarge',
  not_a_bundle: 'server.bundleRefused',
  schema: 'server.bundleRefused',
  bad_zip: 'server.bundleRefused',
  entry_missing: 'server.bundleRefused',
  entry_unexpected: 'server.bundleRefused',
  too_deep: 'server.bundleRefused',
  bad_number: 'server.bundleRefused',
  bad_string: 'server.bundleRefused',
  control_character: 'server.bundleRefused',
  unknown_key: 'server.bundleRefused',
  finalised_hash_missing: 'server.recordRefused',
  finalised_hash_mismatch: 'server.recordRefused',
  record_number_invalid: 'server.recordRefused',
  finalise_rules_unmet: 'server.recordRefused',
};

export function isWireErrorCode(code: string): code is WireErrorCode {
  return Object.hasOwn(appCodeOfWire, code);
}

/**
 * The AppErrorCode of a wire code and HTTP status. A code this client does not know (a newer
 * server) falls back on the status, so it still reads as a sentence.
 */
export function appCodeOfHttp(status: number, wireCode: string | undefined): AppErrorCode {
  if (wireCode !== undefined && isWireErrorCode(wireCode)) return appCodeOfWire[wireCode];
  if (status === 401) return 'server.unauthorized';
  if (status === 403) return 'server.outOfScope';
  if (status === 404) return 'server.notFound';
  if (status === 409) return 'server.conflict';
  if (status === 413) return 'server.tooLarge';
  if (status === 429) return 'server.rateLimited';
  if (status === 503) return 'server.busy';
  if (status >= 500) return 'server.internal';
  if (status >= 400) return 'server.badRequest';
  return 'sync.unexpectedAnswer';
}

/** Values a sentence may name (a status, a count, a character): never free error text. */
export const AppErrorParams = z.record(
  z.string().max(40),
  z.union([z.string().max(500), z.number()]),
);
export type AppErrorParams = z.infer<typeof AppErrorParams>;

/** An AppError as it crosses a process boundary: `detail` is for logs, never for people. */
export const SerialisedAppError = z.object({
  code: AppErrorCode,
  params: AppErrorParams.optional(),
  detail: z.string().max(4000).optional(),
});
export type SerialisedAppError = z.infer<typeof SerialisedAppError>;
