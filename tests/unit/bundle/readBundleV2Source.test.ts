/**
 * Reading a v2 bundle by slices (shared/bundle/readBundleV2Source.ts): the same answers as the
 * whole-file reader, never a read larger than a slice besides the ZIP's directory, progress per
 * photo, and every kind of damage refused with its code (truncated, oversized entry, unknown
 * entry, changed photo, swapped entry, deflated photo bomb), cancellation between slices.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { attachmentEntry, MANIFEST_ENTRY } from '../../../shared/bundle/bundleV2Schema';
import {
  BundleReadCancelled,
  type ByteSource,
  type ReadProgress,
  readBundleV2Source,
} from '../../../shared/bundle/readBundleV2Source';
import { readBundleV2 } from '../../../shared/bundle/readBundleV2';
import { buildManifestV2, bundleV2Bytes } from '../../../shared/bundle/writeBundleV2';
import { sha256Hex } from '../../../shared/domain/hash';
import { defaultBundleLimits } from '../../../shared/bundle/bundleLimits';
import { makeInspection, makeMachine, testDeviceId } from '../../fixtures/builders';

const device = { id: testDeviceId, name: '孝义分局 笔记本 “07” 🏭' };

function photo(seed: number, size = 300_000): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = seed >>> 0;
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

const photos = [photo(1), photo(2), photo(3, 5)];
const refs = photos.map((bytes) => ({
  sha256: sha256Hex(bytes),
  mime: 'image/jpeg' as const,
  size: bytes.length,
}));
const readPhoto = (sha256: string) =>
  Promise.resolve(photos.find((p) => sha256Hex(p) === sha256) ?? new Uint8Array());

async function sampleFile(): Promise<Uint8Array> {
  const inspection = makeInspection({
    place: '喷漆房（东侧）\\ "B" 😷',
    attachments: refs.map((r, i) => ({ ...r, kind: 'photo' as const, caption: `照片 ${i}` })),
  });
  const manifest = buildManifestV2({
    device,
    records: [inspection, makeMachine({ owner: '汾阳市路桥工程有限公司' })],
    attachments: refs,
  });
  return bundleV2Bytes(manifest, readPhoto);
}

/** A source over bytes that records the largest read asked of it. */
function source(bytes: Uint8Array): ByteSource & { largest: number; reads: number } {
  const s = {
    size: bytes.length,
    largest: 0,
    reads: 0,
    read(offset: number, length: number) {
      s.reads++;
      s.largest = Math.max(s.largest, length);
      return Promise.resolve(bytes.slice(offset, offset + length));
    },
  };
  return s;
}

const codes = (r: Awaited<ReturnType<typeof readBundleV2Source>>) =>
  r.ok ? [] : r.errors.map((e) => e.code);

describe('reading a v2 bundle by slices', () => {
  it('answers what the whole-file reader answers, photos as places in the file', async () => {
    const file = await sampleFile();
    const whole = readBundleV2(file);
    const src = source(file);
    const seen: ReadProgress[] = [];
    const result = await readBundleV2Source(src, {
      sliceBytes: 64 * 1024,
      onProgress: (p) => seen.push(p),
    });
    if (!result.ok || !whole.ok) throw new Error(JSON.stringify(result));
    expect(result.bundle).toEqual(whole.bundle);
    for (const p of photos) {
      const at = result.attachments.get(sha256Hex(p));
      if (!at || at instanceof Uint8Array) throw new Error('stored photo expected as a place');
      expect(sha256Hex(file.slice(at.offset, at.offset + at.size))).toBe(sha256Hex(p));
    }
    // No read larger than a slice, apart from the directory's tail (≤ 64 KiB + 22).
    expect(src.largest).toBeLessThanOrEqual(64 * 1024 + 22);
    expect(seen.at(-1)).toMatchObject({
      recordsDone: 2,
      recordsTotal: 2,
      attachmentsDone: 3,
      attachmentsTotal: 3,
    });
    expect(seen.map((p) => p.attachmentsDone)).toEqual([0, 1, 2, 3]);
    const last = seen.at(-1);
    expect(last?.bytesDone).toBe(last?.bytesTotal);
  });

  it('refuses a file cut short at any of several places', async () => {
    const file = await sampleFile();
    for (const cut of [
      0,
      10,
      30_000,
      Math.floor(file.length / 2),
      file.length - 30,
      file.length - 1,
    ])
      expect(codes(await readBundleV2Source(source(file.slice(0, cut))))).toEqual(['bad_zip']);
  });

  it('refuses a file over the file limit before reading anything', async () => {
    const file = await sampleFile();
    const src = source(file);
    const result = await readBundleV2Source(src, { maxFileBytes: file.length - 1 });
    expect(codes(result)).toEqual(['too_large']);
    expect(src.reads).toBe(0);
  });

  it('refuses an entry declared past the per-entry limit without inflating it', async () => {
    const file = await sampleFile();
    const result = await readBundleV2Source(source(file), {
      limits: { ...defaultBundleLimits, maxAttachmentBytes: 100_000 },
    });
    expect(codes(result)).toEqual(['too_large', 'too_large']);
  });

  it('refuses unknown entries, a changed photo and a missing one', async () => {
    const file = await sampleFile();
    const edit = (change: (e: Record<string, Uint8Array>) => void) => {
      const entries = unzipSync(file);
      change(entries);
      return zipSync(entries, { level: 0 });
    };
    const evil = edit((e) => {
      e['../../evil.exe'] = strToU8('MZ');
    });
    expect(codes(await readBundleV2Source(source(evil)))).toEqual(['entry_unexpected']);
    const changed = edit((e) => {
      const name = attachmentEntry(refs[0]?.sha256 ?? '');
      const bytes = e[name]?.slice() ?? new Uint8Array();
      bytes[100] = (bytes[100] ?? 0) ^ 1;
      e[name] = bytes;
    });
    expect(codes(await readBundleV2Source(source(changed)))).toEqual(['attachment_hash_mismatch']);
    const missing = edit((e) => {
      delete e[attachmentEntry(refs[1]?.sha256 ?? '')];
    });
    expect(codes(await readBundleV2Source(source(missing)))).toEqual(['entry_missing']);
    const manifest = edit((e) => {
      e[MANIFEST_ENTRY] = strToU8('{"format":"bluesky-bundle","version":3}');
    });
    expect(codes(await readBundleV2Source(source(manifest)))).toEqual(['unsupported_version']);
  });

  it('reads a deflated photo (another writer) and refuses one whose declared size is not the listed size', async () => {
    const file = await sampleFile();
    const entries = unzipSync(file);
    const deflated = zipSync(entries, { level: 6 });
    const ok = await readBundleV2Source(source(deflated));
    if (!ok.ok) throw new Error(JSON.stringify(ok.errors));
    const inflated = ok.attachments.get(refs[0]?.sha256 ?? '');
    if (!(inflated instanceof Uint8Array)) throw new Error('inflated bytes expected');
    expect(sha256Hex(inflated)).toBe(refs[0]?.sha256);

    // A directory that under-declares a deflated entry's size: refused before it is inflated.
    const bomb = deflated.slice();
    const view = new DataView(bomb.buffer);
    const name = strToU8(attachmentEntry(refs[0]?.sha256 ?? ''));
    for (let i = 0; i < bomb.length - 46; i++)
      if (
        view.getUint32(i, true) === 0x02014b50 &&
        bomb[i + 46] === name[0] &&
        bomb[i + 47] === name[1]
      ) {
        const nameAt = bomb.subarray(i + 46, i + 46 + name.length);
        if (nameAt.every((b, k) => b === name[k])) view.setUint32(i + 24, 1000, true);
      }
    expect(codes(await readBundleV2Source(source(bomb)))).toEqual(['attachment_size_mismatch']);
  });

  it('stops between slices once cancelled', async () => {
    const file = await sampleFile();
    const signal = { aborted: false };
    const src = source(file);
    const reading = readBundleV2Source(src, {
      sliceBytes: 16 * 1024,
      signal,
      onProgress: (p) => {
        if (p.attachmentsDone === 1) signal.aborted = true;
      },
    });
    await expect(reading).rejects.toBeInstanceOf(BundleReadCancelled);
    expect(src.reads).toBeLessThan(file.length / (16 * 1024));
  });
});
