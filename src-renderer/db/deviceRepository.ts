/** This laptop's identity: created on first start and kept for the life of the database. */
import { sha256Hex } from '../../shared/domain/hash';
import { newDeviceId, type DeviceId } from '../../shared/domain/ids';
import type { AppDatabase } from './database';
import { DeviceIdentity, SHORT_ID_ALPHABET } from './settingSchemas';

const KEY = 'deviceIdentity';

/**
 * Three characters from SHORT_ID_ALPHABET, taken from a hash of the id (a UUID v7 starts with
 * the clock, so its own first characters would be alike on laptops set up the same week).
 * 31³ = 29,791 values: collisions are possible across many devices, so record numbers must not
 * be the only key (the record id is).
 */
export function shortIdFor(deviceId: DeviceId): string {
  let n = Number.parseInt(sha256Hex(deviceId).slice(0, 8), 16);
  let out = '';
  for (let i = 0; i < 3; i++) {
    out += SHORT_ID_ALPHABET.charAt(n % SHORT_ID_ALPHABET.length);
    n = Math.floor(n / SHORT_ID_ALPHABET.length);
  }
  return out;
}

/**
 * Returns the identity, creating it on first call. The read and the create share one rw
 * transaction, so two windows starting together still agree on one identity. A stored
 * identity that fails to parse throws rather than being replaced: a new id would split this
 * laptop's records between two devices.
 */
export async function getDeviceIdentity(db: AppDatabase): Promise<DeviceIdentity> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(KEY);
    if (row) return DeviceIdentity.parse(row.value);
    const deviceId = newDeviceId();
    const shortId = shortIdFor(deviceId);
    const identity = DeviceIdentity.parse({ deviceId, shortId, name: `BlueSky-${shortId}` });
    await db.settings.put({ key: KEY, value: identity });
    return identity;
  });
}

/** The stored identity, read-only (usable in a live query); undefined before the first start. */
export async function readDeviceIdentity(db: AppDatabase): Promise<DeviceIdentity | undefined> {
  const row = await db.settings.get(KEY);
  return row ? DeviceIdentity.parse(row.value) : undefined;
}

/** The short id new record numbers carry: the server's once assigned, else the laptop's own. */
export function numberingShortId(identity: DeviceIdentity): string {
  return identity.assignedShortId ?? identity.shortId;
}

/**
 * Keeps the short id the office server assigned (docs/records.md "Device short ids"). The
 * first one assigned stays: it is unique city-wide for good, and changing it again would
 * only make this laptop's numbers harder to follow. Returns whether anything changed.
 */
export async function adoptAssignedShortId(db: AppDatabase, assigned: string): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const current = await getDeviceIdentity(db);
    if (current.assignedShortId !== undefined) return false;
    const next = DeviceIdentity.parse({ ...current, assignedShortId: assigned });
    await db.settings.put({ key: KEY, value: next });
    return true;
  });
}

/** Renames this device (shown to the office); the id and short id never change. */
export async function setDeviceName(db: AppDatabase, name: string): Promise<DeviceIdentity> {
  return db.transaction('rw', db.settings, async () => {
    const current = await getDeviceIdentity(db);
    const next = DeviceIdentity.parse({ ...current, name });
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}
