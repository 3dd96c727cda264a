/**
 * The office's answer to a bundle (docs/design.md): per record what happened, with the server's
 * revision number and hash, sealed with a checksum so a receipt file carried back on a USB
 * stick can be checked before the laptop marks anything synced.
 */
import { z } from 'zod';
import { Sha256Hex } from '../domain/attachment';
import { DeviceId, RecordId } from '../domain/ids';
import { IsoDateTime } from '../domain/text';
import { RecordKind } from './bundleSchema';

export const RECEIPT_FORMAT = 'bluesky-receipt';
export const RECEIPT_VERSION = 1;

export const RecordResult = z.enum(['accepted', 'duplicate', 'conflict', 'rejected']);
export type RecordResult = z.infer<typeof RecordResult>;

/** Why a record was not simply accepted; see shared/sync/decideRecordOutcome.ts. */
export const ResultReason = z.enum([
  /** The same body is already stored under this id (a replay). */
  'already_stored',
  /** baseRev is not the server's latest revision: both versions are kept. */
  'stale_base_rev',
  /** The stored record is finalised; another body under its id is refused. */
  'finalized_immutable',
]);
export type ResultReason = z.infer<typeof ResultReason>;

export const ReceiptRecord = z.object({
  kind: RecordKind,
  id: RecordId,
  /** The device's rev of the record that was sent. */
  rev: z.number().int().positive(),
  /** recordBodyHash of the body that was sent. */
  hash: Sha256Hex,
  result: RecordResult,
  reason: ResultReason.optional(),
  /**
   * The server's revision number of the record's head after this bundle: the baseRev of
   * the device's next edit when accepted or duplicate; the one it conflicts with otherwise.
   */
  serverRev: z.number().int().nonnegative(),
  /** Hash of the server's head after this bundle (differs from `hash` on conflict). */
  serverHash: Sha256Hex,
});
export type ReceiptRecord = z.infer<typeof ReceiptRecord>;

export const Receipt = z.object({
  format: z.literal(RECEIPT_FORMAT),
  version: z.literal(RECEIPT_VERSION),
  bundleId: z.uuid(),
  deviceId: DeviceId,
  /** The bundle's own checksum, tying the receipt to exactly that bundle. */
  bundleChecksum: Sha256Hex,
  serverTime: IsoDateTime,
  records: z.array(ReceiptRecord),
  checksum: Sha256Hex,
});
export type Receipt = z.infer<typeof Receipt>;
