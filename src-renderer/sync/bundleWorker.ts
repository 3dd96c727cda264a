/**
 * Web Worker (built by Vite): reads and verifies a bundle file off the main thread, so the
 * screen stays responsive while a week of photos is unpacked and hashed (docs/sync.md
 * "Reading off the main thread"). Answers once with readAnyBundle's result; the attachment
 * bytes are transferred, not copied.
 */
import { readAnyBundle } from '../../shared/bundle/readAnyBundle';

interface Request {
  readonly bytes: Uint8Array;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  const result = readAnyBundle(event.data.bytes);
  if (!result.ok) {
    scope.postMessage({ ok: false, errors: result.errors }, []);
    return;
  }
  const attachments = [...result.attachmentBytes];
  // Entries may share one buffer: each buffer is transferred once.
  const buffers = [...new Set(attachments.map(([, b]) => b.buffer))].filter(
    (b): b is ArrayBuffer => b instanceof ArrayBuffer,
  );
  scope.postMessage({ ok: true, bundle: result.bundle, attachments }, buffers);
};
