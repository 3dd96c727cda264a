/**
 * Verifies a bundle file in a Web Worker (bundleWorker.ts) where the platform has workers,
 * inline elsewhere (unit tests under Node). Cancelling ends the worker at once: nothing has
 * been written yet, since writing starts only after verification (db/importSyncFile.ts).
 */
import type { ReadAnyResult } from '../../shared/bundle/readAnyBundle';
import { readAnyBundle } from '../../shared/bundle/readAnyBundle';
import type { BundleIssue } from '../../shared/bundle/bundleIssue';
import type { ImportedBundle } from '../../shared/bundle/bundleV2Schema';
import { SyncCancelledError } from './retry';

type WorkerAnswer =
  | {
      readonly ok: true;
      readonly bundle: ImportedBundle;
      readonly attachments: [string, Uint8Array][];
    }
  | { readonly ok: false; readonly errors: readonly BundleIssue[] };

export function readBundleOffThread(
  bytes: Uint8Array,
  signal?: AbortSignal,
): Promise<ReadAnyResult> {
  if (signal?.aborted) return Promise.reject(new SyncCancelledError());
  if (typeof Worker === 'undefined') return Promise.resolve(readAnyBundle(bytes));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bundleWorker.ts', import.meta.url), { type: 'module' });
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(new SyncCancelledError());
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      done();
      const answer = event.data;
      resolve(
        answer.ok
          ? { ok: true, bundle: answer.bundle, attachmentBytes: new Map(answer.attachments) }
          : answer,
      );
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(event.message || 'bundle worker failed'));
    };
    // Handed over, not copied: cloning ~70 MB would itself hold the main thread. The caller's
    // bytes are detached afterwards (an import reads them only here).
    const own =
      bytes.buffer instanceof ArrayBuffer &&
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength
        ? bytes
        : bytes.slice();
    worker.postMessage({ bytes: own }, [own.buffer as ArrayBuffer]);
  });
}
