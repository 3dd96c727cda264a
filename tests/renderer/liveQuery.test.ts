import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDraftInspection, listInspections } from '../../src-renderer/db/inspectionRepository';
import { searchSites } from '../../src-renderer/db/siteRepository';
import { makeInspector, makeSite, testDeviceId } from '../fixtures/builders';
import { freshDatabase } from './testDatabase';

describe('repository reads under liveQuery (what useLiveQuery runs)', () => {
  it('list and site search re-run after a write', async () => {
    const db = freshDatabase();
    const seen: [number, number][] = [];
    let wake = () => {};
    const subscription = liveQuery(async () => {
      const [list, sites] = await Promise.all([
        listInspections(db, { search: '化工' }),
        searchSites(db, '化工'),
      ]);
      return [list.total, sites.length] as [number, number];
    }).subscribe({
      next: (value) => {
        seen.push(value);
        wake();
      },
    });
    const next = () => new Promise<void>((resolve) => (wake = resolve));
    await next();
    const changed = next();
    await createDraftInspection(db, {
      type: 'vocs',
      template: { id: 'vocs-general', version: 1 },
      site: makeSite({ name: '孝义市化工厂' }),
      inspectors: [makeInspector()],
      deviceId: testDeviceId,
    });
    await changed;
    subscription.unsubscribe();
    expect(seen).toEqual([
      [0, 0],
      [1, 1],
    ]);
    await db.delete();
  });
});
