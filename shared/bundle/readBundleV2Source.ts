/**
 * Reads and verifies a v2 bundle by slices, never holding the whole file (docs/sync.md
 * "Reading by slices"): the ZIP's end record and central directory first, then the manifest
 * inflated as it streams, then each attachment entry hashed as it streams. Stored entries
 * (photos) are answered as their place in the file, so the caller can take them from the
 * file itself (Blob.slice) instead of a copy. Same checks and issue codes as readBundleV2.ts.
 */
import { Inflate } from 'fflate';
import { sha256 as sha256Hasher } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256Hex } from '../domain/hash';
import type { Sha256Fn } from './buildBundle';
import type { BundleIssue } from './bundleIssue';
import { type BundleLimits, defaultBundleLimits } from './bundleLimits';
import {
  ATTACHMENT_DIR,
  attachmentEntry,
  type ImportedBundle,
  MANIFEST_ENTRY,
} from './bundleV2Schema';
import { crc32 } from './crc32';
import { bytesToText } from './gzipBundle';
import { MAX_V2_FILE_BYTES } from './readBundleV2';
import { checkManifestV2, importedBundleOf, MAX_ISSUES } from './verifyManifestV2';

/** A file read by ranges (a Blob in the renderer and its workers, a file handle in Node). */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Where a stored entry's bytes are in the file, or the bytes of an inflated one. */
export type EntryData = { readonly offset: number; readonly size: number } | Uint8Array;

export interface ReadProgress {
  readonly recordsDone: number;
  readonly recordsTotal: number;
  readonly attachmentsDone: number;
  readonly attachmentsTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

export interface ReadSourceOptions {
  readonly limits?: BundleLimits;
  readonly sha256?: Sha256Fn;
  readonly maxFileBytes?: number;
  /** Bytes read at a time (1 MiB): the most of an entry held at once besides the manifest. */
  readonly sliceBytes?: number;
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Checked between slices; an aborted read throws BundleReadCancelled. */
  readonly signal?: { readonly aborted: boolean };
}

export type ReadV2SourceResult =
  | {
      readonly ok: true;
      readonly bundle: ImportedBundle;
      readonly attachments: ReadonlyMap<string, EntryData>;
    }
  | { readonly ok: false; readonly errors: readonly BundleIssue[] };

export class BundleReadCancelled extends Error {
  constructor() {
    super('bundle reading cancelled');
    this.name = 'BundleReadCancelled';
  }
}

/** A ZIP problem found while reading: becomes one `bad_zip` issue. */
class ZipError extends Error {}

interface CentralEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
const HASH_NAME = /^[0-9a-f]{64}$/;

const fail = (issue: BundleIssue): ReadV2SourceResult => ({ ok: false, errors: [issue] });

export async function readBundleV2Source(
  source: ByteSource,
  options: ReadSourceOptions = {},
): Promise<ReadV2SourceResult> {
  const limits = options.limits ?? defaultBundleLimits;
  const maxFileBytes = options.maxFileBytes ?? MAX_V2_FILE_BYTES;
  if (source.size > maxFileBytes)
    return fail({
      code: 'too_large',
      message: `bundle larger than ${maxFileBytes} bytes`,
      path: '',
    });
  const reader = new SliceReader(source, options);
  try {
    return await readVerified(reader, limits, options.sha256 ?? sha256Hex, options.onProgress);
  } catch (error) {
    if (error instanceof ZipError)
      return fail({
        code: 'bad_zip',
        message: `not a complete ZIP file: ${error.message}`,
        path: '',
      });
    throw error;
  }
}

class SliceReader {
  readonly slice: number;
  bytesDone = 0;
  constructor(
    readonly source: ByteSource,
    readonly options: ReadSourceOptions,
  ) {
    this.slice = options.sliceBytes ?? 1024 * 1024;
  }

  /** Exactly `length` bytes at `offset`, or a ZipError when the file ends first. */
  async exact(offset: number, length: number): Promise<Uint8Array> {
    if (this.options.signal?.aborted) throw new BundleReadCancelled();
    if (offset < 0 || length < 0 || offset + length > this.source.size)
      throw new ZipError('the file ends early');
    const bytes = length === 0 ? new Uint8Array(0) : await this.source.read(offset, length);
    if (bytes.length !== length) throw new ZipError('the file ends early');
    return bytes;
  }

  /** Streams `length` bytes from `offset` to `take`, a slice at a time. */
  async stream(
    offset: number,
    length: number,
    take: (chunk: Uint8Array, last: boolean) => void,
  ): Promise<void> {
    if (length === 0) take(new Uint8Array(0), true);
    for (let at = 0; at < length; at += this.slice) {
      const n = Math.min(this.slice, length - at);
      const chunk = await this.exact(offset + at, n);
      this.bytesDone += n;
      take(chunk, at + n >= length);
    }
  }
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

async function readCentralDirectory(
  reader: SliceReader,
  limits: BundleLimits,
): Promise<CentralEntry[]> {
  const size = reader.source.size;
  if (size < EOCD_MIN) throw new ZipError('too short');
  const tailLength = Math.min(size, EOCD_MIN + MAX_COMMENT);
  const tail = await reader.exact(size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - EOCD_MIN; i >= 0; i--)
    if (u32(tail, i) === EOCD_SIGNATURE && i + EOCD_MIN + u16(tail, i + 20) === tail.length) {
      at = i;
      break;
    }
  if (at < 0) throw new ZipError('no end of central directory');
  const count = u16(tail, at + 10);
  const cdSize = u32(tail, at + 12);
  const cdOffset = u32(tail, at + 16);
  if (count > limits.maxAttachments + 1) throw new TooMany(limits.maxAttachments);
  // ZIP64 or a split archive: our writer makes neither (files stay far below 4 GiB).
  if (
    u16(tail, at + 4) !== 0 ||
    u16(tail, at + 6) !== 0 ||
    count === 0xffff ||
    cdOffset === 0xffffffff
  )
    throw new ZipError('unsupported ZIP layout');
  if (cdOffset + cdSize > size - tailLength + at)
    throw new ZipError('central directory out of range');
  const cd = await reader.exact(cdOffset, cdSize);
  const entries: CentralEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || u32(cd, p) !== CENTRAL_SIGNATURE)
      throw new ZipError('damaged central directory');
    const flags = u16(cd, p + 8);
    const nameLength = u16(cd, p + 28);
    const next = p + 46 + nameLength + u16(cd, p + 30) + u16(cd, p + 32);
    if (next > cd.length) throw new ZipError('damaged central directory');
    if (flags & 1) throw new ZipError('encrypted entry');
    entries.push({
      name: bytesToText(cd.subarray(p + 46, p + 46 + nameLength)),
      method: u16(cd, p + 10),
      crc: u32(cd, p + 16),
      compressedSize: u32(cd, p + 20),
      size: u32(cd, p + 24),
      localOffset: u32(cd, p + 42),
    });
    p = next;
  }
  for (const e of entries) {
    if (e.method !== 0 && e.method !== 8) throw new ZipError(`${e.name}: unsupported compression`);
    if (e.localOffset + 30 + e.compressedSize > cdOffset)
      throw new ZipError(`${e.name}: out of range`);
  }
  return entries;
}

class TooMany extends Error {
  constructor(readonly max: number) {
    super(`more than ${max} attachments`);
  }
}

/** Where an entry's data starts: after its local header, whose name must be the directory's. */
async function dataOffset(reader: SliceReader, entry: CentralEntry): Promise<number> {
  const head = await reader.exact(entry.localOffset, 30);
  if (u32(head, 0) !== LOCAL_SIGNATURE) throw new ZipError(`${entry.name}: no local header`);
  const nameLength = u16(head, 26);
  const name = await reader.exact(entry.localOffset + 30, nameLength);
  if (bytesToText(name) !== entry.name)
    throw new ZipError(`${entry.name}: local header names another entry`);
  return entry.localOffset + 30 + nameLength + u16(head, 28);
}

/**
 * The entry's bytes as they stream out (inflated when deflated), never past `max`. Answers the
 * byte count and the CRC-32 of what came out.
 */
async function streamEntry(
  reader: SliceReader,
  entry: CentralEntry,
  max: number,
  onData: (chunk: Uint8Array) => void,
): Promise<{ length: number; crc: number; start: number }> {
  const start = await dataOffset(reader, entry);
  let length = 0;
  let crc = 0;
  const out = (chunk: Uint8Array) => {
    length += chunk.length;
    if (length > max) throw new ZipError(`${entry.name}: larger than its declared size`);
    crc = crc32(chunk, crc);
    onData(chunk);
  };
  if (entry.method === 0) {
    await reader.stream(start, entry.compressedSize, (chunk) => out(chunk));
    return { length, crc, start };
  }
  const inflate = new Inflate((chunk) => out(chunk));
  try {
    await reader.stream(start, entry.compressedSize, (chunk, last) => inflate.push(chunk, last));
  } catch (error) {
    if (error instanceof ZipError || error instanceof BundleReadCancelled) throw error;
    throw new ZipError(
      `${entry.name}: ${error instanceof Error ? error.message : 'cannot inflate'}`,
    );
  }
  return { length, crc, start };
}

async function readVerified(
  reader: SliceReader,
  limits: BundleLimits,
  sha256: Sha256Fn,
  onProgress: ReadSourceOptions['onProgress'],
): Promise<ReadV2SourceResult> {
  let entries: CentralEntry[];
  try {
    entries = await readCentralDirectory(reader, limits);
  } catch (error) {
    if (error instanceof TooMany)
      return fail({ code: 'too_many', message: error.message, path: '' });
    throw error;
  }
  const issues: BundleIssue[] = [];
  const byName = new Map<string, CentralEntry>();
  for (const e of entries) {
    const isManifest = e.name === MANIFEST_ENTRY;
    const isAttachment =
      e.name.startsWith(ATTACHMENT_DIR) && HASH_NAME.test(e.name.slice(ATTACHMENT_DIR.length));
    if (!isManifest && !isAttachment) {
      issues.push({
        code: 'entry_unexpected',
        message: `unexpected entry ${e.name}`,
        path: e.name,
      });
      continue;
    }
    const max = isManifest ? limits.maxDecompressedBytes : limits.maxAttachmentBytes;
    if (e.size > max) {
      issues.push({
        code: 'too_large',
        message: `${e.name} is larger than ${max} bytes`,
        path: e.name,
      });
      continue;
    }
    if (byName.has(e.name)) throw new ZipError(`${e.name} appears twice`);
    byName.set(e.name, e);
  }
  if (issues.length > 0) return { ok: false, errors: issues.slice(0, MAX_ISSUES) };

  const head = byName.get(MANIFEST_ENTRY);
  if (!head)
    return fail({
      code: 'not_a_bundle',
      message: `no ${MANIFEST_ENTRY} in the file`,
      path: MANIFEST_ENTRY,
    });
  const bytesTotal = entries.reduce((n, e) => n + e.compressedSize, 0);
  const parts: Uint8Array[] = [];
  const read = await streamEntry(reader, head, head.size, (c) => parts.push(c));
  if (read.length !== head.size || read.crc !== head.crc)
    throw new ZipError(`${MANIFEST_ENTRY}: damaged`);
  const text = bytesToText(concat(parts, read.length));
  parts.length = 0;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    return fail({ code: 'bad_json', message: `not JSON: ${detail}`, path: MANIFEST_ENTRY });
  }
  const checked = checkManifestV2(json, limits, sha256);
  if (!checked.ok) return checked;
  const { manifest } = checked;
  issues.push(...checked.issues);
  const progress = {
    recordsDone: manifest.records.length,
    recordsTotal: manifest.records.length,
    attachmentsDone: 0,
    attachmentsTotal: manifest.attachments.length,
    bytesDone: reader.bytesDone,
    bytesTotal,
  };
  onProgress?.({ ...progress });

  // Every entry listed and every listed entry present, before any photo is read.
  const listed = new Set(manifest.attachments.map((a) => attachmentEntry(a.sha256)));
  for (const name of byName.keys())
    if (name !== MANIFEST_ENTRY && !listed.has(name))
      issues.push({
        code: 'entry_unexpected',
        message: `entry ${name} is not listed in ${MANIFEST_ENTRY}`,
        path: name,
      });
  const seen = new Set<string>();
  manifest.attachments.forEach((a, i) => {
    const at = `attachments[${i}]`;
    if (seen.has(a.sha256))
      issues.push({
        code: 'duplicate_attachment',
        message: `attachment ${a.sha256} appears twice`,
        path: `${at}.sha256`,
      });
    else if (!byName.has(attachmentEntry(a.sha256)))
      issues.push({
        code: 'entry_missing',
        message: `no entry ${attachmentEntry(a.sha256)}`,
        path: `${at}.sha256`,
      });
    seen.add(a.sha256);
  });
  if (issues.length > 0) return { ok: false, errors: issues.slice(0, MAX_ISSUES) };

  const attachments = new Map<string, EntryData>();
  for (const [i, a] of manifest.attachments.entries()) {
    const at = `attachments[${i}]`;
    const entry = byName.get(attachmentEntry(a.sha256));
    if (!entry) continue;
    if (entry.size !== a.size) {
      issues.push({
        code: 'attachment_size_mismatch',
        message: `size ${a.size} but the entry holds ${entry.size} bytes`,
        path: `${at}.size`,
      });
      continue;
    }
    const hasher = sha256Hasher.create();
    const kept: Uint8Array[] = [];
    const stored = entry.method === 0;
    const got = await streamEntry(reader, entry, entry.size, (chunk) => {
      hasher.update(chunk);
      if (!stored) kept.push(chunk);
    });
    if (got.length !== a.size) {
      issues.push({
        code: 'attachment_size_mismatch',
        message: `size ${a.size} but the entry holds ${got.length} bytes`,
        path: `${at}.size`,
      });
      continue;
    }
    if (bytesToHex(hasher.digest()) !== a.sha256) {
      issues.push({
        code: 'attachment_hash_mismatch',
        message: 'sha256 does not match the entry',
        path: `${at}.sha256`,
      });
      continue;
    }
    attachments.set(
      a.sha256,
      stored ? { offset: got.start, size: entry.size } : concat(kept, got.length),
    );
    progress.attachmentsDone++;
    progress.bytesDone = reader.bytesDone;
    onProgress?.({ ...progress });
  }
  if (issues.length > 0) return { ok: false, errors: issues.slice(0, MAX_ISSUES) };
  return {
    ok: true,
    bundle: importedBundleOf(manifest),
    attachments,
  };
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
