// The office's limit overrides, imported on the REAL server, pulled by a field laptop into the
// `limitOverrides` setting the checklist engine reads, and from there applied to a limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../../shared/templates/limits';
import { resolveLimit } from '../../../shared/templates/resolveLimit';
import type { ChangesResponse } from '../../../shared/sync/wireSchemas';
import { importLimits } from '../../../src-server/cli/importLimits';
import { controlLevelFor } from '../../../shared/templates/controlLevels';
import {
  loadControlLevels,
  loadLimitOverrides,
} from '../../../src-renderer/features/checklist/checklistData';
import { applyChangesPage } from '../../../src-renderer/db/applyPulledChanges';
import { LIMIT_OVERRIDES_VERSION_KEY } from '../../../src-renderer/db/pulledLimitTable';
import { startTestServer, type TestServer } from '../../server/support/testServer';
import { dumpTables } from '../testDatabase';
import { enrolClient, type TestClient } from './syncHarness';

const NOTICE = '吕梁市生态环境局《关于加强VOCs无组织排放管控的通知》（2026年第3号）';
const hood = {
  'vocs.hood-face-velocity': {
    values: { kind: 'single', bound: { min: 0.5 } },
    source: NOTICE,
    unit: 'm/s',
  },
} as const;

let server: TestServer;
let laptop: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  laptop = await enrolClient(server, '141181', '孝义分局 笔记本 01');
});

afterAll(async () => {
  await server?.close();
});

const publish = (overrides: object) =>
  importLimits(server.opened.db, server.opened.engine, JSON.stringify(overrides), new Date());

describe('limit overrides pulled as reference data', () => {
  it('lands in the limitOverrides setting, and the checklist resolves the office’s limit', async () => {
    expect(await loadLimitOverrides(laptop.db)).toEqual({});
    expect(await publish(hood)).toMatchObject({ ok: true, version: 1 });
    expect((await laptop.pull()).stored).toBe(1);
    const overrides = await loadLimitOverrides(laptop.db);
    expect(overrides).toEqual(hood);
    const resolved = resolveLimit(limits, overrides, 'vocs.hood-face-velocity', {});
    expect(resolved).toMatchObject({
      ok: true,
      limit: { min: 0.5, source: NOTICE, overridden: true },
    });
    // Pulling again brings nothing and changes nothing.
    const before = await dumpTables(laptop.db);
    expect((await laptop.pull()).stored).toBe(0);
    expect(await dumpTables(laptop.db)).toEqual(before);
  });

  it('a newer table replaces it; withdrawing every override brings the defaults back', async () => {
    expect(await publish({})).toMatchObject({ ok: true, version: 2 });
    await laptop.pull();
    expect(await loadLimitOverrides(laptop.db)).toEqual({});
    expect(resolveLimit(limits, {}, 'vocs.hood-face-velocity', {})).toMatchObject({
      ok: true,
      limit: { min: 0.3, overridden: false },
    });
  });

  it('an older version replayed never replaces a newer one; a malformed table is skipped', async () => {
    const change = (seq: number, data: Record<string, unknown>): ChangesResponse => ({
      changes: [{ type: 'reference', seq, table: 'limit-table', key: 'overrides', data }],
      cursor: String(seq),
      more: false,
    });
    expect(
      await applyChangesPage(laptop.db, change(900, { version: 1, overrides: hood }), 'x'),
    ).toMatchObject({ stored: 0, skipped: 1 });
    expect(await loadLimitOverrides(laptop.db)).toEqual({});
    const bad = {
      version: 3,
      overrides: { 'vocs.hood-face-velocity': { ...hood['vocs.hood-face-velocity'], source: '' } },
    };
    expect(await applyChangesPage(laptop.db, change(901, bad), 'x')).toMatchObject({
      skipped: 1,
    });
    expect(await loadLimitOverrides(laptop.db)).toEqual({});
    expect((await laptop.db.settings.get(LIMIT_OVERRIDES_VERSION_KEY))?.value).toBe(2);
  });

  it('carries the office’s per-county control level; counties not listed keep 特别控制要求', async () => {
    const levels = { '141181': { level: 'general', basis: '吕环函〔2027〕5号（孝义市试点）' } };
    expect(await publish({ controlLevels: { '999999': levels['141181'] } })).toMatchObject({
      ok: false,
    });
    expect(await publish({ ...hood, controlLevels: levels })).toMatchObject({
      ok: true,
      version: 3,
      overrides: 1,
    });
    // The test above moved the cursor past the server's log with hand-made changes: restart it.
    await laptop.db.settings.delete('sync.cursor');
    await laptop.pull();
    const table = await loadControlLevels(laptop.db);
    expect(table).toEqual(levels);
    expect(controlLevelFor('141181', table)).toEqual(levels['141181']);
    expect(controlLevelFor('141102', table)).toMatchObject({ level: 'special' });
    expect(await loadLimitOverrides(laptop.db)).toEqual(hood);
    // The next table without control levels brings the defaults back.
    expect(await publish(hood)).toMatchObject({ ok: true, version: 4 });
    await laptop.pull();
    expect(await loadControlLevels(laptop.db)).toEqual({});
  });
});
