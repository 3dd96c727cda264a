import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { openDatabase, type AppDatabase } from '../../src-renderer/db/database';
import {
  getDeviceIdentity,
  setDeviceName,
  shortIdFor,
} from '../../src-renderer/db/deviceRepository';
import { getProfile, saveProfile } from '../../src-renderer/db/profileRepository';
import { SHORT_ID_ALPHABET } from '../../src-renderer/db/settingSchemas';
import { getLanguage, setLanguage } from '../../src-renderer/db/settingsRepository';
import { newDeviceId } from '../../shared/domain/ids';
import { makeInspector } from '../fixtures/builders';
import { dumpTables, freshDatabase } from './testDatabase';

let db: AppDatabase;
afterEach(async () => {
  await db.delete();
});

async function reopen(): Promise<AppDatabase> {
  db.close();
  db = openDatabase(db.name);
  await db.open();
  return db;
}

describe('profile', () => {
  it('round-trips, normalised by the schema, across a reopen', async () => {
    db = freshDatabase();
    expect(await getProfile(db)).toBeUndefined();
    const saved = await saveProfile(db, {
      ...makeInspector(),
      name: ' 张三 ',
      certificateNumber: 'lv-1411-0023',
    });
    expect(saved).toEqual({ ...makeInspector(), certificateNumber: 'LV-1411-0023' });
    expect(await getProfile(await reopen())).toEqual(saved);
  });

  it('refuses an invalid profile and keeps the old one', async () => {
    db = freshDatabase();
    await saveProfile(db, makeInspector());
    const before = await dumpTables(db);
    await expect(
      saveProfile(db, { ...makeInspector(), certificateNumber: 'ABC' }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      // @ts-expect-error -- a county outside Lüliang, as a corrupt form could send
      saveProfile(db, { ...makeInspector(), countyCode: '110000' }),
    ).rejects.toBeInstanceOf(ZodError);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('reads a stored value the schema no longer accepts as absent', async () => {
    db = freshDatabase();
    await db.settings.put({ key: 'profile', value: { name: 'x' } });
    expect(await getProfile(db)).toBeUndefined();
  });
});

describe('device identity', () => {
  it('is created once and kept across reopen, even when asked concurrently', async () => {
    db = freshDatabase();
    const [first, second] = await Promise.all([getDeviceIdentity(db), getDeviceIdentity(db)]);
    expect(second).toEqual(first);
    expect(first.shortId).toMatch(new RegExp(`^[${SHORT_ID_ALPHABET}]{3}$`));
    expect(first.shortId).toBe(shortIdFor(first.deviceId));
    expect(await getDeviceIdentity(await reopen())).toEqual(first);
    const renamed = await setDeviceName(db, '孝义分局-笔记本2');
    expect(renamed).toEqual({ ...first, name: '孝义分局-笔记本2' });
    expect(await getDeviceIdentity(await reopen())).toEqual(renamed);
  });

  it('short ids avoid look-alike characters and spread over devices', () => {
    const ids = Array.from({ length: 200 }, () => shortIdFor(newDeviceId()));
    for (const id of ids) expect(id).not.toMatch(/[01ILO]/);
    expect(new Set(ids).size).toBeGreaterThan(190);
  });

  it('throws rather than silently replacing a corrupt identity', async () => {
    db = freshDatabase();
    await db.settings.put({ key: 'deviceIdentity', value: { deviceId: 'nope' } });
    await expect(getDeviceIdentity(db)).rejects.toBeInstanceOf(ZodError);
  });
});

describe('language', () => {
  it('persists across reopen and refuses unknown languages', async () => {
    db = freshDatabase();
    expect(await getLanguage(db)).toBeUndefined();
    await setLanguage(db, 'en');
    expect(await getLanguage(await reopen())).toBe('en');
    // @ts-expect-error -- a language the app does not ship must be refused at run time too
    await expect(setLanguage(db, 'fr')).rejects.toBeInstanceOf(ZodError);
    expect(await getLanguage(db)).toBe('en');
  });
});
