/**
 * Web Worker (built by Vite): builds the v2 bundle off the main thread (docs/sync.md
 * "Exporting"). Each chunk of the file is transferred to the page, which writes it and
 * answers `next` before more is made, so at most one photo's worth waits in memory.
 */
import { type ExportInput, writeBundleStream } from './writeBundleStream';

type Request =
  | { readonly start: Omit<ExportInput, 'blobs'> & { readonly blobs: [string, Blob][] } }
  | { readonly next: true };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

let release: (() => void) | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  if ('next' in request) {
    release?.();
    release = null;
    return;
  }
  const { blobs, ...rest } = request.start;
  writeBundleStream(
    { ...rest, blobs: new Map(blobs) },
    (chunk) =>
      new Promise<void>((resolve) => {
        release = resolve;
        // A copy: fflate may still use the buffer a chunk sits on, and transferring detaches it.
        const own = chunk.slice();
        scope.postMessage({ chunk: own }, [own.buffer]);
      }),
    (progress) => scope.postMessage({ progress }, []),
  ).then(
    (done) => scope.postMessage({ done }, []),
    (error: unknown) =>
      scope.postMessage({ failed: error instanceof Error ? error.message : String(error) }, []),
  );
};
