/**
 * Web Worker (built by Vite): reads and verifies a bundle file off the main thread, so the
 * screen stays responsive while a week of photos is unpacked and hashed (docs/sync.md
 * "Reading off the main thread"). A picked file (Blob) is read by slices and reports its
 * progress; bytes (older callers) are read whole. Inflated bytes are transferred, not copied.
 */
import { readAnyBundle } from '../../shared/bundle/readAnyBundle';
import { readBundleV2Source } from '../../shared/bundle/readBundleV2Source';
import { blobSource } from './blobSource';

type Request = { readonly bytes: Uint8Array } | { readonly blob: Blob };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

/** Each buffer once: entries may share one. */
const buffersOf = (views: readonly Uint8Array[]): ArrayBuffer[] =>
  [...new Set(views.map((b) => b.buffer))].filter(
    (b): b is ArrayBuffer => b instanceof ArrayBuffer,
  );

async function readBlob(blob: Blob): Promise<void> {
  const result = await readBundleV2Source(blobSource(blob), {
    onProgress: (progress) => scope.postMessage({ progress }, []),
  });
  if (!result.ok) {
    scope.postMessage({ ok: false, errors: result.errors }, []);
    return;
  }
  const attachments = [...result.attachments];
  const inflated = attachments.flatMap(([, d]) => (d instanceof Uint8Array ? [d] : []));
  scope.postMessage({ ok: true, bundle: result.bundle, attachments }, buffersOf(inflated));
}

scope.onmessage = (event) => {
  const request = event.data;
  if ('blob' in request) {
    // A failure inside a promise does not reach the page's worker.onerror: say it instead.
    readBlob(request.blob).catch((error: unknown) => {
      scope.postMessage({ failed: error instanceof Error ? error.message : String(error) }, []);
    });
    return;
  }
  const result = readAnyBundle(request.bytes);
  if (!result.ok) {
    scope.postMessage({ ok: false, errors: result.errors }, []);
    return;
  }
  const attachments = [...result.attachmentBytes];
  scope.postMessage(
    { ok: true, bundle: result.bundle, attachments },
    buffersOf(attachments.map(([, b]) => b)),
  );
};
