/**
 * Writes a v2 bundle from the records and the photos' Blobs, chunk by chunk (fflate's
 * streaming Zip through writeBundleV2): the code the export worker runs (exportWorker.ts), and
 * the inline fallback where there is no Worker. Only one photo is read at a time; `onChunk`
 * may wait (the file being written) before the next photo is read (docs/sync.md "Exporting").
 */
import type { ManifestAttachment } from '../../shared/bundle/bundleV2Schema';
import { buildManifestV2, writeBundleV2 } from '../../shared/bundle/writeBundleV2';
import type { Inspection } from '../../shared/domain/inspection';
import type { Machine } from '../../shared/domain/machine';

export interface ExportInput {
  readonly device: { readonly id: string; readonly name: string };
  readonly records: readonly (Inspection | Machine)[];
  readonly attachments: readonly ManifestAttachment[];
  /** Each listed photo's bytes as a Blob (a handle from the store, not its bytes). */
  readonly blobs: ReadonlyMap<string, Blob>;
}

export interface ExportProgress {
  readonly recordsTotal: number;
  readonly attachmentsDone: number;
  readonly attachmentsTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

export async function writeBundleStream(
  input: ExportInput,
  onChunk: (chunk: Uint8Array) => Promise<void> | void,
  onProgress?: (progress: ExportProgress) => void,
  signal?: { readonly aborted: boolean },
): Promise<{ records: number; bundleId: string }> {
  const manifest = buildManifestV2({
    device: input.device,
    records: input.records,
    attachments: input.attachments,
  });
  const progress = {
    recordsTotal: manifest.records.length,
    attachmentsDone: 0,
    attachmentsTotal: manifest.attachments.length,
    bytesDone: 0,
    bytesTotal: manifest.attachments.reduce((n, a) => n + a.size, 0),
  };
  onProgress?.({ ...progress });
  // The previous photo is out (onChunk awaited) before the next is read: one at a time.
  await writeBundleV2(
    manifest,
    async (sha256) => {
      if (signal?.aborted) throw new ExportCancelled();
      const blob = input.blobs.get(sha256);
      if (!blob) throw new Error(`attachment ${sha256} left the store while exporting`);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      progress.attachmentsDone++;
      progress.bytesDone += bytes.length;
      onProgress?.({ ...progress });
      return bytes;
    },
    onChunk,
  );
  if (signal?.aborted) throw new ExportCancelled();
  return { records: manifest.records.length, bundleId: manifest.bundleId };
}
