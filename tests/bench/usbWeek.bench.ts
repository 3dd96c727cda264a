/**
 * `npm run bench usbWeek`: one inspector's week by USB, as issue 11 measures it
 * (docs/sync.md "Bundle format v2", "Office relay"). The week is built with the project's own
 * code (support/inspectorWeeks.ts: 30 inspections × 10 photos of ~230 KB) on a laptop
 * profile (fake-indexeddb); the laptop exports a v2 file streamed to disk (the app's code, run
 * inline: Node has no Worker); an enrolled office imports it by slices and
 * relays it to the REAL server on a loopback port; the laptop's own HTTP sync of the same
 * week is measured too. `BENCH_WEEKS=4` runs four weeks instead.
 *
 * Node stands in for the renderer here: "longest blocked stretch" is the longest gap a 10 ms
 * timer saw (what a main thread would have been frozen for, as this work still runs on it),
 * "peak RSS" the process's resident memory sampled every 50 ms (both profiles and the server
 * live in this one process, so it over-counts one renderer).
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, openAsBlob, rmSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src-server/app';
import { openDatabase as openServerDatabase } from '../../src-server/db/openDatabase';
import { createEnrolCode } from '../../src-server/store/deviceStore';
import { openDatabase } from '../../src-renderer/db/database';
import { getDeviceIdentity } from '../../src-renderer/db/deviceRepository';
import { createWebSyncTransport } from '../../src-renderer/platform/webSyncTransport';
import { createSyncApi } from '../../src-renderer/sync/syncApi';
import { pushOutbox } from '../../src-renderer/sync/pushOutbox';
import { exportBundleFile, importBlob } from '../../src-renderer/sync/syncFiles';
import type { Bridge } from '../../shared/ipc/bridge';
import { formatTable, type Row } from './support/report';
import { buildInspectorWeeks } from './support/inspectorWeeks';

const weeks = Number(process.env.BENCH_WEEKS ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'bluesky-usb-bench-'));
const server = await openServerDatabase({ dataDir: dir });
const app = await buildApp({
  db: server.db,
  engine: server.engine,
  limits: { rateLimitPerMinute: 1_000_000 },
});
const origin = await app.listen({ port: 0, host: '127.0.0.1' });

/** Longest timer gap and peak RSS while `work` runs. */
async function measure<T>(work: () => Promise<T>): Promise<{
  value: T;
  ms: number;
  longestMs: number;
  peakMb: number;
}> {
  let last = performance.now();
  let longest = 0;
  let peak = process.memoryUsage().rss;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const t0 = performance.now();
  try {
    const value = await work();
    return {
      value,
      ms: performance.now() - t0,
      longestMs: longest,
      peakMb: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024,
    };
  } finally {
    clearInterval(tick);
    clearInterval(sample);
  }
}

async function enrolled(name: string, scope: '141181' | 'city') {
  const db = openDatabase(`usb-bench-${crypto.randomUUID()}`);
  const me = await getDeviceIdentity(db);
  const transport = createWebSyncTransport({ db: () => db });
  const { code } = await createEnrolCode(server.db, scope, 1, new Date());
  await transport.enrol({ serverUrl: origin, code, deviceName: name });
  return { db, me, api: createSyncApi(transport), device: { id: me.deviceId, name } };
}

try {
  const rows: Row[] = [];
  const laptop = await enrolled('孝义分局 笔记本 01', '141181');
  const t0 = performance.now();
  await buildInspectorWeeks(laptop.db, laptop.me.deviceId, weeks);
  console.log(
    `fixture: ${weeks} week(s) built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  // The laptop's export as the app makes it: streamed chunk by chunk to a file on disk.
  const path = join(dir, 'week.zip');
  const exported = await measure(async () => {
    const handle = await open(path, 'w');
    const bridge = {
      saveFileStream: () =>
        Promise.resolve({
          write: async (chunk: Uint8Array) => {
            await handle.write(chunk);
          },
          close: async () => {
            await handle.close();
            return path;
          },
          abort: () => handle.close(),
        }),
    } as unknown as Bridge;
    return exportBundleFile(laptop.db, bridge, { ...laptop.device, shortId: 'B01' });
  });
  if (!exported.value?.savedTo) throw new Error('nothing exported');
  const size = (await stat(path)).size;
  console.log(`v2 file: ${(size / 1024 / 1024).toFixed(1)} MiB, ${exported.value.records} records`);
  rows.push(
    {
      what: 'laptop export (v2 file, streamed)',
      measured: exported.ms / 1000,
      unit: 's',
      target: 15,
    },
    { what: '  longest blocked stretch', measured: exported.longestMs, unit: 'ms', target: 200 },
    { what: '  peak RSS (whole process)', measured: exported.peakMb, unit: 'MB', target: 600 },
  );

  const office = await enrolled('吕梁市局 办公室', 'city');
  const saved: string[] = [];
  // The picked file as a file-backed Blob: read by slices, photos stored as slices of it.
  const file = await openAsBlob(path);
  const relayed = await measure(() =>
    importBlob(office.db, file, office.me.deviceId, {
      api: office.api,
      bridge: {
        saveFile: (name) => {
          saved.push(name);
          return Promise.resolve(name);
        },
      },
    }),
  );
  const outcome = relayed.value;
  if (!outcome.ok || outcome.kind !== 'bundle' || !outcome.relayed || outcome.relayed.error)
    throw new Error(`import or relay failed: ${JSON.stringify(outcome).slice(0, 300)}`);
  console.log(
    `office: ${outcome.added} records added, ${outcome.attachments} photos, ${outcome.relayed.records} relayed, receipt files: ${saved.length}`,
  );
  rows.push(
    { what: 'office import + relay', measured: relayed.ms / 1000, unit: 's', target: 30 },
    { what: '  longest blocked stretch', measured: relayed.longestMs, unit: 'ms', target: 200 },
    { what: '  peak RSS (whole process)', measured: relayed.peakMb, unit: 'MB', target: 600 },
  );

  // The laptop's own HTTP sync of a week: a second laptop with as much work (its own photos).
  const second = await enrolled('孝义分局 笔记本 02', '141181');
  await buildInspectorWeeks(second.db, second.me.deviceId, weeks, 1_000_000);
  const pushed = await measure(() =>
    pushOutbox({ db: second.db, api: second.api, device: second.device }),
  );
  rows.push(
    { what: 'laptop HTTP push of the same work', measured: pushed.ms / 1000, unit: 's' },
    { what: '  longest blocked stretch', measured: pushed.longestMs, unit: 'ms', target: 200 },
    { what: '  peak RSS (whole process)', measured: pushed.peakMb, unit: 'MB', target: 600 },
  );
  console.log(formatTable(rows));
} finally {
  await app.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
