/**
 * `npm run bench syncClient`: the CLIENT side of sync (src-renderer/sync over fake-indexeddb
 * and the web transport) against the real server on a loopback port. Figures: requests and
 * bytes of a sync with an empty outbox (target: no push at all; a pull with nothing new
 * ≤ 1 KB), the client push of 1,000 drafts, and the wire bytes after one changed record
 * (target: ≤ 3 KB). Server-side figures are in sync.bench.ts.
 * The push of 1,000 drafts + pull is printed beside its bare-platform floor measured in the
 * same run (docs/sync.md "Performance"): the same 1,000 bodies read from IndexedDB with one
 * toArray, JSON.stringify + gzip, POSTed to a plain Fastify route that inserts them into
 * SQLite, and written back with one bulkPut (what a pull must at least do), and the ratio.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { gzipText } from '../../shared/bundle/gzipBundle';
import { join } from 'node:path';
import { buildApp } from '../../src-server/app';
import { openDatabase as openServerDatabase } from '../../src-server/db/openDatabase';
import { createEnrolCode } from '../../src-server/store/deviceStore';
import { openDatabase } from '../../src-renderer/db/database';
import { getDeviceIdentity } from '../../src-renderer/db/deviceRepository';
import { outboxRowFor, searchRowFor, toSummaryRow } from '../../src-renderer/db/inspectionRows';
import { recordTables } from '../../src-renderer/db/recordTables';
import { saveDraft } from '../../src-renderer/db/inspectionRepository';
import { createWebSyncTransport } from '../../src-renderer/platform/webSyncTransport';
import { createSyncApi } from '../../src-renderer/sync/syncApi';
import { pullChanges } from '../../src-renderer/sync/pullChanges';
import { pushOutbox } from '../../src-renderer/sync/pushOutbox';
import { makeInspection } from '../fixtures/builders';
import { startPlainInsertServer } from './support/plainInsertServer';

const dir = mkdtempSync(join(tmpdir(), 'bluesky-client-bench-'));
const server = await openServerDatabase({ dataDir: dir });
const app = await buildApp({
  db: server.db,
  engine: server.engine,
  limits: { rateLimitPerMinute: 1_000_000 },
});
const origin = await app.listen({ port: 0, host: '127.0.0.1' });
const plain = await startPlainInsertServer();
const loadAtStart = loadavg()[0] ?? Number.NaN;

let requests = 0;
let bytesOut = 0;
let bytesIn = 0;
const counting: typeof fetch = async (input, init) => {
  requests++;
  const body = init?.body;
  bytesOut +=
    body instanceof Uint8Array ? body.byteLength : typeof body === 'string' ? body.length : 0;
  const response = await fetch(input, init);
  const bytes = new Uint8Array(await response.clone().arrayBuffer());
  bytesIn += bytes.byteLength;
  return response;
};
const reset = () => {
  requests = 0;
  bytesOut = 0;
  bytesIn = 0;
};

try {
  const db = openDatabase(`bench-${crypto.randomUUID()}`);
  const me = await getDeviceIdentity(db);
  const transport = createWebSyncTransport({ db: () => db, fetch: counting });
  const { code } = await createEnrolCode(server.db, '141181', 1, new Date());
  const link = await transport.enrol({ serverUrl: origin, code, deviceName: '基准测试机' });
  const api = createSyncApi(transport);
  const device = { id: me.deviceId, name: me.name };
  const sync = async () => {
    const push = await pushOutbox({ db, api, device });
    const pull = await pullChanges({ db, api, serverDeviceId: link.serverDeviceId });
    return { push, pull };
  };

  const drafts = Array.from({ length: 1_000 }, (_, i) =>
    makeInspection({
      deviceId: me.deviceId,
      place: `车间 ${i}`,
      // ~40 answered items, as a filled VOCs record (~4 KB of JSON).
      answers: Object.fromEntries(
        Array.from({ length: 40 }, (_, k) => [
          `vocs.item-${k}`,
          { result: 'pass', note: `第 ${k} 项：集气罩风速正常` },
        ]),
      ),
    }),
  );
  // Raw rows for seeding speed (inspectionRepository.ts is the app's one writer).
  await db.transaction('rw', recordTables(db), async () => {
    const now = new Date().toISOString();
    await db.inspections.bulkPut(drafts);
    await db.inspectionIndex.bulkPut(drafts.map(toSummaryRow));
    await db.inspectionSearch.bulkPut(drafts.map(searchRowFor));
    await db.outbox.bulkPut(drafts.map((d) => outboxRowFor(d, undefined, now)));
  });

  /** The floor: the same bodies read, sent and written back with the platform alone. */
  const floorDb = openDatabase(`bench-floor-${crypto.randomUUID()}`);
  await floorDb.inspections.bulkPut(drafts);
  const bareRoundTrip = async (): Promise<number> => {
    const start = performance.now();
    const bodies = await floorDb.inspections.toArray();
    const gzipped = gzipText(
      JSON.stringify({
        records: bodies.map((body) => ({ id: body.id, rev: body.rev, hash: '', body })),
      }),
    );
    const res = await fetch(plain.url, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array(gzipped),
    });
    await res.arrayBuffer();
    await floorDb.inspections.bulkPut(bodies.map((b) => ({ ...b, baseRev: b.baseRev + 1 })));
    return performance.now() - start;
  };
  const floorBefore = await bareRoundTrip();

  reset();
  let t0 = performance.now();
  const first = await sync();
  const pushMs = performance.now() - t0;
  const floorAfter = await bareRoundTrip();
  const floorMs = Math.min(floorBefore, floorAfter);
  console.log(
    `client push of 1,000 drafts + pull: ${pushMs.toFixed(0)} ms, ${first.push.bundles} bundles, ${(bytesOut / 1024).toFixed(0)} KB sent gzipped, ${requests} requests (target ≤ 1,200 ms)`,
  );
  console.log(
    `  floor: the same bodies toArray + JSON + gzip + plain POST into SQLite + bulkPut back: ${floorMs.toFixed(0)} ms (${floorBefore.toFixed(0)} before, ${floorAfter.toFixed(0)} after)`,
  );
  console.log(`  ratio push + pull ÷ floor: ${(pushMs / floorMs).toFixed(2)}×`);

  reset();
  t0 = performance.now();
  const idle = await sync();
  console.log(
    `sync with an empty outbox: pushed=${String(idle.push.pushed)}, ${requests} request(s) (push requests: 0), ${bytesIn} B received, ${(performance.now() - t0).toFixed(1)} ms (target: no push, pull ≤ 1 KB)`,
  );

  const one = drafts[0];
  if (!one) throw new Error('no drafts');
  const stored = await db.inspections.get(one.id);
  if (!stored) throw new Error('draft lost');
  await saveDraft(db, { ...stored, place: '复查：集气罩已修复' });
  reset();
  await pushOutbox({ db, api, device });
  console.log(
    `push after one changed record: ${requests} request(s), ${bytesOut + bytesIn} B on the wire (target: one request, ≤ 3 KB)`,
  );
  console.log(
    `load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${(loadavg()[0] ?? 0).toFixed(2)}; figures from a busy machine run high`,
  );
} finally {
  await plain.close();
  await app.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
