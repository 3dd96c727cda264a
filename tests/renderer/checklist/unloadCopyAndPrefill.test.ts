// The unload copy (localStorage) that survives a reload cut-off, and the machinery facts a
// registry entry prefills, against the real store (fake-indexeddb) and template.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newRecordId } from '../../../shared/domain/ids';
import { machineryCheckV1 } from '../../../shared/templates/machineryCheck.v1';
import type { ChecklistDraft } from '../../../src-renderer/features/checklist/checklistDraft';
import {
  loadLimitOverrides,
  loadMachine,
  prefillFacts,
} from '../../../src-renderer/features/checklist/checklistData';
import {
  clearUnloadCopy,
  readUnloadCopy,
  writeUnloadCopy,
} from '../../../src-renderer/features/checklist/unloadCopy';
import { makeMachine } from '../../fixtures/builders';
import { freshDatabase } from '../testDatabase';

/** Node has no localStorage: a Map behind the same four calls. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const draft: ChecklistDraft = {
  options: ['petrol-station'],
  facts: { controlLevel: 'special', permitNumber: '91141100MA0K2X7C1Q001V' },
  answers: {
    'vocs.basics.permit-valid': {
      result: 'pass',
      note: '许可证正本在墙上，“有效期至2028年”😀',
      readingTexts: [],
      instrument: { type: '', model: '', serial: '', calibratedOn: '' },
    },
    'vocs.collection.face-velocity': {
      note: '',
      readingTexts: ['0.2m'], // as typed, invalid: the form keeps it after recovery too
      instrument: { type: 'anemometer', model: 'Testo 405i', serial: '', calibratedOn: '' },
    },
  },
  findings: {},
};

describe('unload copy', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    Reflect.set(globalThis, 'localStorage', storage);
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('gives back exactly what was unsaved when the stored record is the one it started from', () => {
    const id = newRecordId();
    writeUnloadCopy(id, 4, draft);
    expect(readUnloadCopy(id, 4)).toEqual(draft);
    expect(readUnloadCopy(id, 5)).toEqual(draft); // the unload's own write got through
    clearUnloadCopy(id);
    expect(readUnloadCopy(id, 4)).toBeUndefined();
  });

  it('drops a copy older than the stored record (changed since, e.g. by a sync)', () => {
    const id = newRecordId();
    writeUnloadCopy(id, 4, draft);
    expect(readUnloadCopy(id, 6)).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });

  it('drops a corrupt or foreign copy instead of loading it', () => {
    const id = newRecordId();
    storage.setItem(`bluesky.checklist.unsaved.${id}`, '{"baseRev":1,"draft":{"options":"all"}}');
    expect(readUnloadCopy(id, 1)).toBeUndefined();
    storage.setItem(`bluesky.checklist.unsaved.${id}`, '{not json');
    expect(readUnloadCopy(id, 1)).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });

  it('keeps copies of different inspections apart', () => {
    const a = newRecordId();
    const b = newRecordId();
    writeUnloadCopy(a, 1, draft);
    expect(readUnloadCopy(b, 1)).toBeUndefined();
    expect(readUnloadCopy(a, 1)).toEqual(draft);
  });
});

describe('machinery facts from the registry, and limit overrides from settings', () => {
  it('prefills the facts a machine knows, never over what was typed', async () => {
    const db = freshDatabase();
    const machine = makeMachine({ emissionStage: 'china2', ratedPowerKw: 75.5 });
    await db.machines.put({ ...machine, searchTokens: [] });
    const loaded = await loadMachine(db, machine.id);
    if (!loaded) throw new Error('machine not stored');
    expect(prefillFacts(machineryCheckV1, loaded, {})).toEqual({
      registrationCode: machine.registrationCode,
      emissionStage: 'china2',
      ratedPowerKw: '75.5',
      fuel: 'diesel',
    });
    expect(prefillFacts(machineryCheckV1, loaded, { ratedPowerKw: '80' })).not.toHaveProperty(
      'ratedPowerKw',
    );
    db.close();
  });

  it('reads valid overrides from settings and ignores a malformed one', async () => {
    const db = freshDatabase();
    expect(await loadLimitOverrides(db)).toEqual({});
    const override = {
      'dust.enclosure-height': {
        values: { kind: 'single', bound: { min: 2.5 } },
        source: '吕政办发〔2026〕5号',
        unit: 'm',
      },
    };
    await db.settings.put({ key: 'limitOverrides', value: override });
    expect(await loadLimitOverrides(db)).toEqual(override);
    await db.settings.put({
      key: 'limitOverrides',
      value: { 'dust.enclosure-height': { values: 2.5 } },
    });
    expect(await loadLimitOverrides(db)).toEqual({});
    db.close();
  });
});
