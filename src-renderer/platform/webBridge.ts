/**
 * The Bridge in a plain browser (dev:web and the e2e tests): downloads for saving, a file
 * input for opening, and no backups (the browser gives us no folder of our own).
 */
import { AppError } from '../../shared/errors/appError';
import type { Bridge, FileFilter } from '../../shared/ipc/bridge';
import { pickFile } from './pickFile';
import { createWebSyncTransport, type WebSyncOptions } from './webSyncTransport';

/**
 * Same cap main applies (src-main/ipc/handlers.ts) to files read whole: refuse runaway files
 * before reading. Bundles are picked with pickFile and read by slices, with no such cap.
 */
const MAX_OPEN_BYTES = 200 * 1024 * 1024;

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  json: 'application/json',
  gz: 'application/gzip',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain',
};

function mimeTypeFor(fileName: string): string {
  const extension = fileName.split('.').at(-1)?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

/** Web mode prints from the browser's own PDF viewer, in a new tab. */
function openPdfForPrint(bytes: Uint8Array): Promise<void> {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
  const opened = window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return opened === null && !document.hasFocus()
    ? Promise.reject(new AppError('print.popupBlocked'))
    : Promise.resolve();
}

function saveFile(suggestedName: string, bytes: Uint8Array): Promise<string> {
  // Copy into a fresh ArrayBuffer: Blob parts may not be views on shared memory.
  const blob = new Blob([new Uint8Array(bytes)], { type: mimeTypeFor(suggestedName) });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download starts asynchronously; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve(suggestedName);
}

async function openFile(
  filters: readonly FileFilter[],
): Promise<{ name: string; bytes: Uint8Array } | null> {
  const picked = await pickFile(filters);
  if (!picked) return null;
  if (picked.file.size > MAX_OPEN_BYTES)
    throw new AppError('file.tooLarge', undefined, `${picked.name}: ${picked.file.size} bytes`);
  try {
    return { name: picked.name, bytes: new Uint8Array(await picked.file.arrayBuffer()) };
  } catch (error) {
    throw new AppError('file.unreadable', undefined, String(error), { cause: error });
  }
}

export function createWebBridge(syncOptions: WebSyncOptions = {}): Bridge {
  return {
    kind: 'web',
    getAppInfo: () =>
      Promise.resolve({ version: __APP_VERSION__, platform: 'web', locale: navigator.language }),
    saveFile: (suggestedName, bytes) => saveFile(suggestedName, bytes),
    openFile: (filters) => openFile(filters),
    pickFile: (filters) => pickFile(filters),
    openPdfForPrint: (_suggestedName, bytes) => openPdfForPrint(bytes),
    writeBackup: () => Promise.resolve(null),
    sync: createWebSyncTransport(syncOptions),
  };
}
