/**
 * Verifies a bundle file in a Web Worker (bundleWorker.ts) where the platform has workers,
 * inline elsewhere (unit tests under Node). Cancelling ends the worker at once: nothing has
 * been written yet, since writing starts only after verification (db/importSyncFile.ts).
 */
import type { ReadAnyResult } from '../../shared/bundle/readAnyBundle';
import { readAnyBundle } from '../../shared/bundle/readAnyBundle';
import type { BundleIssue } from '../../shared/bundle/bundleIssue';
import type { ImportedBundle } from '../../shared/bundle/bundleV2Schema';
import type { BundleLimits } from '../../shared/bundle/bundleLimits';
import {
  BundleReadCancelled,
  type EntryData,
  type ReadProgress,
  readBundleV2Source,
  type ReadV2SourceResult,
} from '../../shared/bundle/readBundleV2Source';
import { blobSource } from './blobSource';
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

type BlobWorkerMessage =
  | { readonly progress: ReadProgress }
  | { readonly failed: string }
  | {
      readonly ok: true;
      readonly bundle: ImportedBundle;
      readonly attachments: [string, EntryData][];
    }
  | { readonly ok: false; readonly errors: readonly BundleIssue[] };

export interface ReadBlobOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ReadProgress) => void;
  readonly limits?: BundleLimits;
  readonly maxFileBytes?: number;
}

/**
 * Verifies a picked v2 file by slices in the worker (never the whole file in memory), with
 * progress; inline where there is no Worker. Cancelling ends the worker: nothing is written
 * before verification ends (db/syncImport.ts).
 */
export function readBlobOffThread(
  blob: Blob,
  options: ReadBlobOptions = {},
): Promise<ReadV2SourceResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(new SyncCancelledError());
  if (typeof Worker === 'undefined' || options.limits || options.maxFileBytes !== undefined)
    return readBundleV2Source(blobSource(blob), {
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
    }).catch((error: unknown) => {
      throw error instanceof BundleReadCancelled ? new SyncCancelledError() : error;
    });
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
    worker.onmessage = (event: MessageEvent<BlobWorkerMessage>) => {
      const answer = event.data;
      if ('progress' in answer) return onProgress?.(answer.progress);
      done();
      if ('failed' in answer) return reject(new Error(answer.failed));
      resolve(
        answer.ok
          ? { ok: true, bundle: answer.bundle, attachments: new Map(answer.attachments) }
          : answer,
      );
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(event.message || 'bundle worker failed'));
    };
    // A Blob crosses to the worker as a handle: the file itself is not copied.
    worker.postMessage({ blob });
  });
}
