/**
 * Runs the bundle writer in a Web Worker (exportWorker.ts) and hands each chunk to the file
 * sink as it comes, asking for the next only once the chunk is written (docs/sync.md
 * "Exporting"); inline where there is no Worker (unit tests). Cancelling ends the worker.
 */
import type { FileSink } from '../../shared/ipc/bridge';
import { SyncCancelledError } from './retry';
import {
  ExportCancelled,
  type ExportInput,
  type ExportProgress,
  writeBundleStream,
} from './writeBundleStream';

export interface ExportOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ExportProgress) => void;
  /** Run the writer in exportWorker.ts (see below); inline otherwise. */
  readonly worker?: boolean;
}

type WorkerMessage =
  | { readonly chunk: Uint8Array }
  | { readonly progress: ExportProgress }
  | { readonly done: { records: number; bundleId: string } }
  | { readonly failed: string };

export function writeBundleOffThread(
  input: ExportInput,
  sink: FileSink,
  options: ExportOptions = {},
): Promise<{ records: number; bundleId: string }> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(new SyncCancelledError());
  // The worker path is opt-in: in the e2e run in Chromium the worker's export produced no
  // download (cause not yet found), so the screen writes inline, chunk by chunk, for now.
  if (typeof Worker === 'undefined' || !options.worker)
    return writeBundleStream(input, (c) => sink.write(c), onProgress, signal).catch(
      (error: unknown) => {
        throw error instanceof ExportCancelled ? new SyncCancelledError() : error;
      },
    );
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
    let settled = false;
    const finish = (then: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      then();
    };
    const onAbort = () => finish(() => reject(new SyncCancelledError()));
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      if ('chunk' in m)
        sink.write(m.chunk).then(
          () => worker.postMessage({ next: true }),
          (error: unknown) =>
            finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
        );
      else if ('progress' in m) onProgress?.(m.progress);
      else if ('done' in m) finish(() => resolve(m.done));
      else finish(() => reject(new Error(m.failed)));
    };
    worker.onerror = (event) =>
      finish(() => reject(new Error(event.message || 'export worker failed')));
    worker.postMessage({
      start: {
        device: input.device,
        records: input.records,
        attachments: input.attachments,
        blobs: [...input.blobs],
      },
    });
  });
}
