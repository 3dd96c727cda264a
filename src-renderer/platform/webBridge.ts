/**
 * The Bridge in a plain browser (dev:web and the e2e tests): downloads for saving, a file
 * input for opening, and no backups (the browser gives us no folder of our own).
 */
import type { Bridge, FileFilter } from '../../shared/ipc/bridge';
import { createWebSyncTransport, type WebSyncOptions } from './webSyncTransport';

/** Same cap main applies (src-main/ipc/handlers.ts): refuse runaway files before reading. */
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

/** `accept` for a file input: ".pdf,.json" from the dialog-style filters. */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

/** Web mode prints from the browser's own PDF viewer, in a new tab. */
function openPdfForPrint(bytes: Uint8Array): Promise<void> {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
  const opened = window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return opened === null && !document.hasFocus()
    ? Promise.reject(new Error('errors.popupBlocked'))
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

function openFile(filters: readonly FileFilter[]): Promise<{ name: string; bytes: Uint8Array } | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.style.display = 'none';
    const finish = () => input.remove();

    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (!file) return resolve(null);
      if (file.size > MAX_OPEN_BYTES) return reject(new Error('errors.fileTooLarge'));
      file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), reject);
    });
    document.body.append(input);
    input.click();
  });
}

export function createWebBridge(syncOptions: WebSyncOptions = {}): Bridge {
  return {
    kind: 'web',
    getAppInfo: () => Promise.resolve({ version: __APP_VERSION__, platform: 'web', locale: navigator.language }),
    saveFile: (suggestedName, bytes) => saveFile(suggestedName, bytes),
    openFile: (filters) => openFile(filters),
    openPdfForPrint: (_suggestedName, bytes) => openPdfForPrint(bytes),
    writeBackup: () => Promise.resolve(null),
    sync: createWebSyncTransport(syncOptions),
  };
}
