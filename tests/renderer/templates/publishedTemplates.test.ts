/**
 * Published checklists on the laptop (docs/templates.md): pulled, kept offline, offered for
 * new inspections; a draft keeps its version across a new publication; a retired one is not
 * offered but still opens.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangesResponse } from '../../../shared/sync/wireSchemas';
import {
  clearPublishedTemplates,
  getTemplate,
  latestTemplate,
  offeredTypes,
} from '../../../shared/templates/registry';
import {
  createDraftInspection,
  getInspection,
} from '../../../src-renderer/db/inspectionRepository';
import { applyChangesPage } from '../../../src-renderer/db/applyPulledChanges';
import { loadPublishedTemplates } from '../../../src-renderer/db/loadPublishedTemplates';
import { templateRefFor } from '../../../src-renderer/features/inspections/templateRefFor';
import { makeInspector, makeSite, testDeviceId } from '../../fixtures/builders';
import { canteenFumeV1 } from '../../fixtures/templates/canteenFume';
import { freshDatabase } from '../testDatabase';

let seq = 0;
function page(template: object, retired = false): ChangesResponse {
  const t = template as { id: string; version: number };
  seq += 1;
  return {
    changes: [
      {
        type: 'reference',
        seq,
        table: 'checklist-template',
        key: `${t.id}@${t.version}`,
        data: { template, retired, scope: ['141181'] },
      },
    ],
    cursor: String(seq),
    more: false,
  };
}
const v2 = {
  ...canteenFumeV1,
  version: 2,
  title: { zh: '餐饮油烟检查（第二版）', en: 'Canteen fume check v2' },
};

afterEach(() => clearPublishedTemplates());

describe('published templates on the laptop', () => {
  it('a pulled template is kept, offered, and survives a restart (offline)', async () => {
    const db = freshDatabase();
    expect(offeredTypes()).not.toContain('canteen-fume');
    expect(await applyChangesPage(db, page(canteenFumeV1), 'server-device')).toMatchObject({
      stored: 1,
    });
    expect(latestTemplate('canteen-fume')).toMatchObject({ id: 'canteenFume', version: 1 });
    clearPublishedTemplates(); // the app restarts: nothing in memory, the setting remains
    expect(getTemplate('canteenFume', 1)).toBeUndefined();
    expect(await loadPublishedTemplates(db)).toBe(1);
    expect(getTemplate('canteenFume', 1)?.title.zh).toBe('餐饮油烟检查');
    expect(offeredTypes()).toContain('canteen-fume');
  });

  it('a kept template damaged in the store is loaded by outline, then dropped when a screen asks for it', async () => {
    const db = freshDatabase();
    await applyChangesPage(db, page(canteenFumeV1), 'server-device');
    const key = 'publishedTemplate:canteenFume@1';
    const kept = (await db.settings.get(key))?.value as { template: object; retired: boolean };
    await db.settings.put({
      key,
      value: { ...kept, template: { ...kept.template, sections: 'damaged' } },
    });
    clearPublishedTemplates();
    expect(await loadPublishedTemplates(db)).toBe(1);
    expect(getTemplate('canteenFume', 1)).toBeUndefined();
    expect(offeredTypes()).not.toContain('canteen-fume');
  });

  it('refuses a template that breaks the format, keeping nothing', async () => {
    const db = freshDatabase();
    const broken = { ...canteenFumeV1, limits: [] }; // its reading's limit is gone
    expect(await applyChangesPage(db, page(broken), 'server-device')).toMatchObject({
      stored: 0,
      skipped: 1,
    });
    expect(getTemplate('canteenFume', 1)).toBeUndefined();
    expect(await loadPublishedTemplates(db)).toBe(0);
  });

  it('a draft keeps its template version across a new publication; retired still opens', async () => {
    const db = freshDatabase();
    await applyChangesPage(db, page(canteenFumeV1), 'server-device');
    const draft = await createDraftInspection(db, {
      type: 'canteen-fume',
      template: templateRefFor('canteen-fume'),
      site: makeSite({ countyCode: '141181' }),
      inspectors: [makeInspector()],
      deviceId: testDeviceId,
    });
    expect(draft.template).toEqual({ id: 'canteenFume', version: 1 });

    await applyChangesPage(db, page(v2), 'server-device');
    expect(templateRefFor('canteen-fume')).toEqual({ id: 'canteenFume', version: 2 });
    expect((await getInspection(db, draft.id))?.template).toEqual({
      id: 'canteenFume',
      version: 1,
    });

    // Both retired: no new inspection of the type, but the draft's template still renders.
    await applyChangesPage(db, page(canteenFumeV1, true), 'server-device');
    await applyChangesPage(db, page(v2, true), 'server-device');
    expect(offeredTypes()).not.toContain('canteen-fume');
    expect(() => latestTemplate('canteen-fume')).toThrow();
    expect(getTemplate('canteenFume', 1)?.sections).toHaveLength(2);
    // A changed body under the same id+version is not taken: only the retired flag moves.
    await applyChangesPage(
      db,
      page({ ...canteenFumeV1, title: { zh: '改', en: 'changed' } }, true),
      'server-device',
    );
    clearPublishedTemplates();
    await loadPublishedTemplates(db);
    expect(getTemplate('canteenFume', 1)?.title.zh).toBe('餐饮油烟检查');
  });
});
