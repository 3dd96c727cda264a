/**
 * `npm run bench`: the office server over a temporary SQLite file on a loopback port.
 * Push of 1,000 records (~4.4 KB of JSON each) gzipped, validated and hashed; the same push
 * replayed; a pull with nothing new; an incremental sync after one changed record.
 * Targets from docs/design.md "Quality bars". The push is measured on three bundles of new records,
 * each followed by the bare-platform floor (the same gzipped bytes POSTed to a plain Fastify
 * route that inserts the rows into SQLite, support/plainInsertServer.ts), and the ratio of the
 * medians is printed (docs/sync.md "Performance"), with canonical JSON against its reference.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { buildBundle } from '../../shared/bundle/buildBundle';
import type { Inspection } from '../../shared/domain/inspection';
import { buildApp } from '../../src-server/app';
import { openDatabase } from '../../src-server/db/openDatabase';
import { createEnrolCode } from '../../src-server/store/deviceStore';
import {
  BUNDLE_CHECKSUM_HEADER,
  BUNDLE_ID_HEADER,
  EnrolResponse,
} from '../../shared/sync/wireSchemas';
import { makeInspection } from '../fixtures/builders';
import { measureCanonicalJson } from './support/canonicalJsonFigures';
import { startPlainInsertServer } from './support/plainInsertServer';
import { median } from './support/stats';

const dir = mkdtempSync(join(tmpdir(), 'bluesky-bench-'));
const opened = await openDatabase({ dataDir: dir });
const app = await buildApp({
  db: opened.db,
  engine: opened.engine,
  limits: { rateLimitPerMinute: 1_000_000 },
});
const base = `${await app.listen({ port: 0, host: '127.0.0.1' })}/api/v1`;
const plain = await startPlainInsertServer();
const loadAtStart = loadavg()[0] ?? Number.NaN;

try {
  const { code } = await createEnrolCode(opened.db, '141181', 1, new Date());
  const enrolled = await fetch(`${base}/devices/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName: '基准测试机' }),
  });
  const device = EnrolResponse.parse(await enrolled.json());
  const auth = { authorization: `Bearer ${device.token}` };

  /** A filled-in VOCs record: notes and findings in Chinese, ~4.4 KB of JSON. */
  function filled(i: number): Inspection {
    const answers: Inspection['answers'] = {};
    for (let k = 0; k < 58; k++) {
      answers[`vocs.item.${k}`] = {
        result: k % 5 === 0 ? 'fail' : 'pass',
        note: k % 3 === 0 ? `第${k}项：储罐呼吸阀未密闭，现场有明显异味，已要求企业立即整改。` : '',
      };
    }
    return makeInspection({ deviceId: device.deviceId, place: `第${i}号车间（喷涂线）`, answers });
  }
  const ROUNDS = 3;
  const rounds = Array.from({ length: ROUNDS }, (_, r) =>
    Array.from({ length: 1000 }, (_, i) => filled(r * 1000 + i)),
  );
  const records = rounds[0]!;

  async function push(
    bundleText: string,
    named?: { bundleId: string; checksum: string },
  ): Promise<{ ms: number; sent: number; received: number; status: number }> {
    // Compressed before the clock starts: the figure is the server's answer time on loopback.
    const body = gzipSync(new TextEncoder().encode(bundleText), { level: 6 });
    const start = performance.now();
    const headers: Record<string, string> = {
      ...auth,
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    };
    if (named)
      Object.assign(headers, {
        [BUNDLE_ID_HEADER]: named.bundleId,
        [BUNDLE_CHECKSUM_HEADER]: named.checksum,
      });
    const res = await fetch(`${base}/bundles`, { method: 'POST', headers, body });
    const received = (await res.arrayBuffer()).byteLength;
    return { ms: performance.now() - start, sent: body.length, received, status: res.status };
  }

  /** The floor: the same gzipped bytes into a plain SQLite table, timed the same way. */
  async function plainInsert(bundleText: string): Promise<number> {
    const body = gzipSync(new TextEncoder().encode(bundleText), { level: 6 });
    const start = performance.now();
    const res = await fetch(plain.url, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body,
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`plain insert answered ${res.status}`);
    return performance.now() - start;
  }

  const bundles = rounds.map((rs) =>
    buildBundle({ device: { id: device.deviceId, name: '基准测试机' }, records: rs }),
  );
  const bundle = bundles[0]!;
  const text = JSON.stringify(bundle);
  const pushes: { ms: number; sent: number; received: number; status: number }[] = [];
  const floors: number[] = [];
  // Interleaved, so both see the same moment of a shared machine.
  for (const b of bundles) {
    const bText = JSON.stringify(b);
    pushes.push(await push(bText, b));
    floors.push(await plainInsert(bText));
  }
  const first = pushes[0]!;
  if (pushes.some((p) => p.status !== 200)) throw new Error('a push was not accepted');
  const pushMedian = median(pushes.map((p) => p.ms));
  const floorMedian = median(floors);
  const replays: number[] = [];
  const bodyReplays: number[] = [];
  for (let i = 0; i < 5; i++) replays.push((await push(text, bundle)).ms);
  for (let i = 0; i < 5; i++) bodyReplays.push((await push(text)).ms);
  replays.sort((a, b) => a - b);
  bodyReplays.sort((a, b) => a - b);

  const cursor = (
    (await (await fetch(`${base}/changes?since=0&limit=1`, { headers: auth })).json()) as {
      cursor: string;
    }
  ).cursor;
  let since = cursor;
  for (;;) {
    const page = (await (
      await fetch(`${base}/changes?since=${since}&limit=1000`, { headers: auth })
    ).json()) as { cursor: string; more: boolean };
    since = page.cursor;
    if (!page.more) break;
  }
  const emptyPull = await fetch(`${base}/changes?since=${since}`, { headers: auth });
  const emptyBytes = (await emptyPull.arrayBuffer()).byteLength;

  const changed = {
    ...records[0]!,
    rev: 2,
    baseRev: 1,
    updatedAt: new Date().toISOString(),
    place: '第0号车间（已整改）',
  };
  const one = await push(
    JSON.stringify(
      buildBundle({ device: { id: device.deviceId, name: '基准测试机' }, records: [changed] }),
    ),
  );

  const gzStart = performance.now();
  gzipSync(new TextEncoder().encode(text), { level: 6 });
  const gzipMs = performance.now() - gzStart;
  const perRecord = Math.round(text.length / records.length);
  const row = (what: string, value: string, target: string) =>
    console.log(`${what.padEnd(52)} ${value.padStart(14)}   target ${target}`);
  console.log(
    `bundle of ${records.length} records: ${(text.length / 1e6).toFixed(2)} MB JSON (${perRecord} B/record)`,
  );
  row(
    `push 1,000 records (gzip), validated + hashed, median of ${ROUNDS}`,
    `${pushMedian.toFixed(0)} ms`,
    '≤ 320 ms',
  );
  row(
    '  floor: same bytes POSTed, plain SQLite insert',
    `${floorMedian.toFixed(0)} ms`,
    `(${pushes.map((p) => p.ms.toFixed(0)).join(' / ')} vs ${floors.map((f) => f.toFixed(0)).join(' / ')} ms)`,
  );
  row('  ratio push ÷ floor', `${(pushMedian / floorMedian).toFixed(2)}×`, '≤ 1.5×');
  row('  client-side gzip of the bundle (not in the above)', `${gzipMs.toFixed(0)} ms`, '');
  row(
    '  bytes on the wire (request, gzip)',
    `${(first.sent / 1024).toFixed(0)} KB`,
    `(${((first.sent / text.length) * 100).toFixed(1)}% of JSON)`,
  );
  row('  status / receipt bytes', `${first.status} / ${first.received} B`, '');
  row(
    'same push replayed, named in headers (median of 5)',
    `${(replays[2] ?? 0).toFixed(1)} ms`,
    '≤ 30 ms',
  );
  row('  replayed without the headers (body parsed)', `${(bodyReplays[2] ?? 0).toFixed(1)} ms`, '');
  row('pull with nothing new (body bytes)', `${emptyBytes} B`, '≤ 1 KB');
  row(
    'sync after one changed record: request + answer',
    `${one.sent + one.received} B`,
    '≤ 3 KB, one request',
  );
  row('  status / time', `${one.status} / ${one.ms.toFixed(1)} ms`, '');
  const cj = measureCanonicalJson(records);
  row('canonical JSON of 1,000 bodies (median of 5)', `${cj.canonicalMs.toFixed(0)} ms`, '');
  row('  reference `canonicalize` package, same bodies', `${cj.referenceMs.toFixed(0)} ms`, '');
  row('  floor: JSON.stringify of the same bodies', `${cj.stringifyMs.toFixed(0)} ms`, '');
  row('  ratio canonical ÷ JSON.stringify', `${(cj.canonicalMs / cj.stringifyMs).toFixed(2)}×`, '');
  console.log(
    `load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${(loadavg()[0] ?? 0).toFixed(2)}; figures from a busy machine run high`,
  );
} finally {
  await app.close();
  await plain.close();
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
}
