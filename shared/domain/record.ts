/** Fields every synced record carries (docs/design.md "Records"). */
import { z } from 'zod';
import { DeviceId, RecordId } from './ids';
import { IsoDateTime } from './text';

export const RecordStatus = z.enum(['draft', 'finalized']);
export type RecordStatus = z.infer<typeof RecordStatus>;

export const recordEnvelope = {
  id: RecordId,
  /** +1 for every saved change. */
  rev: z.number().int().positive(),
  /** The server revision this edit started from; 0 before the first sync. */
  baseRev: z.number().int().nonnegative(),
  status: RecordStatus,
  deviceId: DeviceId,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
};
