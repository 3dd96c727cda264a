// The office relay against the REAL server (buildApp, temp SQLite) with a body limit far
// below the laptop's bundle file: an office imports the USB file and passes it on in parts
// (photos one by one, records in batches); the network drops after the first batch, so the
// rest stays visibly queued and no receipt is made; the next run finishes; the laptop
// imports the receipt and its queue is empty. Nothing is duplicated or lost at the server.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceId } from '../../../shared/domain/ids';
import { verifyReceipt } from '../../../shared/bundle/buildReceipt';
import type { Inspection } from '../../../shared/domain/inspection';
import { storeAttachment } from '../../../src-renderer/db/attachmentRepository';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import {
  createDraftInspection,
  getInspection,
  saveDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { importSyncFile } from '../../../src-renderer/db/importSyncFile';
import { getBadgeStates, getSyncState } from '../../../src-renderer/db/recordSyncState';
import { countRelayQueue, listCompleteRelayReceipts } from '../../../src-renderer/db/relayQueue';
import { relayImported } from '../../../src-renderer/sync/relayImported';
import { buildOutboxBundle, importFile } from '../../../src-renderer/sync/syncFiles';
import { makeInspector, makeSite } from '../../fixtures/builders';
import { startTestServer, type TestServer } from '../../server/support/testServer';
import { freshDatabase } from '../testDatabase';
import { enrolClient, type TestClient } from './syncHarness';

const BODY_LIMIT = 400 * 1024;
const RECORDS = 7;
const PHOTOS_EACH = 2;

let server: TestServer;
let office: TestClient;
let cutAfterBundles = Infinity;
let bundlesPosted = 0;

/** Incompressible "photos" of ~150 KB: the whole file is far over the body limit. */
function photo(seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(150 * 1024);
  let x = (Math.imul(seed, 2654435761) + 1) >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  bytes.set([0xff, 0xd8, 0xff], 0);
  return bytes;
}

async function laptopWeek(db: AppDatabase, deviceId: string): Promise<Inspection[]> {
  const out: Inspection[] = [];
  for (let r = 0; r < RECORDS; r++) {
    const draft = await createDraftInspection(db, {
      type: 'vocs',
      template: { id: 'vocs-general', version: 1 },
      site: makeSite({ name: `孝义市第${r + 1}号“喷涂”车间 🏭`, countyCode: '141181' }),
      inspectors: [makeInspector()],
      deviceId: DeviceId.parse(deviceId),
    });
    const attachments: Inspection['attachments'] = [];
    for (let p = 0; p < PHOTOS_EACH; p++) {
      const stored = await storeAttachment(db, {
        recordId: draft.id,
        kind: 'photo',
        mime: 'image/jpeg',
        blob: new Blob([photo(r * 10 + p)]),
      });
      attachments.push({ ...stored, kind: 'photo', mime: 'image/jpeg', caption: `照片 ${p + 1}` });
    }
    out.push(await saveDraft(db, { ...draft, place: `${r + 1} 号车间`, attachments }));
  }
  return out;
}

async function serverCount(table: 'records' | 'record_heads' | 'attachments'): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
    server.opened.db,
  );
  return Number(rows[0]?.n ?? 0);
}

beforeAll(async () => {
  server = await startTestServer('sqlite', { limits: { bodyLimitBytes: BODY_LIMIT } });
  const flaky: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    if (url.endsWith('/bundles') && init?.method === 'POST') {
      if (bundlesPosted >= cutAfterBundles) return Promise.reject(new TypeError('fetch failed'));
      bundlesPosted++;
    }
    return fetch(input, init);
  };
  office = await enrolClient(server, 'city', '吕梁市局 办公室', flaky);
});
afterAll(async () => server.close());

describe('office relay of a USB bundle', () => {
  it('passes the work on in parts, resumes after a cut, and hands the laptop its receipt', async () => {
    const laptop = freshDatabase();
    const me = await getDeviceIdentity(laptop);
    const records = await laptopWeek(laptop, me.deviceId);
    const file = await buildOutboxBundle(laptop, { id: me.deviceId, name: '孝义分局 笔记本 03' });
    if (!file) throw new Error('nothing exported');
    // The old relay sent this file as one request: the server would refuse it (413).
    expect(file.bytes.length).toBeGreaterThan(BODY_LIMIT * 4);

    const saved: { name: string; bytes: Uint8Array }[] = [];
    const bridge = {
      saveFile: (name: string, bytes: Uint8Array) => {
        saved.push({ name, bytes });
        return Promise.resolve(`/media/usb/${name}`);
      },
    };
    const fast = { retries: 1, baseMs: 1, capMs: 2 };
    cutAfterBundles = 1;
    const outcome = await importFile(office.db, file.bytes, office.device.id, {
      api: office.api,
      bridge,
      retry: fast,
      batchSize: 3,
    });
    expect(outcome).toMatchObject({ ok: true, kind: 'bundle', added: RECORDS });
    if (!outcome.ok || outcome.kind !== 'bundle') throw new Error('import failed');
    // Every photo went (one per request); one batch of 3 records went; then the network dropped.
    expect(outcome.relayed).toMatchObject({
      records: 0,
      receipts: [],
      stillQueued: RECORDS - 3,
      error: expect.objectContaining({ code: 'sync.network' }) as unknown,
    });
    expect(await serverCount('attachments')).toBe(RECORDS * PHOTOS_EACH);
    expect(await serverCount('record_heads')).toBe(3);
    expect(await countRelayQueue(office.db)).toBe(RECORDS - 3);
    // Only what the server answered is known: no receipt for the laptop yet.
    expect(saved).toEqual([]);
    expect(await listCompleteRelayReceipts(office.db)).toEqual([]);
    // The office's own copies are kept (badge 其他设备); the ones answered know the server's rev.
    const badges = await getBadgeStates(
      office.db,
      records.map((r) => r.id),
    );
    expect([...badges.values()].every((b) => b === 'foreign')).toBe(true);
    const answered = await Promise.all(records.map((r) => getSyncState(office.db, r.id)));
    expect(answered.filter((s) => s?.state === 'synced')).toHaveLength(3);

    // 立即同步 later: the rest goes, nothing twice.
    cutAfterBundles = Infinity;
    const rest = await relayImported({
      db: office.db,
      api: office.api,
      bridge,
      retry: fast,
      batchSize: 3,
    });
    expect(rest).toMatchObject({ relayed: RECORDS - 3, attachmentsSent: 0 });
    expect(rest.receipts).toEqual([`/media/usb/receipt-${file.bundle.bundleId}.json`]);
    expect(await countRelayQueue(office.db)).toBe(0);
    expect(await serverCount('record_heads')).toBe(RECORDS);
    expect(await serverCount('records')).toBe(RECORDS);
    expect(await serverCount('attachments')).toBe(RECORDS * PHOTOS_EACH);
    const office1 = await getInspection(office.db, records[0]?.id ?? '');
    expect(office1?.baseRev).toBe(1);

    // The laptop imports the receipt: every record synced, its queue empty.
    const receipt = saved[0];
    if (!receipt) throw new Error('no receipt saved');
    const onLaptop = await importSyncFile(laptop, receipt.bytes, me.deviceId);
    expect(onLaptop).toMatchObject({ ok: true, kind: 'receipt', summary: { synced: RECORDS } });
    expect(await laptop.outbox.count()).toBe(0);
    const laptopBadges = await getBadgeStates(
      laptop,
      records.map((r) => r.id),
    );
    expect([...laptopBadges.values()]).toEqual(records.map(() => 'office'));

    // A second run has nothing to send and makes no second receipt.
    const again = await relayImported({ db: office.db, api: office.api, bridge, retry: fast });
    expect(again).toEqual({ relayed: 0, attachmentsSent: 0, receipts: [] });
    expect(saved).toHaveLength(1);
    const sealed = verifyReceipt(JSON.parse(new TextDecoder().decode(receipt.bytes)));
    expect(sealed.ok && sealed.receipt.bundleId).toBe(file.bundle.bundleId);
    expect(sealed.ok && sealed.receipt.bundleChecksum).toBe(file.bundle.checksum);
  }, 60_000);
});
