/**
 * A Blob (a picked File) as a ByteSource for readBundleV2Source: each read is one
 * Blob.slice, so only the slice asked for is ever in memory (docs/sync.md "Reading by slices").
 */
import type { ByteSource } from '../../shared/bundle/readBundleV2Source';

export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) =>
      new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}
