/** import-template: a checklist published all or nothing (JSON or sheet), then pulled in scope. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTemplate } from '../../src-server/templates/importTemplate';
import { retireTemplate } from '../../src-server/templates/publishTemplate';
import { ChangesResponse, type EnrolResponse } from '../../shared/sync/wireSchemas';
import { vocsV1 } from '../../shared/templates/vocs.v1';
import { csvOf, sheetRows, xlsxOf } from '../../scripts/templateExample';
import { canteenFumeV1 } from '../fixtures/templates/canteenFume';
import { pull } from './support/client';
import { dumpTables, startTestServer, type TestServer } from './support/testServer';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('import-template', () => {
  let server: TestServer;
  let xiaoyi: EnrolResponse;
  let lishi: EnrolResponse;
  let city: EnrolResponse;
  beforeAll(async () => {
    server = await startTestServer();
    xiaoyi = await server.enrol('141181');
    lishi = await server.enrol('141102');
    city = await server.enrol('city', '吕梁市局 办公室');
  });
  afterAll(async () => {
    await server?.close();
  });

  const run = (name: string, bytes: Uint8Array, scope: 'city' | string[] = 'city') =>
    importTemplate(server.opened.db, server.opened.engine, name, bytes, scope, new Date());
  const templatesPulled = async (device: EnrolResponse) =>
    ChangesResponse.parse((await pull(server.url, device.token)).json).changes.flatMap((c) =>
      c.type === 'reference' && c.table === 'checklist-template' ? [c] : [],
    );

  it('refuses broken JSON with every problem and its path, and writes nothing', async () => {
    const before = await dumpTables(server.opened);
    const broken = structuredClone(canteenFumeV1) as Record<string, unknown> & typeof canteenFumeV1;
    broken.title = { zh: '餐饮油烟检查', en: ' ' };
    (broken.sections[1]!.items[0] as { limitRef: string }).limitRef = 'canteen-fume.no-such-limit';
    (broken.sections[0]!.items[1] as { condition: unknown }).condition = {
      fact: 'seats',
      atLeast: 50,
    };
    const result = await run('fume.json', utf8(JSON.stringify(broken)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.where)).toContain('title.en');
      const messages = result.errors.map((e) => e.message).join('\n');
      expect(messages).toContain(
        'canteen-fume.emission.concentration: unknown limit canteen-fume.no-such-limit',
      );
      expect(messages).toContain('unknown fact seats');
    }
    // An unknown unit, and not JSON at all.
    const unit = structuredClone(canteenFumeV1);
    (unit.sections[1]!.items[0] as { unit: string }).unit = 'mg/m3';
    const unitResult = await run('fume.json', utf8(JSON.stringify(unit)));
    expect(unitResult.ok).toBe(false);
    if (!unitResult.ok)
      expect(unitResult.errors.map((e) => e.where)).toContain('sections.1.items.0.unit');
    expect(await run('fume.json', utf8('{"id": '))).toMatchObject({
      ok: false,
      errors: [{ where: '' }],
    });
    expect(await dumpTables(server.opened)).toEqual(before);
  });

  it('publishes JSON once; the same again is a no-op, other content under the same version is refused', async () => {
    expect(
      await run('fume.json', utf8(`\uFEFF${JSON.stringify(canteenFumeV1)}`), ['141181']),
    ).toEqual({
      ok: true,
      outcome: 'published',
      id: 'canteenFume',
      version: 1,
    });
    // Key order and whitespace do not count.
    const reordered = JSON.stringify(
      { ...canteenFumeV1, title: { en: canteenFumeV1.title.en, zh: canteenFumeV1.title.zh } },
      null,
      2,
    );
    expect(await run('fume.json', utf8(reordered), ['141181'])).toMatchObject({
      ok: true,
      outcome: 'unchanged',
    });
    const before = await dumpTables(server.opened);
    const changed = {
      ...canteenFumeV1,
      title: { zh: '餐饮油烟检查（修订）', en: 'Canteen fume check (revised)' },
    };
    const refused = await run('fume.json', utf8(JSON.stringify(changed)), ['141181']);
    expect(refused).toMatchObject({
      ok: false,
      errors: [
        {
          where: '',
          message: expect.stringContaining('already published with other content') as string,
        },
      ],
    });
    // A built-in id+version is published already: its own content is a no-op, other content refused.
    expect(await run('vocs.json', utf8(JSON.stringify(vocsV1)))).toMatchObject({
      ok: true,
      outcome: 'unchanged',
    });
    expect(
      await run(
        'vocs.json',
        utf8(JSON.stringify({ ...vocsV1, title: { zh: '改', en: 'changed' } })),
      ),
    ).toMatchObject({ ok: false });
    expect(await dumpTables(server.opened)).toEqual(before);
  });

  it('delivers a county-scoped template to that county and the city, not to another county', async () => {
    const toXiaoyi = await templatesPulled(xiaoyi);
    expect(toXiaoyi).toHaveLength(1);
    expect(toXiaoyi[0]).toMatchObject({
      key: 'canteenFume@1',
      data: { retired: false, scope: ['141181'], template: { id: 'canteenFume', version: 1 } },
    });
    expect(await templatesPulled(lishi)).toEqual([]);
    expect((await templatesPulled(city)).map((c) => c.key)).toEqual(['canteenFume@1']);
  });

  it('publishes a sheet (.xlsx and .csv give the same template) with its own strict limit', async () => {
    const xlsx = await run('boiler.xlsx', await xlsxOf(sheetRows));
    expect(xlsx).toEqual({ ok: true, outcome: 'published', id: 'boilerDenox', version: 1 });
    // The same sheet as CSV is the same content: a no-op.
    expect(await run('boiler.csv', utf8(csvOf(sheetRows)))).toMatchObject({
      ok: true,
      outcome: 'unchanged',
    });
    const pulled = (await templatesPulled(lishi)).find((c) => c.key === 'boilerDenox@1');
    expect(pulled?.data).toMatchObject({
      scope: 'city',
      template: {
        type: 'boiler-denox',
        facts: [{ id: 'process', kind: 'select', required: true }],
        sections: [
          {
            id: 'boiler-denox.run',
            items: [
              { condition: { fact: 'process', equals: 'scr' } },
              { limitRef: 'boiler-denox.run.nox' },
            ],
          },
        ],
        limits: [
          {
            id: 'boiler-denox.run.nox',
            unit: 'mg/m³',
            source: 'GB 13271-2014 表3',
            values: { kind: 'single', bound: { max: 50, maxExclusive: true } },
          },
        ],
      },
    });
  });

  it('refuses a broken sheet with errors by sheet, row and column, and writes nothing', async () => {
    const before = await dumpTables(server.opened);
    const items = sheetRows.items!.map((r) => [...r]);
    items[1]![12] = 'process=scr & sizes>=big'; // unreadable condition
    items[2]![10] = '≈'; // unknown limit op
    items.push([
      'boiler-denox.run',
      '运行',
      'Running',
      'boiler-denox.run.urea',
      '尿素台账',
      '',
      'HJ 562-2010',
      'check',
      '',
      '',
      '',
      '',
      '',
    ]);
    const broken = {
      ...sheetRows,
      template: sheetRows.template!.map((r) => (r[0] === 'version' ? ['version', '2'] : r)),
      items,
    };
    const xlsx = await run('boiler.xlsx', await xlsxOf(broken));
    expect(xlsx).toEqual({
      ok: false,
      errors: [
        {
          where: 'items row 2 column condition',
          message: expect.stringContaining('"sizes>=big": >= needs a number') as string,
        },
        {
          where: 'items row 3 column limit op',
          message: expect.stringContaining('not "≈"') as string,
        },
      ],
    });
    // Cell problems fixed, the empty English text is left: the schema's problem goes to its cell.
    items[1]![12] = 'process=scr';
    items[2]![10] = '<=';
    const csv = await run('boiler.csv', utf8(csvOf({ ...broken, items })));
    expect(csv.ok).toBe(false);
    // CSV rows are file lines: [template] + 5 rows, [facts] + 2, [items], header, then the items.
    if (!csv.ok)
      expect(csv.errors).toEqual([
        { where: 'items row 14 column text en', message: expect.any(String) as string },
      ]);
    expect(await dumpTables(server.opened)).toEqual(before);
  });

  it('retiring sends the flag to the same devices; the template itself is unchanged', async () => {
    expect(await retireTemplate(server.opened.db, server.opened.engine, 'canteenFume', 1)).toEqual({
      ok: true,
      outcome: 'retired',
    });
    expect(await retireTemplate(server.opened.db, server.opened.engine, 'canteenFume', 1)).toEqual({
      ok: true,
      outcome: 'unchanged',
    });
    expect(
      await retireTemplate(server.opened.db, server.opened.engine, 'canteenFume', 9),
    ).toMatchObject({ ok: false });
    const pulled = await templatesPulled(xiaoyi);
    expect(pulled.at(-1)).toMatchObject({
      key: 'canteenFume@1',
      data: { retired: true, template: canteenFumeV1 },
    });
    expect((await templatesPulled(lishi)).map((c) => c.key)).toEqual(['boilerDenox@1']);
  });

  it('the CLI publishes the shipped example sheet, then finds it unchanged as CSV; errors name the cell', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bluesky-template-cli-'));
    const cli = (...args: string[]) =>
      execFileSync('npx', ['tsx', 'src-server/main.ts', '--data-dir', dir, ...args], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    try {
      expect(cli('import-template', 'assets/templates/checklist-example.xlsx')).toContain(
        'published boilerDenox version 1',
      );
      expect(
        cli('import-template', '--scope', '141181', 'assets/templates/checklist-example.csv'),
      ).toContain('already published, unchanged: boilerDenox version 1');
      const broken = join(dir, '检查表.csv');
      writeFileSync(
        broken,
        csvOf({
          ...sheetRows,
          template: sheetRows.template!.map((r) => (r[0] === 'version' ? ['version', '2'] : r)),
          items: sheetRows.items!.map((r, i) =>
            i === 2 ? r.map((c, j) => (j === 11 ? '五十' : c)) : r,
          ),
        }),
      );
      let status = 0;
      let stderr = '';
      try {
        cli('import-template', broken);
      } catch (error) {
        status = (error as { status: number }).status;
        stderr = (error as { stderr: string }).stderr;
      }
      expect(status).toBe(1);
      expect(stderr).toContain(
        `${broken} items row 13 column limit value: limit value is a number, not "五十"`,
      );
      expect(stderr).toContain('1 error(s); nothing published');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
