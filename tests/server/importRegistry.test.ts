/** Registry CSV import: every error with its line, all or nothing, then pulled in scope. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegistry } from '../../src-server/cli/importRegistry';
import { ChangesResponse, type EnrolResponse } from '../../shared/sync/wireSchemas';
import { makeCreditCode } from '../fixtures/builders';
import { pull } from './support/client';
import { dumpTables, startTestServer, type TestServer } from './support/testServer';

describe('import-registry', () => {
  let server: TestServer;
  let xiaoyi: EnrolResponse;
  let lishi: EnrolResponse;
  beforeAll(async () => {
    server = await startTestServer();
    xiaoyi = await server.enrol('141181');
    lishi = await server.enrol('141102');
  });
  afterAll(async () => {
    await server?.close();
  });

  const header = 'credit_code,name,county_code,address,legal_representative,industry';
  const good = makeCreditCode();

  it('lists every bad row with its line number and imports nothing', async () => {
    const before = await dumpTables(server.opened);
    const csv = [
      header,
      `${good},"孝义市ABC化工有限公司",141181,"梧桐镇工业园区 8 号",王建国,化工`,
      `91141181MA0000001X,坏代码公司,141181,某地,,`,
      `${makeCreditCode()},,141181,某地,,`,
      `${good},重复的,141181,某地,,`,
      `${makeCreditCode()},"控制\u0000字符公司",141181,某地,,`,
    ].join('\r\n');
    const result = await importRegistry(
      server.opened.db,
      server.opened.engine,
      'enterprises',
      csv,
      new Date(),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.line, e.column])).toEqual([
        [3, 'credit_code'],
        [4, 'name'],
        [5, 'credit_code'],
        [6, 'name'],
      ]);
      expect(result.errors[0]?.message).toBe('errors.uscc.checksum');
    }
    expect(await dumpTables(server.opened)).toEqual(before);
  });

  it('imports valid rows and hands them to devices in scope', async () => {
    const csv = `\uFEFF${header}\n${good},"孝义市ABC化工有限公司，二分厂",141181,"梧桐镇工业园区 8 号",王建国,化工\n`;
    expect(
      await importRegistry(server.opened.db, server.opened.engine, 'enterprises', csv, new Date()),
    ).toEqual({ ok: true, imported: 1 });
    const mine = ChangesResponse.parse((await pull(server.url, xiaoyi.token)).json);
    expect(mine.changes).toHaveLength(1);
    expect(mine.changes[0]).toMatchObject({
      type: 'reference',
      table: 'enterprise',
      key: good,
      data: { name: '孝义市ABC化工有限公司，二分厂', county_code: '141181' },
    });
    const theirs = ChangesResponse.parse((await pull(server.url, lishi.token)).json);
    expect(theirs.changes).toEqual([]);
  });
});
