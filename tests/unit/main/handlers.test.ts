// The channel handlers on a real temp folder, with the dialogs faked.
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUPS_KEPT, backupFileName } from '../../../src-main/ipc/backups';
import { ipcHandlers, MAX_OPEN_BYTES, type HandlerDeps } from '../../../src-main/ipc/handlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bluesky-handlers-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

function deps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  let clock = Date.UTC(2026, 10, 28, 22, 53, 0, 123);
  return {
    appInfo: () => ({ version: '0.1.0', platform: 'linux', locale: 'zh-CN' }),
    showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true })),
    showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] })),
    documentsDir: join(dir, 'Documents'),
    backupsDir: join(dir, 'userData', 'backups'),
    now: () => new Date((clock += 60_000)),
    ...overrides,
  };
}

const pdf = [{ name: 'PDF', extensions: ['pdf'] }];

describe('file:save', () => {
  it('writes the bytes where the user chose, starting in Documents', async () => {
    const target = join(dir, '笔录.pdf');
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: false, filePath: target }));
    const result = await ipcHandlers['file:save'](
      { suggestedName: '笔录.pdf', bytes: new Uint8Array([37, 80, 68, 70]), filters: pdf },
      deps({ showSaveDialog }),
    );
    expect(result).toEqual({ savedTo: target });
    expect(await readFile(target, 'latin1')).toBe('%PDF');
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join(dir, 'Documents', '笔录.pdf'),
      filters: pdf,
    });
    expect(await readdir(dir)).toEqual(['笔录.pdf']); // no temp file left behind
  });

  it('returns null when the user cancels', async () => {
    const result = await ipcHandlers['file:save'](
      { suggestedName: 'a.pdf', bytes: new Uint8Array(1), filters: [] },
      deps(),
    );
    expect(result).toEqual({ savedTo: null });
  });
});

describe('file:open', () => {
  it('reads the chosen file', async () => {
    const path = join(dir, 'bundle.json');
    await writeFile(path, '{"format":"bluesky-bundle"}');
    const showOpenDialog = vi.fn(() => Promise.resolve({ canceled: false, filePaths: [path] }));
    const result = await ipcHandlers['file:open']({ filters: pdf }, deps({ showOpenDialog }));
    expect(result?.name).toBe('bundle.json');
    expect(new TextDecoder().decode(result?.bytes)).toBe('{"format":"bluesky-bundle"}');
  });

  it('returns null on cancel', async () => {
    expect(await ipcHandlers['file:open']({ filters: [] }, deps())).toBeNull();
  });

  it('refuses a file above the cap without reading it', async () => {
    const path = join(dir, 'huge.json');
    await writeFile(path, '');
    await truncate(path, MAX_OPEN_BYTES + 1); // sparse: costs no disk
    const showOpenDialog = vi.fn(() => Promise.resolve({ canceled: false, filePaths: [path] }));
    await expect(
      ipcHandlers['file:open']({ filters: [] }, deps({ showOpenDialog })),
    ).rejects.toMatchObject({ code: 'file.tooLarge' });
  });
});

describe('file:openPdf', () => {
  const bytes = new TextEncoder().encode('%PDF-1.7 吕梁');

  it('writes the PDF into the private print folder and opens it with the system viewer', async () => {
    const openPath = vi.fn(() => Promise.resolve(''));
    const printDir = join(dir, 'tmp', 'bluesky-print');
    const result = await ipcHandlers['file:openPdf'](
      { suggestedName: '孝义-2026-D7K-0001', bytes },
      deps({ openPath, printDir }),
    );
    expect(result.openedPath).toBe(join(printDir, '孝义-2026-D7K-0001.pdf'));
    expect(openPath).toHaveBeenCalledWith(result.openedPath);
    expect(await readFile(result.openedPath)).toEqual(Buffer.from(bytes));
  });

  it('reports when no application could open it', async () => {
    const openPath = vi.fn(() => Promise.resolve('No application is associated with .pdf'));
    await expect(
      ipcHandlers['file:openPdf'](
        { suggestedName: 'a.pdf', bytes },
        deps({ openPath, printDir: join(dir, 'p') }),
      ),
    ).rejects.toMatchObject({
      code: 'print.openFailed',
      detail: 'No application is associated with .pdf',
    });
  });

  it('says printing is unavailable where the platform gives no way to open files', async () => {
    await expect(
      ipcHandlers['file:openPdf']({ suggestedName: 'a.pdf', bytes }, deps()),
    ).rejects.toMatchObject({
      code: 'print.unavailable',
    });
  });
});

describe('backup:write', () => {
  it(`keeps the newest ${BACKUPS_KEPT} backups and leaves other files alone`, async () => {
    const d = deps();
    const paths: string[] = [];
    for (let i = 0; i < 13; i++) {
      paths.push(
        (await ipcHandlers['backup:write']({ bytes: new TextEncoder().encode(`{"n":${i}}`) }, d))
          .path,
      );
    }
    await writeFile(join(d.backupsDir, 'notes.txt'), 'keep me');
    await ipcHandlers['backup:write']({ bytes: new TextEncoder().encode('{"n":13}') }, d);

    const names = (await readdir(d.backupsDir)).sort();
    expect(names).toHaveLength(BACKUPS_KEPT + 1);
    expect(names).toContain('notes.txt');
    const backups = names.filter((n) => n.startsWith('backup-'));
    const contents = await Promise.all(backups.map((n) => readFile(join(d.backupsDir, n), 'utf8')));
    expect(contents).toEqual(Array.from({ length: 10 }, (_, i) => `{"n":${i + 4}}`));
    expect(paths[0]).toBe(join(d.backupsDir, 'backup-20261128-225400-123.json'));
  });

  it('names gzipped bundles .json.gz and never overwrites a backup made in the same millisecond', async () => {
    const at = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6));
    const d = deps({ now: () => at });
    const gz = new Uint8Array([0x1f, 0x8b, 8, 0]);
    const first = await ipcHandlers['backup:write']({ bytes: gz }, d);
    const second = await ipcHandlers['backup:write']({ bytes: gz }, d);
    expect(first.path.endsWith('backup-20260102-030405-006.json.gz')).toBe(true);
    expect(second.path.endsWith('backup-20260102-030405-007.json.gz')).toBe(true);
  });

  it('names sort in time order', () => {
    const a = backupFileName(new Date(Date.UTC(2026, 8, 9, 23, 59, 59, 999)), false);
    const b = backupFileName(new Date(Date.UTC(2026, 9, 10, 0, 0, 0, 0)), false);
    expect(a < b).toBe(true);
  });
});

describe('app:info', () => {
  it('returns what the deps report', async () => {
    expect(await ipcHandlers['app:info'](undefined, deps())).toEqual({
      version: '0.1.0',
      platform: 'linux',
      locale: 'zh-CN',
    });
  });
});
