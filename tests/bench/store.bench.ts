/**
 * Local store benchmark (docs/design.md "Quality bars", TECH-NOTES §10): the REAL src-renderer/db
 * modules in real IndexedDB (a persistent Chromium profile, so LevelDB on disk) over 10,000
 * generated inspections. Prints a table against the targets and writes
 * test-results/bench/store.json. Figures, not pass/fail: exits non-zero only if it could not
 * measure. `npm run bench store` runs this file alone.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { NamedFilter, StoreBenchApi } from './storePage/benchApi';
import { launchProfile } from './support/browser';
import { buildBundles } from './support/buildBundles';
import { coldOpen, coldOpenTrace, type ColdOpen } from './support/coldOpen';
import { formatTable, verdict, type Row } from './support/report';
import { median, percentile, round } from './support/stats';
import { startStaticServer, type StaticServer } from './support/staticServer';

const COUNT = 10_000;
const SEED = 20_261_128;
const AUTOSAVES = 500;
const CHURN = 2_000;
const LIST_RUNS = 20;
const COLD_OPENS = 3;
const RESULT_FILE = resolve(import.meta.dirname, '../../test-results/bench/store.json');

/** 50 queries as inspectors type them: 1–4 characters, trade names, places, Latin, misses. */
const QUERIES = [
  ...['鑫', '磊', '宏', '泰', '焦', '涂', '汾', '晋', '龙', '港'],
  ...[
    '化工',
    '焦化',
    '涂装',
    '印刷',
    '孝义',
    '离石',
    '柳林',
    '交城',
    '棚户',
    '小区',
    '鑫磊',
    '宏泰',
    '盛达',
    '恒源',
  ],
  ...['孝义市', '凤山路', '汾阳市', '精细化', '煤化工', '物流园', '教学楼'],
  ...['汽车维修', '印刷包装', '油品储运', '家具制造', '市政道路', '污水处理', '兴县新区'],
  ...['abc', 'BlueSky', 'sino', 'CNPC', 'jinneng', 'lx', 'ＡＢＣ', 'Blue'],
  ...['无此企业', '北京', 'xyzzy', '上海化工'],
] as const;
const NAIVE_QUERIES = ['鑫', '焦化', '孝义市', '汽车维修', 'abc'] as const;

/** A Shanghai calendar day `days` before today, as the list's date filter takes it. */
function shanghaiDay(daysAgo: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

const FILTERS: NamedFilter[] = [
  { name: 'newest, no filter', filter: {} },
  { name: 'status draft', filter: { status: 'draft' } },
  { name: 'county 孝义市', filter: { countyCode: '141181' } },
  { name: 'type dust', filter: { type: 'dust' } },
  { name: 'date range (30 days)', filter: { from: shanghaiDay(90), to: shanghaiDay(60) } },
  { name: 'county + type', filter: { countyCode: '141181', type: 'vocs' } },
];

/** Calls one bench function in the page; the page defines it, this only forwards. */
async function call<K extends keyof StoreBenchApi>(
  page: Page,
  method: K,
  ...args: Parameters<StoreBenchApi[K]>
): Promise<Awaited<ReturnType<StoreBenchApi[K]>>> {
  const result: unknown = await page.evaluate(
    async ([name, params]) => {
      const api = window.storeBench;
      if (!api) throw new Error('store bench page is not ready');
      // The method and its arguments are typed on the Node side by `call`'s signature.
      const fn = api[name] as (...a: unknown[]) => Promise<unknown>;
      return fn(...params);
    },
    [method, args] as const,
  );
  return result as Awaited<ReturnType<StoreBenchApi[K]>>;
}

async function measureStore(page: Page, rows: Row[], json: Record<string, unknown>): Promise<void> {
  await call(page, 'reset');
  const seeded = await call(page, 'seed', COUNT, SEED);
  json.seed = seeded;
  rows.push({
    what: `seed ${COUNT} inspections (mean body ${seeded.meanBodyBytes} B)`,
    measured: seeded.ms / 1000,
    unit: 's',
  });
  rows.push({
    what: 'storage.estimate() usage after seeding',
    measured: (seeded.usageBytes ?? Number.NaN) / 1e6,
    unit: 'MB',
  });

  const saves = await call(page, 'autosave', AUTOSAVES);
  const autosave = {
    p50: percentile(saves.samples, 50),
    p95: percentile(saves.samples, 95),
    p99: percentile(saves.samples, 99),
  };
  json.autosave = {
    ...autosave,
    parseP50: median(saves.parseSamples),
    hashP50: median(saves.hashSamples),
  };
  rows.push({ what: `autosave saveDraft ×${AUTOSAVES} p50`, measured: autosave.p50, unit: 'ms' });
  rows.push({
    what: `autosave saveDraft ×${AUTOSAVES} p95`,
    measured: autosave.p95,
    unit: 'ms',
    target: 8,
  });
  rows.push({ what: `autosave saveDraft ×${AUTOSAVES} p99`, measured: autosave.p99, unit: 'ms' });
  const floor = await call(page, 'putFloor', AUTOSAVES);
  const floorP95 = percentile(floor, 95);
  json.putFloor = {
    p50: percentile(floor, 50),
    p95: percentile(floor, 95),
    p99: percentile(floor, 99),
  };
  rows.push({
    what: '  floor: one plain IndexedDB put (unindexed body table), p95',
    measured: floorP95,
    unit: 'ms',
  });
  rows.push({
    what: '  ratio autosave p95 ÷ floor p95',
    measured: autosave.p95 / floorP95,
    unit: '×',
  });
  const parts = await call(page, 'autosaveParts', AUTOSAVES / 2);
  json.autosaveParts = {
    rowsOnlyP50: median(parts.rowsOnly),
    rowsOnlyP95: percentile(parts.rowsOnly, 95),
    rowsAndAuditP50: median(parts.rowsAndAudit),
    rowsAndAuditP95: percentile(parts.rowsAndAudit, 95),
  };
  rows.push({
    what: '  rows + outbox, no audit entry, p95',
    measured: percentile(parts.rowsOnly, 95),
    unit: 'ms',
  });
  rows.push({
    what: '  rows + outbox + audit entry, p95',
    measured: percentile(parts.rowsAndAudit, 95),
    unit: 'ms',
  });
  rows.push({
    what: '  of which zod parse (p50)',
    measured: median(saves.parseSamples),
    unit: 'ms',
  });
  rows.push({
    what: '  of which canonical hash (p50)',
    measured: median(saves.hashSamples),
    unit: 'ms',
  });

  // BENCH_STORE_QUICK=1: seed, autosave and cold open only (the rows of issue 16).
  if (process.env.BENCH_STORE_QUICK === '1') return;
  for (const phase of ['fresh', `after ${CHURN} autosaves`] as const) {
    if (phase !== 'fresh') json.churnMs = await call(page, 'churn', CHURN, SEED + 1);
    const lists = await call(page, 'list', FILTERS, LIST_RUNS);
    json[`list ${phase}`] = lists.map((l) => ({
      name: l.name,
      pageMedian: median(l.samples),
      withTotalMedian: median(l.withTotalSamples),
      countOnlyMedian: median(l.countOnlySamples),
      pageMax: Math.max(...l.samples),
      items: l.items,
      total: l.total,
    }));
    json[`probe ${phase}`] = await call(page, 'probeList', LIST_RUNS);
    for (const l of lists) {
      rows.push({
        what: `list first page of 50, ${l.name} (${l.total}), ${phase}`,
        measured: median(l.samples),
        unit: 'ms',
        target: 16,
      });
      rows.push({
        what: '  page + total (listInspections)',
        measured: median(l.withTotalSamples),
        unit: 'ms',
      });
    }
  }

  const search = await call(page, 'search', [...QUERIES]);
  const searchMs = search.map((s) => s.ms);
  json.search = { p50: percentile(searchMs, 50), p95: percentile(searchMs, 95), queries: search };
  rows.push({
    what: `list search, ${QUERIES.length} queries, p50`,
    measured: percentile(searchMs, 50),
    unit: 'ms',
    target: 50,
  });
  rows.push({
    what: `list search, ${QUERIES.length} queries, p95`,
    measured: percentile(searchMs, 95),
    unit: 'ms',
    target: 100,
  });
  const readingAll = await call(page, 'searchReadingAll', [...QUERIES]);
  const readingAllMs = readingAll.map((s) => s.ms);
  json.searchReadingAll = { p50: percentile(readingAllMs, 50), p95: percentile(readingAllMs, 95) };
  rows.push({
    what: '  previous method (read every match), p50',
    measured: percentile(readingAllMs, 50),
    unit: 'ms',
  });
  rows.push({
    what: '  previous method (read every match), p95',
    measured: percentile(readingAllMs, 95),
    unit: 'ms',
  });
  const sites = await call(page, 'searchSites', [...QUERIES]);
  json.searchSites = {
    p50: percentile(
      sites.map((s) => s.ms),
      50,
    ),
    p95: percentile(
      sites.map((s) => s.ms),
      95,
    ),
    sites: seeded.sites,
  };
  rows.push({
    what: `site registry search (${seeded.sites} sites) p95`,
    measured: percentile(
      sites.map((s) => s.ms),
      95,
    ),
    unit: 'ms',
    target: 100,
  });
  const naive = await call(page, 'naiveSearch', [...NAIVE_QUERIES]);
  const naiveMedian = median(naive.map((s) => s.ms));
  const indexedSame = median(
    search.filter((s) => NAIVE_QUERIES.some((q) => q === s.query)).map((s) => s.ms),
  );
  json.naiveSearch = {
    median: naiveMedian,
    indexedMedianSameQueries: indexedSame,
    ratio: naiveMedian / indexedSame,
    queries: naive,
  };
  rows.push({
    what: 'naive full scan of bodies, includes(), median',
    measured: naiveMedian,
    unit: 'ms',
  });
  rows.push({
    what: '  naive ÷ indexed (same 5 queries)',
    measured: naiveMedian / indexedSame,
    unit: '×',
  });
  // Agreement check: the index must find exactly what the scan finds.
  const mismatched = naive.filter((n) => search.find((s) => s.query === n.query)?.hits !== n.hits);
  if (mismatched.length > 0)
    throw new Error(
      `indexed search disagrees with the full scan on ${mismatched.map((m) => m.query).join(', ')}`,
    );
  const slowest = [...search].sort((a, b) => b.ms - a.ms).slice(0, 3);
  json.slowestSearches = await Promise.all(
    slowest.map(async (s) => ({ ...s, ...(await call(page, 'explainSearch', s.query)) })),
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  const temp = mkdtempSync(join(tmpdir(), 'store-bench-'));
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  const rows: Row[] = [];
  // The machine is shared: the load says how much of a figure may be someone else's work.
  const loadAtStart = loadavg();
  const json: Record<string, unknown> = {
    date: new Date().toISOString(),
    count: COUNT,
    seed: SEED,
    cores: cpus().length,
    loadAtStart,
  };
  try {
    const bundles = await buildBundles(temp);
    server = await startStaticServer({ '/app/': bundles.app, '/bench/': bundles.bench });
    const profile = join(temp, 'profile');
    context = await launchProfile(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => console.error(`bench page error: ${e.message}`));
    await page.goto(`${server.origin}/bench/`);
    await page.waitForFunction(() => window.storeBench !== undefined);
    await measureStore(page, rows, json);
    await context.close();
    context = undefined;

    // App and bare Dexie page alternate, so both see the same moment of a shared machine.
    const opens: ColdOpen[] = [];
    const bares: ColdOpen[] = [];
    for (let i = 0; i < COLD_OPENS; i++) {
      opens.push(await coldOpen(profile, `${server.origin}/app/`));
      bares.push(await coldOpen(profile, `${server.origin}/bench/bare.html`));
    }
    const errors = [...opens, ...bares].flatMap((o) => o.errors);
    if (errors.length > 0 || [...opens, ...bares].some((o) => o.rows === 0))
      throw new Error(`cold open failed: ${errors.join('; ')}`);
    json.coldOpen = opens;
    json.coldOpenBare = bares;
    const appDrawn = median(opens.map((o) => o.drawnMs));
    const bareDrawn = median(bares.map((o) => o.drawnMs));
    rows.push({
      what: `cold open → first row drawn, median of ${COLD_OPENS} launches`,
      measured: appDrawn,
      unit: 'ms',
      target: 400,
    });
    rows.push({ what: '  first launch', measured: opens[0]?.drawnMs ?? Number.NaN, unit: 'ms' });
    rows.push({
      what: '  floor: bare Dexie page, same data, median',
      measured: bareDrawn,
      unit: 'ms',
    });
    rows.push({
      what: '  ratio app ÷ bare Dexie page',
      measured: appDrawn / bareDrawn,
      unit: '×',
      target: 1.5,
    });
    const typical = [...opens].sort((a, b) => a.drawnMs - b.drawnMs)[Math.floor(opens.length / 2)];
    if (typical) console.log(coldOpenTrace(typical));
  } finally {
    await context?.close();
    await server?.close();
    rmSync(temp, { recursive: true, force: true });
  }
  json.rows = rows.map((r) => ({ ...r, measured: round(r.measured), verdict: verdict(r) }));
  const totalSeconds = round((performance.now() - started) / 1000);
  json.totalSeconds = totalSeconds;
  json.loadAtEnd = loadavg();
  console.log(formatTable(rows));
  console.log(
    `\nload average (1 min) at start ${round(loadAtStart[0] ?? 0)}, at end ${round(loadavg()[0] ?? 0)}, on ${cpus().length} cores; figures from a busy machine run high`,
  );
  console.log(
    `\n${rows.filter((r) => verdict(r) === 'over').length} over target; ${totalSeconds} s in all`,
  );
  mkdirSync(resolve(RESULT_FILE, '..'), { recursive: true });
  writeFileSync(RESULT_FILE, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`figures: ${RESULT_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
