// A laptop's export is a v2 file (ZIP, each photo its own entry): the office imports it with
// every photo byte for byte; a truncated copy, a file with an oversized entry, or a broken
// manifest writes nothing and names the problem in words (zh-CN and en) for the clerk.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BundleIssueCode } from '../../../shared/bundle/bundleIssue';
import { attachmentEntry, isZip, MANIFEST_ENTRY } from '../../../shared/bundle/bundleV2Schema';
import { sha256Hex } from '../../../shared/domain/hash';
import { DeviceId } from '../../../shared/domain/ids';
import type { Inspection } from '../../../shared/domain/inspection';
import { syncEn, syncZh } from '../../../src-renderer/features/sync/messages';
import { storeAttachment } from '../../../src-renderer/db/attachmentRepository';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import {
  createDraftInspection,
  getInspection,
  saveDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { importSyncFile } from '../../../src-renderer/db/importSyncFile';
import { readBundleOffThread } from '../../../src-renderer/sync/readBundleOffThread';
import { toAppError } from '../../../src-renderer/errors/toAppError';
import { buildOutboxBundleV2, importFile } from '../../../src-renderer/sync/syncFiles';
import { makeInspector, makeSite } from '../../fixtures/builders';
import { dumpTables, freshDatabase } from '../testDatabase';

function photo(seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(60 * 1024);
  let x = seed >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

async function laptopWork(db: AppDatabase, deviceId: string): Promise<Inspection[]> {
  const out: Inspection[] = [];
  for (let r = 0; r < 3; r++) {
    const draft = await createDraftInspection(db, {
      type: 'vocs',
      template: { id: 'vocs-general', version: 1 },
      site: makeSite({ name: `孝义市“东方”化工 ${r + 1} 厂 😷`, countyCode: '141181' }),
      inspectors: [makeInspector()],
      deviceId: DeviceId.parse(deviceId),
    });
    const attachments: Inspection['attachments'] = [];
    for (let p = 0; p < 2; p++) {
      const stored = await storeAttachment(db, {
        recordId: draft.id,
        kind: 'photo',
        mime: 'image/jpeg',
        blob: new Blob([photo(r * 10 + p + 1)]),
      });
      attachments.push({ ...stored, kind: 'photo', mime: 'image/jpeg', caption: `照片 ${p + 1}` });
    }
    out.push(await saveDraft(db, { ...draft, place: `${r + 1} 号车间`, attachments }));
  }
  return out;
}

async function exported() {
  const laptop = freshDatabase();
  const me = await getDeviceIdentity(laptop);
  const records = await laptopWork(laptop, me.deviceId);
  const built = await buildOutboxBundleV2(laptop, { id: me.deviceId, name: '孝义分局 笔记本 05' });
  if (!built) throw new Error('nothing exported');
  return { records, file: built.bytes, manifest: built.manifest };
}

describe('v2 bundle files', () => {
  it('the laptop exports a ZIP; the office imports every record and photo, once', async () => {
    const { records, file, manifest } = await exported();
    expect(isZip(file)).toBe(true);
    expect(manifest.attachments).toHaveLength(6);
    const office = freshDatabase();
    const me = await getDeviceIdentity(office);
    const first = await importSyncFile(office, file, me.deviceId);
    expect(first).toMatchObject({ ok: true, kind: 'bundle', added: 3, attachments: 6 });
    for (const record of records) expect(await getInspection(office, record.id)).toEqual(record);
    for (const [i, ref] of manifest.attachments.entries()) {
      const row = await office.attachments.get(ref.sha256);
      expect(row?.size, `photo ${i}`).toBe(ref.size);
      const bytes = new Uint8Array(await (row?.blob ?? new Blob()).arrayBuffer());
      expect(sha256Hex(bytes)).toBe(ref.sha256);
    }
    const before = await dumpTables(office);
    expect(await importSyncFile(office, file, me.deviceId)).toMatchObject({
      ok: true,
      added: 0,
      unchanged: 3,
      attachments: 0,
    });
    expect(await dumpTables(office)).toEqual(before);
  });

  it.each([
    [
      'truncated (copy pulled out half-way)',
      (f: Uint8Array) => f.subarray(0, f.length >> 1),
      'bad_zip',
    ],
    [
      'an entry declared past the size limit',
      (f: Uint8Array) => {
        const e = unzipSync(f);
        e[attachmentEntry('a'.repeat(64))] = new Uint8Array(21 * 1024 * 1024);
        return zipSync(e, { level: 1 });
      },
      'too_large',
    ],
    [
      'a broken manifest',
      (f: Uint8Array) => {
        const e = unzipSync(f);
        e[MANIFEST_ENTRY] = strToU8('{"format":"bluesky-bundle","version":2,');
        return zipSync(e);
      },
      'bad_json',
    ],
    [
      'a photo changed after export',
      (f: Uint8Array) => {
        const e = unzipSync(f);
        const name = Object.keys(e).find((n) => n !== MANIFEST_ENTRY) ?? '';
        const bytes = new Uint8Array(e[name] ?? new Uint8Array());
        bytes[0] = (bytes[0] ?? 0) ^ 0xff;
        e[name] = bytes;
        return zipSync(e);
      },
      'attachment_hash_mismatch',
    ],
  ] as const)('%s: nothing is written, and the clerk reads why', async (_, damage, code) => {
    const { file } = await exported();
    const office = freshDatabase();
    const me = await getDeviceIdentity(office);
    const before = await dumpTables(office);
    const result = await importSyncFile(office, damage(file), me.deviceId);
    expect(result.ok).toBe(false);
    const codes = result.ok ? [] : result.errors.map((e) => e.code);
    expect(codes).toContain(code);
    expect(await dumpTables(office)).toEqual(before);
    for (const c of codes) {
      expect(syncZh.issues[c]).toMatch(/[\u4e00-\u9fff]/);
      expect(syncEn.issues[c]).toMatch(/^[a-z]/);
    }
  });

  it('a cancelled import writes nothing and says so', async () => {
    const { file } = await exported();
    const office = freshDatabase();
    const me = await getDeviceIdentity(office);
    const before = await dumpTables(office);
    const abort = new AbortController();
    abort.abort();
    const failure = await importFile(office, file, me.deviceId, undefined, (bytes) =>
      readBundleOffThread(bytes, abort.signal),
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(toAppError(failure).code).toBe('sync.cancelled');
    expect(await dumpTables(office)).toEqual(before);
    // The same file, not cancelled, goes through the same reader.
    expect(
      await importFile(office, file, me.deviceId, undefined, (bytes) => readBundleOffThread(bytes)),
    ).toMatchObject({ ok: true, added: 3, attachments: 6 });
  });

  it('every problem code has its words in both languages', () => {
    const codes: BundleIssueCode[] = [
      'bad_gzip',
      'too_large',
      'bad_json',
      'not_a_bundle',
      'unsupported_version',
      'schema',
      'checksum_mismatch',
      'record_hash_mismatch',
      'record_envelope_mismatch',
      'duplicate_record',
      'duplicate_attachment',
      'attachment_bad_base64',
      'attachment_size_mismatch',
      'attachment_hash_mismatch',
      'too_many',
      'bad_zip',
      'entry_missing',
      'entry_unexpected',
    ];
    for (const c of codes) {
      expect(syncZh.issues[c].length).toBeGreaterThan(3);
      expect(syncEn.issues[c].length).toBeGreaterThan(3);
    }
  });
});
