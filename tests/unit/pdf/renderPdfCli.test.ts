/** `npm run pdf`: single record, day/county batch, and clear failures with exit code 1. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixtureInspection, makeFixtureMachine } from '../../fixtures/records/recordFixtures';
import { pageCount, pdfText, savePdf, squash } from './pdfTestKit';
import { readFileSync } from 'node:fs';

const dir = mkdtempSync(join(tmpdir(), 'bsi-pdf-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync('npx', ['tsx', 'src-server/cli/renderPdf.ts', ...args], { encoding: 'utf8' });
}

function write(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

describe('npm run pdf', () => {
  it('renders a record exported as JSON, template taken from the record', () => {
    const { record } = makeFixtureInspection('machinery', { findingLength: 100 });
    const out = join(dir, 'one.pdf');
    const result = run(write('record.json', record), '-o', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    savePdf('cli-machinery', new Uint8Array(readFileSync(out)));
    expect(squash(pdfText(out, 'raw'))).toContain(squash(record.site.name));
  }, 60_000);

  it('prints a day of one county into one PDF, numbered per record', () => {
    const a = makeFixtureInspection('vocs', { findingLength: 100 }).record;
    const b = makeFixtureInspection('dust', { findingLength: 100 }).record;
    const elsewhere = makeFixtureInspection('dust', { findingLength: 100 }).record;
    const otherCounty = { ...elsewhere, site: { ...elsewhere.site, countyCode: '141102' } };
    const otherDay = {
      ...b,
      id: makeFixtureInspection('dust').record.id,
      startedAt: '2026-11-29T01:00:00.000Z',
    };
    const machine = makeFixtureMachine();
    const out = join(dir, 'day.pdf');
    const files = [a, b, otherCounty, otherDay, machine].map((r, i) => write(`r${i}.json`, r));
    const result = run('--day', '2026-11-28', '--county', '141181', ...files, '-o', out);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('2 record(s)');
    savePdf('cli-day-batch', new Uint8Array(readFileSync(out)));
    const text = pdfText(out, 'raw');
    expect((text.match(/第 1 页 共 \d+ 页/g) ?? []).length).toBe(2);
    expect(squash(text)).toContain(squash(a.site.name));
    expect(squash(text)).toContain(squash(b.site.name));
    const totals = [...text.matchAll(/第 1 页 共 (\d+) 页/g)].map((m) => Number(m[1]));
    expect(totals.reduce((x, y) => x + y, 0)).toBe(pageCount(out));
  }, 90_000);

  it.each([
    ['bad JSON', () => write('bad.json', '{"kind": "inspection", '), /not valid JSON/],
    [
      'a schema problem, named by path',
      () =>
        write('schema.json', {
          ...makeFixtureInspection('dust').record,
          site: { ...makeFixtureInspection('dust').record.site, creditCode: '91141181MA0000000X' },
        }),
      /site\.creditCode: errors\.uscc/,
    ],
    [
      'an unknown kind',
      () => write('kind.json', { kind: 'invoice' }),
      /"kind" must be "inspection" or "machine"/,
    ],
    ['a missing file', () => join(dir, 'nope.json'), /cannot read/],
  ])(
    'fails with exit code 1 on %s',
    (_label, makeFile, message) => {
      const out = join(dir, 'never.pdf');
      const result = run(makeFile(), '-o', out);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
    },
    60_000,
  );

  it('explains a missing -o', () => {
    const result = run(write('ok.json', makeFixtureMachine()));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('-o <out.pdf> is required');
  }, 60_000);
});
