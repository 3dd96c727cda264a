/** Record ids: UUID v7, so ids sort by creation time and never collide across devices. */
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const RecordId = z.string().regex(UUID_PATTERN, 'errors.id.invalid').brand<'RecordId'>();
export type RecordId = z.infer<typeof RecordId>;

export const DeviceId = z.string().regex(UUID_PATTERN, 'errors.id.invalid').brand<'DeviceId'>();
export type DeviceId = z.infer<typeof DeviceId>;

/** A new time-ordered id for any record. */
export function newRecordId(): RecordId {
  return RecordId.parse(uuidv7());
}

export function newDeviceId(): DeviceId {
  return DeviceId.parse(uuidv7());
}
