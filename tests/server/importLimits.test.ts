/** import-limits: the office's overrides validated all or nothing, then pulled by every device. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLimits } from '../../src-server/cli/importLimits';
import { ChangesResponse, type EnrolResponse } from '../../shared/sync/wireSchemas';
import { pull } from './support/client';
import { dumpTables, startTestServer, type TestServer } from './support/testServer';

const hood = {
  'vocs.hood-face-velocity': {
    values: { kind: 'single', bound: { min: 0.5 } },
    source: '吕梁市生态环境局《关于加强VOCs无组织排放管控的通知》（2026年第3号）',
    unit: 'm/s',
  },
};

describe('import-limits', () => {
  let server: TestServer;
  let xiaoyi: EnrolResponse;
  let city: EnrolResponse;
  beforeAll(async () => {
    server = await startTestServer();
    xiaoyi = await server.enrol('141181');
    city = await server.enrol('city', '吕梁市局 办公室');
  });
  afterAll(async () => {
    await server?.close();
  });

  const run = (text: string) =>
    importLimits(server.opened.db, server.opened.engine, text, new Date());

  it('refuses bad files with every problem and its path, and writes nothing', async () => {
    const before = await dumpTables(server.opened);
    const notJson = await run('{"vocs.hood-face-velocity": {"values": ');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.errors[0]?.message).toMatch(/^not JSON: /);

    const bad = await run(
      JSON.stringify({
        ...hood,
        'vocs.boundary-nmhc': {
          values: { kind: 'single', bound: { min: 9, max: 2 } },
          source: '通知',
          unit: 'mg/m³',
        },
        'dust.enclosure-height': {
          values: { kind: 'single', bound: { min: 2.5 } },
          source: '　',
          unit: 'm',
        },
      }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => e.path)).toEqual([
        'vocs.boundary-nmhc.values.bound',
        'dust.enclosure-height.source',
      ]);
      expect(bad.errors[0]?.message).toBe('min above max');
    }

    // Valid by the schema, wrong for the table: an unknown id and a changed unit.
    const wrong = await run(
      JSON.stringify({
        ...hood,
        'vocs.hood-velocity-typo': hood['vocs.hood-face-velocity'],
        'vocs.boundary-nmhc': {
          values: { kind: 'single', bound: { max: 4 } },
          source: '通知',
          unit: 'μmol/mol',
        },
      }),
    );
    expect(wrong).toEqual({
      ok: false,
      errors: [
        { path: 'vocs.hood-velocity-typo', message: 'unknown limit id vocs.hood-velocity-typo' },
        {
          path: 'vocs.boundary-nmhc.unit',
          message: "unit μmol/mol differs from the limit's unit mg/m³",
        },
      ],
    });
    expect((await run('[]')).ok).toBe(false);
    // Control characters in a unit or a source: the laptop's text rule, with the path.
    for (const [field, value] of [
      ['unit', 'm/s\u0000'],
      ['source', '通知\u0007（2026）'],
    ] as const) {
      const control = await run(
        JSON.stringify({
          'vocs.hood-face-velocity': { ...hood['vocs.hood-face-velocity'], [field]: value },
        }),
      );
      expect(control).toEqual({
        ok: false,
        errors: [
          { path: `vocs.hood-face-velocity.${field}`, message: 'text holds a control character' },
        ],
      });
    }
    expect(await dumpTables(server.opened)).toEqual(before);
  });

  it('stores a version and hands it to every device, county and city alike', async () => {
    expect(await run(`\uFEFF${JSON.stringify(hood)}`)).toEqual({
      ok: true,
      version: 1,
      overrides: 1,
    });
    for (const device of [xiaoyi, city]) {
      const page = ChangesResponse.parse((await pull(server.url, device.token)).json);
      expect(page.changes).toEqual([
        {
          type: 'reference',
          seq: expect.any(Number) as number,
          table: 'limit-table',
          key: 'overrides',
          data: { version: 1, overrides: hood },
        },
      ]);
    }
  });

  it('a later import replaces the table; a device past the first pulls only the new version', async () => {
    const first = ChangesResponse.parse((await pull(server.url, xiaoyi.token)).json);
    expect(await run('{}')).toEqual({ ok: true, version: 2, overrides: 0 });
    const next = ChangesResponse.parse((await pull(server.url, xiaoyi.token, first.cursor)).json);
    expect(next.changes).toMatchObject([
      { table: 'limit-table', data: { version: 2, overrides: {} } },
    ]);
    // From the start: both versions, each as it was, the newest last.
    const all = ChangesResponse.parse((await pull(server.url, city.token)).json);
    expect(all.changes.map((c) => (c.type === 'reference' ? c.data.version : null))).toEqual([
      1, 2,
    ]);
  });

  it('the CLI names the file and the path of each error, exits 1 and imports nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bluesky-limits-cli-'));
    try {
      const file = join(dir, '限值.json');
      writeFileSync(
        file,
        JSON.stringify({
          'vocs.hood-face-velocity': { ...hood['vocs.hood-face-velocity'], unit: 'm' },
        }),
      );
      let status = 0;
      let stderr = '';
      try {
        execFileSync(
          'npx',
          ['tsx', 'src-server/main.ts', '--data-dir', dir, 'import-limits', file],
          { encoding: 'utf8', stdio: 'pipe' },
        );
      } catch (error) {
        status = (error as { status: number }).status;
        stderr = (error as { stderr: string }).stderr;
      }
      expect(status).toBe(1);
      expect(stderr).toContain(
        `${file} vocs.hood-face-velocity.unit: unit m differs from the limit's unit m/s`,
      );
      expect(stderr).toContain('1 error(s); nothing imported');
      writeFileSync(file, JSON.stringify(hood));
      const out = execFileSync(
        'npx',
        ['tsx', 'src-server/main.ts', '--data-dir', dir, 'import-limits', file],
        { encoding: 'utf8', stdio: 'pipe' },
      );
      expect(out).toContain('imported 1 limit override(s) as version 1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
