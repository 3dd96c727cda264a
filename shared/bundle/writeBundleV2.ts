/**
 * Builds a v2 bundle (bundleV2Schema.ts): the manifest sealed with its checksum, then the ZIP
 * written entry by entry through fflate's streaming Zip, so the caller may hand each chunk on
 * (to a file) as it comes instead of holding the whole file. Photos are stored, not deflated.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { v4 as uuidv4 } from 'uuid';
import { canonicalJson } from '../domain/canonicalJson';
import { sha256Hex } from '../domain/hash';
import type { Inspection } from '../domain/inspection';
import type { Machine } from '../domain/machine';
import { BUNDLE_FORMAT, BundleRecord } from './bundleSchema';
import {
  attachmentEntry,
  BUNDLE_V2_VERSION,
  BundleManifestV2,
  MANIFEST_ENTRY,
  type ManifestAttachment,
} from './bundleV2Schema';
import { recordBodyHash } from './recordBodyHash';

export interface BuildManifestInput {
  readonly device: { readonly id: string; readonly name: string };
  readonly records: readonly (Inspection | Machine)[];
  readonly attachments: readonly ManifestAttachment[];
  readonly bundleId?: string;
  readonly createdAt?: string;
}

/** The sealed manifest; throws on invalid input (a bundle the reader would refuse is never made). */
export function buildManifestV2(input: BuildManifestInput): BundleManifestV2 {
  const records = input.records.map((body) => {
    const parsed = BundleRecord.parse({
      kind: body.kind,
      id: body.id,
      rev: body.rev,
      baseRev: body.baseRev,
      status: body.status,
      updatedAt: body.updatedAt,
      hash: '0'.repeat(64),
      body,
    });
    return { ...parsed, hash: recordBodyHash(parsed.body) };
  });
  const unsealed = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_V2_VERSION,
    bundleId: input.bundleId ?? uuidv4(),
    createdAt: input.createdAt ?? new Date().toISOString(),
    device: { id: input.device.id, name: input.device.name },
    records,
    attachments: [...input.attachments],
  };
  return BundleManifestV2.parse({ ...unsealed, checksum: sha256Hex(canonicalJson(unsealed)) });
}

/**
 * Writes the ZIP: the manifest first, then each attachment as `read` yields its bytes (one at
 * a time). `onChunk` receives the file in order; the promise settles once the last is out.
 */
export async function writeBundleV2(
  manifest: BundleManifestV2,
  read: (sha256: string) => Promise<Uint8Array>,
  onChunk: (chunk: Uint8Array) => void | Promise<void>,
): Promise<void> {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else pending.push(chunk);
  });
  const flush = async () => {
    if (failure) throw failure;
    while (pending.length > 0) {
      const chunk = pending.shift();
      if (chunk) await onChunk(chunk);
    }
  };
  const head = new ZipDeflate(MANIFEST_ENTRY, { level: 6 });
  zip.add(head);
  head.push(strToU8(JSON.stringify(manifest)), true);
  await flush();
  for (const a of manifest.attachments) {
    const bytes = await read(a.sha256);
    if (bytes.length !== a.size || sha256Hex(bytes) !== a.sha256)
      throw new Error(`attachment ${a.sha256} changed while the bundle was written`);
    const entry = new ZipPassThrough(attachmentEntry(a.sha256));
    zip.add(entry);
    entry.push(bytes, true);
    await flush();
  }
  zip.end();
  await flush();
}

/** The whole v2 file in memory (tests, small exports). */
export async function bundleV2Bytes(
  manifest: BundleManifestV2,
  read: (sha256: string) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeBundleV2(manifest, read, (c) => {
    chunks.push(c);
  });
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
