/**
 * What each IPC channel does, as `(input, deps) => output` over inputs the contract has
 * already parsed. Dialogs and paths come in as deps so tests run in Node on temp folders.
 */
import { join } from 'node:path';
import { mkdir, open } from 'node:fs/promises';
import { AppError } from '../../shared/errors/appError';
import type { IpcChannel, IpcOutput } from '../../shared/ipc/contract';
import { writeRollingBackup } from './backups';
import { writeFileAtomic } from './atomicWrite';
import type { ParsedInput } from './parsedInput';
import { StreamSaves } from './streamSave';
import { syncEnrol, syncForget, syncRequest, syncStatus, type SyncMainDeps } from './syncHandlers';

/** Re-exported for callers; defined apart so syncHandlers.ts needs no import of this file. */
export type { ParsedInput };

interface DialogFilter {
  name: string;
  extensions: string[];
}

export interface HandlerDeps {
  readonly appInfo: () => IpcOutput<'app:info'>;
  readonly showSaveDialog: (options: {
    defaultPath: string;
    filters: DialogFilter[];
  }) => Promise<{ canceled: boolean; filePath?: string }>;
  readonly showOpenDialog: (options: {
    filters: DialogFilter[];
    properties: ['openFile'];
  }) => Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Opens a file with the system's default application (Electron's shell.openPath). */
  readonly openPath?: (path: string) => Promise<string>;
  /** A private folder for PDFs opened for printing (under the OS temp folder). */
  readonly printDir?: string;
  /** Where the save dialog starts (the user's Documents folder). */
  readonly documentsDir: string;
  /** <userData>/backups */
  readonly backupsDir: string;
  readonly now: () => Date;
  /** Sync to the office server (syncHandlers.ts); absent where no sync is wired. */
  readonly sync?: SyncMainDeps;
}

function syncDeps(deps: HandlerDeps): SyncMainDeps {
  if (!deps.sync) throw new AppError('sync.unavailable');
  return deps.sync;
}

/** Same cap as the contract's byte payloads: bundles and PDFs stay far below it. */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;

/** The chunked saves open in this process (one app, one set). */
export const streamSaves = new StreamSaves();

export type IpcHandlers = {
  readonly [C in IpcChannel]: (input: ParsedInput<C>, deps: HandlerDeps) => Promise<IpcOutput<C>>;
};

const toDialogFilters = (filters: ParsedInput<'file:save'>['filters']): DialogFilter[] =>
  filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));

/** Reads one chosen file, refusing it before reading if it is larger than the cap. */
async function readCapped(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const handle = await open(path, 'r');
  try {
    // fstat on the open handle: the size checked is the size of the file we read.
    const stat = await handle.stat();
    if (!stat.isFile()) throw new AppError('file.notAFile', undefined, path);
    const size = stat.size;
    if (size > MAX_OPEN_BYTES)
      throw new AppError('file.tooLarge', undefined, `${path}: ${size} bytes`);
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === size ? bytes : bytes.slice(0, offset);
  } finally {
    await handle.close();
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

export const ipcHandlers: IpcHandlers = {
  'app:info': (_input, deps) => Promise.resolve(deps.appInfo()),

  'file:save': async (input, deps) => {
    const result = await deps.showSaveDialog({
      defaultPath: join(deps.documentsDir, input.suggestedName),
      filters: toDialogFilters(input.filters),
    });
    if (result.canceled || !result.filePath) return { savedTo: null };
    await writeFileAtomic(result.filePath, input.bytes);
    return { savedTo: result.filePath };
  },

  'file:saveBegin': async (input, deps) => {
    const result = await deps.showSaveDialog({
      defaultPath: join(deps.documentsDir, input.suggestedName),
      filters: toDialogFilters(input.filters),
    });
    if (result.canceled || !result.filePath) return { writeId: null, savedTo: null };
    return { writeId: await streamSaves.begin(result.filePath), savedTo: result.filePath };
  },

  'file:saveChunk': async (input) => ({
    size: await streamSaves.write(input.writeId, input.bytes),
  }),

  'file:saveEnd': async (input) => ({
    savedTo: await streamSaves.end(input.writeId, input.commit),
  }),

  'file:open': async (input, deps) => {
    const result = await deps.showOpenDialog({
      filters: toDialogFilters(input.filters),
      properties: ['openFile'],
    });
    const chosen = result.filePaths[0];
    if (result.canceled || chosen === undefined) return null;
    return { name: baseName(chosen), bytes: await readCapped(chosen) };
  },

  'file:openPdf': async (input, deps) => {
    if (!deps.openPath || !deps.printDir) throw new AppError('print.unavailable');
    // The name comes from the contract's FileName schema: no folders, nothing to escape.
    await mkdir(deps.printDir, { recursive: true, mode: 0o700 });
    const path = join(
      deps.printDir,
      input.suggestedName.toLowerCase().endsWith('.pdf')
        ? input.suggestedName
        : `${input.suggestedName}.pdf`,
    );
    await writeFileAtomic(path, input.bytes);
    // shell.openPath resolves with an error text, not a rejection, when nothing opened it.
    const problem = await deps.openPath(path);
    if (problem) throw new AppError('print.openFailed', undefined, problem);
    return { openedPath: path };
  },

  'backup:write': async (input, deps) => ({
    path: await writeRollingBackup(deps.backupsDir, input.bytes, deps.now()),
  }),

  'sync:status': (_input, deps) => syncStatus(syncDeps(deps)),
  'sync:enrol': (input, deps) => syncEnrol(input, syncDeps(deps)),
  'sync:request': (input, deps) => syncRequest(input, syncDeps(deps)),
  'sync:forget': (_input, deps) => syncForget(syncDeps(deps)),
};
