// Chunked saves in main (src-main/ipc/streamSave.ts): a committed save appears whole under
// its name and leaves no temp file; an abandoned one leaves the folder (and any older file
// under that name) exactly as it was; an unknown id is refused.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StreamSaves } from '../../../src-main/ipc/streamSave';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'bluesky-save-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('chunked saves', () => {
  it('commits the chunks in order under the chosen name', async () => {
    const dir = tempDir();
    const saves = new StreamSaves();
    const target = join(dir, 'bluesky-D7K-20261203-1800.zip');
    const id = await saves.begin(target);
    for (let i = 0; i < 5; i++) await saves.write(id, new Uint8Array(1000).fill(i));
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)[0]).toMatch(/\.tmp$/);
    expect(await saves.end(id, true)).toBe(target);
    const bytes = readFileSync(target);
    expect(bytes.length).toBe(5000);
    expect([bytes[0], bytes[1999], bytes[4999]]).toEqual([0, 1, 4]);
    expect(readdirSync(dir)).toEqual(['bluesky-D7K-20261203-1800.zip']);
    expect(saves.pending).toBe(0);
  });

  it('an abandoned save leaves an older file under the name untouched and no temp file', async () => {
    const dir = tempDir();
    const target = join(dir, 'week.zip');
    writeFileSync(target, 'older');
    const saves = new StreamSaves();
    const id = await saves.begin(target);
    await saves.write(id, new Uint8Array(10));
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    expect(await saves.end(id, false)).toBeNull();
    expect(readdirSync(dir)).toEqual(['week.zip']);
    expect(readFileSync(target, 'utf8')).toBe('older');
  });

  it('refuses a chunk for a save that is not open', async () => {
    const saves = new StreamSaves();
    await expect(saves.write('0'.repeat(32), new Uint8Array(1))).rejects.toMatchObject({
      code: 'file.unreadable',
    });
  });
});
