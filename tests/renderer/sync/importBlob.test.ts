// Importing a picked file without reading it whole (sync/syncFiles.ts importBlob): a v2 file
// is verified by slices with progress and its photos stored as slices of the file; a v1 file
// still imports; a truncated file, a file over the file limit, an entry over the per-entry
// limit, a v1 file too big to read whole and a cancelled import each leave the store exactly
// as it was, with a sentence in zh-CN and en.
import { unzipSync, zipSync } from 'fflate';
import { toAppError } from '../../../src-renderer/errors/toAppError';
import { describe, expect, it } from 'vitest';
import { attachmentEntry } from '../../../shared/bundle/bundleV2Schema';
import type { ReadProgress } from '../../../shared/bundle/readBundleV2Source';
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
import {
  buildOutboxBundle,
  buildOutboxBundleV2,
  importBlob,
} from '../../../src-renderer/sync/syncFiles';
import { makeInspector, makeSite } from '../../fixtures/builders';
import { dumpTables, freshDatabase } from '../testDatabase';

function photo(seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(90 * 1024);
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

async function laptop() {
  const db = freshDatabase();
  const me = await getDeviceIdentity(db);
  const records = await laptopWork(db, me.deviceId);
  const v2 = await buildOutboxBundleV2(db, { id: me.deviceId, name: '孝义分局 笔记本 05' });
  const v1 = await buildOutboxBundle(db, { id: me.deviceId, name: '孝义分局 笔记本 05' });
  if (!v2 || !v1) throw new Error('nothing exported');
  return { records, v2: v2.bytes, v1: v1.bytes, manifest: v2.manifest };
}

const blobOf = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);

async function office() {
  const db = freshDatabase();
  const me = await getDeviceIdentity(db);
  return { db, me, before: await dumpTables(db) };
}

function expectSentences(codes: readonly string[]) {
  for (const c of codes) {
    const key = c as keyof typeof syncZh.issues;
    expect(syncZh.issues[key]).toMatch(/[\u4e00-\u9fff]/);
    expect(syncEn.issues[key]).toMatch(/^[a-zA-Z]/);
  }
}

// Each test builds a laptop's export in fake-indexeddb first: slow on a loaded machine.
describe('importing a picked file by slices', { timeout: 60_000 }, () => {
  it('imports a v2 file with progress; photos are stored byte for byte', async () => {
    const { records, v2, manifest } = await laptop();
    const { db, me } = await office();
    const seen: ReadProgress[] = [];
    const result = await importBlob(db, blobOf(v2), me.deviceId, undefined, {
      onProgress: (p) => seen.push(p),
    });
    expect(result).toMatchObject({ ok: true, kind: 'bundle', added: 3, attachments: 6 });
    for (const record of records) expect(await getInspection(db, record.id)).toEqual(record);
    for (const ref of manifest.attachments) {
      const row = await db.attachments.get(ref.sha256);
      const bytes = new Uint8Array(await (row?.blob ?? new Blob()).arrayBuffer());
      expect(sha256Hex(bytes)).toBe(ref.sha256);
    }
    expect(seen.at(-1)).toMatchObject({
      recordsDone: 3,
      recordsTotal: 3,
      attachmentsDone: 6,
      attachmentsTotal: 6,
    });
    expect(seen.at(-1)?.bytesDone).toBeGreaterThan(6 * 90 * 1024);
  });

  it('still imports a v1 file (gzipped JSON)', async () => {
    const { v1, records } = await laptop();
    const { db, me } = await office();
    const result = await importBlob(db, blobOf(v1), me.deviceId);
    expect(result).toMatchObject({ ok: true, kind: 'bundle', added: 3, attachments: 6 });
    expect(await getInspection(db, records[0]?.id ?? '')).toEqual(records[0]);
  });

  it.each([
    [
      'a truncated v2 file',
      (f: Uint8Array) => blobOf(f.subarray(0, f.length - 200)),
      {},
      'bad_zip',
    ],
    ['a v2 file over the file limit', blobOf, { maxFileBytes: 100_000 }, 'too_large'],
    [
      'a v2 entry declared past the per-entry limit',
      (f: Uint8Array) => {
        const e = unzipSync(f);
        e[attachmentEntry('b'.repeat(64))] = new Uint8Array(21 * 1024 * 1024);
        return blobOf(zipSync(e, { level: 1 }));
      },
      {},
      'too_large',
    ],
  ] as const)('%s: nothing is written, and the clerk reads why', async (_, make, opts, code) => {
    const { v2 } = await laptop();
    const { db, me, before } = await office();
    const result = await importBlob(db, make(v2), me.deviceId, undefined, opts);
    const codes = result.ok ? [] : result.errors.map((e) => e.code);
    expect(codes).toContain(code);
    expectSentences(codes);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('a v1 file too big to read whole is refused before it is read', async () => {
    const { v1 } = await laptop();
    const { db, me, before } = await office();
    let read = false;
    const file = blobOf(v1);
    // Only the size and the first bytes may be looked at; reading it whole is noted.
    const watched = {
      size: file.size,
      slice: (start?: number, end?: number) => file.slice(start, end),
      arrayBuffer: () => {
        read = true;
        return file.arrayBuffer();
      },
    } as unknown as Blob;
    const result = await importBlob(db, watched, me.deviceId, undefined, { maxFileBytes: 1000 });
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['too_large']);
    expect(read).toBe(false);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('a cancelled import writes nothing and says so', async () => {
    const { v2 } = await laptop();
    const { db, me, before } = await office();
    const abort = new AbortController();
    const failure = await importBlob(db, blobOf(v2), me.deviceId, undefined, {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.attachmentsDone === 2) abort.abort();
      },
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(toAppError(failure).code).toBe('sync.cancelled');
    expect(syncZh.errors.cancelled).toBe('已取消。');
    expect(syncEn.errors.cancelled).toBe('Cancelled.');
    expect(await dumpTables(db)).toEqual(before);
  });
});
