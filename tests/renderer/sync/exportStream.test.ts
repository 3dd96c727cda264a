// The laptop's export written in chunks (sync/syncFiles.ts exportBundleFile): the file is
// the same v2 bundle the whole-file reader accepts, no chunk is larger than one photo plus
// the ZIP's headers, progress counts the photos, and a cancel removes what was written and
// leaves the store as it was.
import { toAppError } from '../../../src-renderer/errors/toAppError';
import { describe, expect, it } from 'vitest';
import { readBundleV2 } from '../../../shared/bundle/readBundleV2';
import type { Bridge, FileSink } from '../../../shared/ipc/bridge';
import { sha256Hex } from '../../../shared/domain/hash';
import { DeviceId } from '../../../shared/domain/ids';
import { storeAttachment } from '../../../src-renderer/db/attachmentRepository';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import { createDraftInspection, saveDraft } from '../../../src-renderer/db/inspectionRepository';
import { exportBundleFile } from '../../../src-renderer/sync/syncFiles';
import type { ExportProgress } from '../../../src-renderer/sync/writeBundleStream';
import { makeInspector, makeSite } from '../../fixtures/builders';
import { dumpTables, freshDatabase } from '../testDatabase';

const PHOTO = 120 * 1024;

function photo(seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(PHOTO);
  let x = seed >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

async function laptop(): Promise<{ db: AppDatabase; deviceId: string; hashes: string[] }> {
  const db = freshDatabase();
  const me = await getDeviceIdentity(db);
  const hashes: string[] = [];
  for (let r = 0; r < 2; r++) {
    const draft = await createDraftInspection(db, {
      type: 'vocs',
      template: { id: 'vocs-general', version: 1 },
      site: makeSite({ name: `汾阳市“杏花”涂装 ${r + 1} 厂`, countyCode: '141182' }),
      inspectors: [makeInspector()],
      deviceId: DeviceId.parse(me.deviceId),
    });
    const attachments = [];
    for (let p = 0; p < 3; p++) {
      const bytes = photo(r * 10 + p + 1);
      hashes.push(sha256Hex(bytes));
      const stored = await storeAttachment(db, {
        recordId: draft.id,
        kind: 'photo',
        mime: 'image/jpeg',
        blob: new Blob([bytes]),
      });
      attachments.push({
        ...stored,
        kind: 'photo' as const,
        mime: 'image/jpeg' as const,
        caption: `照片 ${p + 1}`,
      });
    }
    await saveDraft(db, { ...draft, place: `${r + 1} 号喷涂车间`, attachments });
  }
  return { db, deviceId: me.deviceId, hashes };
}

function recordingBridge(onWrite?: () => void) {
  const chunks: Uint8Array[] = [];
  const calls: string[] = [];
  const sink: FileSink = {
    write: (c) => {
      chunks.push(c.slice());
      onWrite?.();
      return Promise.resolve();
    },
    close: () => {
      calls.push('close');
      return Promise.resolve('/media/usb/out.zip');
    },
    abort: () => {
      calls.push('abort');
      return Promise.resolve();
    },
  };
  const bridge = {
    saveFileStream: () => Promise.resolve(sink),
    saveFile: () => Promise.reject(new Error('whole-file save used')),
  } as unknown as Bridge;
  const file = () => {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };
  return { bridge, chunks, calls, file };
}

const device = (id: string) => ({ id, name: '汾阳分局 笔记本 02', shortId: 'F2A' });

describe('exporting a bundle in chunks', { timeout: 60_000 }, () => {
  it('writes the v2 file chunk by chunk, a photo at a time, with progress', async () => {
    const { db, deviceId, hashes } = await laptop();
    const rec = recordingBridge();
    const seen: ExportProgress[] = [];
    const done = await exportBundleFile(db, rec.bridge, device(deviceId), {
      onProgress: (p) => seen.push(p),
    });
    expect(done).toEqual({ savedTo: '/media/usb/out.zip', records: 2 });
    expect(rec.calls).toEqual(['close']);
    const read = readBundleV2(rec.file());
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.bundle.records).toHaveLength(2);
    expect([...read.attachmentBytes.keys()].sort()).toEqual([...hashes].sort());
    expect(Math.max(...rec.chunks.map((c) => c.length))).toBeLessThanOrEqual(PHOTO + 1024);
    expect(seen.map((p) => p.attachmentsDone)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(seen.at(-1)).toMatchObject({
      attachmentsTotal: 6,
      bytesDone: 6 * PHOTO,
      bytesTotal: 6 * PHOTO,
    });
  });

  it('a cancelled export removes what was written and changes nothing', async () => {
    const { db, deviceId } = await laptop();
    const before = await dumpTables(db);
    const abort = new AbortController();
    const rec = recordingBridge(() => {
      if (rec.chunks.length === 3) abort.abort();
    });
    const failure = await exportBundleFile(db, rec.bridge, device(deviceId), {
      signal: abort.signal,
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(toAppError(failure).code).toBe('sync.cancelled');
    expect(rec.calls).toEqual(['abort']);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('a cancelled save dialog writes nothing', async () => {
    const { db, deviceId } = await laptop();
    const bridge = { saveFileStream: () => Promise.resolve(null) } as unknown as Bridge;
    expect(await exportBundleFile(db, bridge, device(deviceId))).toEqual({
      savedTo: null,
      records: 2,
    });
  });

  it('a platform that only saves whole files gets the same file once', async () => {
    const { db, deviceId } = await laptop();
    const saved: Uint8Array[] = [];
    const bridge = {
      saveFile: (_name: string, bytes: Uint8Array) => {
        saved.push(bytes);
        return Promise.resolve('/tmp/x.zip');
      },
    } as unknown as Bridge;
    expect(await exportBundleFile(db, bridge, device(deviceId))).toEqual({
      savedTo: '/tmp/x.zip',
      records: 2,
    });
    expect(saved).toHaveLength(1);
    expect(readBundleV2(saved[0] ?? new Uint8Array()).ok).toBe(true);
  });
});
