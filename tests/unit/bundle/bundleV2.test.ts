/**
 * Bundle format v2 (shared/bundle/bundleV2Schema.ts): a ZIP whose manifest seals the records
 * and the list of photos, each photo its own entry verified on its own. Written and read
 * back; every kind of damage a USB stick or a person brings is refused with its code, and
 * v1 files are still read by readAnyBundle.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../shared/bundle/buildBundle';
import { attachmentEntry, isZip, MANIFEST_ENTRY } from '../../../shared/bundle/bundleV2Schema';
import { gzipText } from '../../../shared/bundle/gzipBundle';
import { readAnyBundle } from '../../../shared/bundle/readAnyBundle';
import { readBundleV2 } from '../../../shared/bundle/readBundleV2';
import { buildManifestV2, bundleV2Bytes } from '../../../shared/bundle/writeBundleV2';
import { sha256Hex } from '../../../shared/domain/hash';
import { defaultBundleLimits } from '../../../shared/bundle/bundleLimits';
import { makeInspection, makeMachine, testDeviceId } from '../../fixtures/builders';

const device = { id: testDeviceId, name: '孝义分局 笔记本 “07” 🏭' };

function photo(seed: number, size = 40_000): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = seed >>> 0;
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

const photos = [photo(1), photo(2), photo(3)];
const refs = photos.map((bytes) => ({
  sha256: sha256Hex(bytes),
  mime: 'image/jpeg' as const,
  size: bytes.length,
}));
const read = (sha256: string) =>
  Promise.resolve(photos.find((p) => sha256Hex(p) === sha256) ?? new Uint8Array());

function sample() {
  const inspection = makeInspection({
    place: '喷漆房（东侧）\\ "B" 😷',
    attachments: refs.map((r, i) => ({ ...r, kind: 'photo' as const, caption: `照片 ${i}` })),
  });
  const machine = makeMachine({ owner: '汾阳市路桥工程有限公司' });
  return buildManifestV2({ device, records: [inspection, machine], attachments: refs });
}

/** The file's entries, changed by `edit`, zipped again. */
function rezip(file: Uint8Array, edit: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(file);
  edit(entries);
  return zipSync(entries);
}

describe('bundle format v2', () => {
  it('writes a ZIP that reads back to the same records and photos', async () => {
    const manifest = sample();
    const file = await bundleV2Bytes(manifest, read);
    expect(isZip(file)).toBe(true);
    const result = readAnyBundle(file);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.bundle).toMatchObject({
      version: 2,
      bundleId: manifest.bundleId,
      checksum: manifest.checksum,
      device,
    });
    expect(result.bundle.records).toEqual(manifest.records);
    expect([...result.attachmentBytes.values()]).toEqual(photos);
    // Photos are stored as they are: the file is barely larger than the photos.
    expect(file.length).toBeLessThan(photos.reduce((n, p) => n + p.length, 0) * 1.05 + 20_000);
  });

  it('still reads v1 files, plain and gzipped', () => {
    const v1 = buildBundle({
      device,
      records: [makeInspection()],
      attachments: [{ mime: 'image/jpeg', bytes: photos[0] ?? new Uint8Array() }],
    });
    for (const bytes of [strToU8(JSON.stringify(v1)), gzipText(JSON.stringify(v1))]) {
      const result = readAnyBundle(bytes);
      expect(result.ok && result.bundle.version).toBe(1);
      expect(result.ok && result.bundle.checksum).toBe(v1.checksum);
    }
  });

  it('a truncated file is bad_zip at every cut', async () => {
    const file = await bundleV2Bytes(sample(), read);
    for (const keep of [4, 100, Math.floor(file.length / 2), file.length - 1]) {
      const result = readAnyBundle(file.subarray(0, keep));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors.map((e) => e.code)).toEqual(['bad_zip']);
    }
  });

  it('a changed photo is found in its own entry', async () => {
    const file = await bundleV2Bytes(sample(), read);
    const changed = rezip(file, (e) => {
      const name = attachmentEntry(refs[1]?.sha256 ?? '');
      const bytes = new Uint8Array(e[name] ?? new Uint8Array());
      bytes[10] = (bytes[10] ?? 0) ^ 1;
      e[name] = bytes;
    });
    const result = readBundleV2(changed);
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({ code: 'attachment_hash_mismatch', path: 'attachments[1].sha256' }),
    ]);
  });

  it('a missing, an extra or an unlisted entry is refused', async () => {
    const file = await bundleV2Bytes(sample(), read);
    const missing = rezip(file, (e) => {
      delete e[attachmentEntry(refs[2]?.sha256 ?? '')];
    });
    expect(!readBundleV2(missing).ok && readBundleV2(missing)).toMatchObject({
      errors: [{ code: 'entry_missing', path: 'attachments[2].sha256' }],
    });
    const extra = rezip(file, (e) => {
      e['../../evil.exe'] = strToU8('MZ');
    });
    expect(readBundleV2(extra)).toMatchObject({
      ok: false,
      errors: [{ code: 'entry_unexpected', path: '../../evil.exe' }],
    });
    const unlisted = rezip(file, (e) => {
      e[attachmentEntry(sha256Hex(photo(9)))] = photo(9);
    });
    expect(readBundleV2(unlisted)).toMatchObject({
      ok: false,
      errors: [{ code: 'entry_unexpected' }],
    });
  });

  it('a changed record or manifest is refused by its hash or the checksum', async () => {
    const file = await bundleV2Bytes(sample(), read);
    const edit = (change: (m: Record<string, unknown>) => void) =>
      rezip(file, (e) => {
        const manifest = JSON.parse(new TextDecoder().decode(e[MANIFEST_ENTRY])) as Record<
          string,
          unknown
        >;
        change(manifest);
        e[MANIFEST_ENTRY] = strToU8(JSON.stringify(manifest));
      });
    const renamed = edit((m) => {
      (m.device as { name: string }).name = '别人的笔记本';
    });
    expect(readBundleV2(renamed)).toMatchObject({
      ok: false,
      errors: [{ code: 'checksum_mismatch' }],
    });
    const future = edit((m) => {
      m.version = 3;
    });
    expect(readBundleV2(future)).toMatchObject({
      ok: false,
      errors: [{ code: 'unsupported_version', path: 'version' }],
    });
    const place = edit((m) => {
      const records = m.records as { body: { place: string } }[];
      if (records[0]) records[0].body.place = '改过的地点';
    });
    const codes = (r: ReturnType<typeof readBundleV2>) =>
      r.ok ? [] : r.errors.map((e) => e.code).sort();
    expect(codes(readBundleV2(place))).toEqual(['checksum_mismatch', 'record_hash_mismatch']);
    const notJson = rezip(file, (e) => {
      e[MANIFEST_ENTRY] = strToU8('{"format":"bluesky-bundle",');
    });
    expect(codes(readBundleV2(notJson))).toEqual(['bad_json']);
  });

  it('a file or an entry past the limits is refused before it is unpacked', async () => {
    const file = await bundleV2Bytes(sample(), read);
    expect(readBundleV2(file, defaultBundleLimits, sha256Hex, file.length - 1)).toMatchObject({
      ok: false,
      errors: [{ code: 'too_large' }],
    });
    const big = readBundleV2(file, { ...defaultBundleLimits, maxAttachmentBytes: 39_999 });
    expect(!big.ok && big.errors.map((e) => e.code)).toEqual([
      'too_large',
      'too_large',
      'too_large',
    ]);
    expect(readBundleV2(file, { ...defaultBundleLimits, maxAttachments: 2 })).toMatchObject({
      ok: false,
      errors: [{ code: 'too_many' }],
    });
  });
});
