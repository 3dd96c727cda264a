import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { openDatabase, requestPersistentStorage } from '../../src-renderer/db/database';

describe('openDatabase', () => {
  it('closes for good and tells the UI when another connection upgrades', async () => {
    const onVersionChange = vi.fn();
    const name = `vc-${crypto.randomUUID()}`;
    const db = openDatabase(name, { onVersionChange });
    await db.open();
    const newer = new Dexie(name);
    newer.version(2).stores({ settings: 'key' });
    await newer.open();
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    // No silent reopen with the old schema: writes from this window now fail loudly.
    await expect(db.settings.put({ key: 'k', value: 1 })).rejects.toThrow();
    newer.close();
    await Dexie.delete(name);
  });

  it('reports a blocked upgrade, then opens once the old connection goes', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    // An old window holding version 1 that ignores versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    let db: ReturnType<typeof openDatabase> | undefined;
    const blocked = new Promise<void>((resolve) => {
      db = openDatabase(name, { onBlocked: resolve });
    });
    const opening = db?.open();
    await blocked;
    old.close();
    await opening;
    expect(db?.isOpen()).toBe(true);
    await db?.delete();
  });
});

describe('requestPersistentStorage', () => {
  it('says not persisted where there is no StorageManager', async () => {
    expect(await requestPersistentStorage()).toEqual({ persisted: false });
  });

  it('asks for persistence and reports usage where there is one', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', {
      storage: {
        persisted: () => Promise.resolve(false),
        persist,
        estimate: () => Promise.resolve({ usage: 10, quota: 100 }),
      },
    });
    try {
      expect(await requestPersistentStorage()).toEqual({ persisted: true, usage: 10, quota: 100 });
      expect(persist).toHaveBeenCalledOnce();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
