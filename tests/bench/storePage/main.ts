/**
 * The store bench page: the app's REAL db modules on the app's own database name, served on
 * the same origin as the built app so the cold-open run finds what this page seeded.
 * Each function times with performance.now() around the repository call, nothing more.
 */
import Dexie from 'dexie';
import { canonicalHash } from '../../../shared/domain/hash';
import { Inspection } from '../../../shared/domain/inspection';
import { DB_NAME, openDatabase, type AppDatabase } from '../../../src-renderer/db/database';
import { readAuditContext, writeAudit } from '../../../src-renderer/db/auditLog';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import {
  countInspections,
  listInspectionPage,
  listInspections,
  saveDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { outboxRowFor, searchRowFor, toSummaryRow } from '../../../src-renderer/db/inspectionRows';
import { recordTables } from '../../../src-renderer/db/recordTables';
import { saveProfile } from '../../../src-renderer/db/profileRepository';
import { normalizeForSearch, queryTokenFor } from '../../../src-renderer/db/searchTokens';
import { searchSites } from '../../../src-renderer/db/siteRepository';
import { toSiteRow } from '../../../src-renderer/db/siteRows';
import type { SearchResult, StoreBenchApi } from './benchApi';
import { generateInspections, randomSource } from './generateInspections';

const BATCH = 250;
let db: AppDatabase = openDatabase();

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await run();
  return [performance.now() - start, value];
}

async function newestDraft(): Promise<Inspection> {
  const { items } = await listInspections(db, { status: 'draft', limit: 1 });
  const id = items[0]?.id;
  const body = id === undefined ? undefined : await db.inspections.get(id);
  if (!body) throw new Error('no draft to autosave: seed first');
  return body;
}

async function timeQueries(
  queries: readonly string[],
  run: (q: string) => Promise<number>,
): Promise<SearchResult[]> {
  const results: SearchResult[] = [];
  for (const query of queries) {
    const [ms, hits] = await timed(() => run(query));
    results.push({ query, ms, hits });
  }
  return results;
}

const api: StoreBenchApi = {
  async reset() {
    db.close();
    await Dexie.delete(DB_NAME);
    db = openDatabase();
  },

  async seed(count, seed) {
    // The app lands on the list only once a profile exists (App.tsx Home).
    await saveProfile(db, {
      name: '王建国',
      certificateNumber: '14110120230017',
      unit: '吕梁市生态环境局孝义分局',
      countyCode: '141181',
    });
    const { deviceId } = await getDeviceIdentity(db);
    const encoder = new TextEncoder();
    let bodyBytes = 0;
    let drafts = 0;
    const start = performance.now();
    const records = generateInspections({ count, seed, now: Date.now(), deviceId });
    for (let written = 0; written < count; written += BATCH) {
      const batch: Inspection[] = [];
      for (let i = 0; i < BATCH && written + i < count; i++) {
        const next = records.next();
        if (next.done) break;
        batch.push(next.value);
        bodyBytes += encoder.encode(JSON.stringify(next.value)).length;
        if (next.value.status === 'draft') drafts += 1;
      }
      // The rows the app writes for a record arriving by sync: body, summary, tokens, site.
      // Raw rows for seeding speed (inspectionRepository.ts is the app's one writer).
      await db.transaction('rw', recordTables(db), async () => {
        await db.inspections.bulkPut(batch);
        await db.inspectionIndex.bulkPut(batch.map(toSummaryRow));
        await db.inspectionSearch.bulkPut(batch.map(searchRowFor));
        await db.outbox.bulkPut(
          batch
            .filter((record) => record.status === 'draft')
            .map((record) => outboxRowFor(record, undefined, record.updatedAt)),
        );
        await db.sites.bulkPut(batch.map((record) => toSiteRow(record.site)));
      });
    }
    const ms = performance.now() - start;
    const estimate = await navigator.storage.estimate();
    return {
      count,
      ms,
      drafts,
      sites: await db.sites.count(),
      meanBodyBytes: Math.round(bodyBytes / count),
      usageBytes: estimate.usage,
      quotaBytes: estimate.quota,
    };
  },

  async autosave(times) {
    let draft = await newestDraft();
    const samples: number[] = [];
    const parseSamples: number[] = [];
    const hashSamples: number[] = [];
    for (let i = 0; i < times; i++) {
      // One keystroke's worth: the note of the first answer changes by a character.
      const [firstId, firstAnswer] = Object.entries(draft.answers)[0] ?? [
        'vocs.basic.permit',
        { note: '' },
      ];
      const edited: Inspection = {
        ...draft,
        answers: { ...draft.answers, [firstId]: { ...firstAnswer, note: `现场复核第 ${i} 次` } },
      };
      const [ms, saved] = await timed(() => saveDraft(db, edited));
      samples.push(ms);
      draft = saved;
      const t0 = performance.now();
      Inspection.parse(edited);
      const t1 = performance.now();
      canonicalHash(edited);
      hashSamples.push(performance.now() - t1);
      parseSamples.push(t1 - t0);
    }
    return { samples, parseSamples, hashSamples };
  },

  async autosaveParts(times) {
    const draft = await newestDraft();
    const rowsOnly: number[] = [];
    const rowsAndAudit: number[] = [];
    for (let i = 0; i < times; i++) {
      const next = { ...draft, rev: draft.rev + 1 + i, place: `地点 ${i}` };
      // The same steps as saveDraft's write (inspectionRepository.ts): the reads together,
      // then the writes together.
      const write = (audit: boolean) =>
        db.transaction('rw', recordTables(db), async () => {
          const [stored, queued, context] = await Promise.all([
            db.inspections.get(next.id),
            db.outbox.get(next.id),
            audit ? readAuditContext(db) : undefined,
          ]);
          const outbox = outboxRowFor(next, queued, next.updatedAt);
          await Promise.all([
            db.inspections.put(next),
            db.inspectionIndex.put(toSummaryRow(next)),
            stored?.site.name === next.site.name
              ? undefined
              : db.inspectionSearch.put(searchRowFor(next)),
            db.outbox.put(outbox),
            context &&
              writeAudit(db, context, [
                {
                  recordId: next.id,
                  recordKind: 'inspection',
                  action: 'update',
                  rev: next.rev,
                  contentHash: outbox.contentHash,
                  deviceTime: next.updatedAt,
                },
              ]),
          ]);
        });
      rowsOnly.push((await timed(() => write(false)))[0]);
      rowsAndAudit.push((await timed(() => write(true)))[0]);
    }
    return { rowsOnly, rowsAndAudit };
  },

  async putFloor(times) {
    const draft = await newestDraft();
    const samples: number[] = [];
    for (let i = 0; i < times; i++)
      samples.push((await timed(() => db.inspections.put({ ...draft, place: `地点 ${i}` })))[0]);
    return samples;
  },

  async churn(times, seed) {
    const random = randomSource(seed);
    const ids = await db.inspectionIndex
      .where('[status+updatedAt]')
      .between(['draft', Dexie.minKey], ['draft', Dexie.maxKey])
      .primaryKeys();
    const start = performance.now();
    for (let i = 0; i < times; i++) {
      const body = await db.inspections.get(ids[Math.floor(random() * ids.length)] ?? '');
      if (body) await saveDraft(db, { ...body, place: `${body.place.slice(0, 20)}（${i}）` });
    }
    return performance.now() - start;
  },

  async list(filters, runs) {
    const results = [];
    for (const { name, filter } of filters) {
      const samples: number[] = [];
      const withTotalSamples: number[] = [];
      const countOnlySamples: number[] = [];
      let last = { items: [] as unknown[], total: 0 };
      for (let i = 0; i < runs; i++) {
        samples.push((await timed(() => listInspectionPage(db, { ...filter, limit: 50 })))[0]);
        const [ms, page] = await timed(() => listInspections(db, { ...filter, limit: 50 }));
        withTotalSamples.push(ms);
        last = page;
        countOnlySamples.push((await timed(() => countInspections(db, filter)))[0]);
      }
      results.push({
        name,
        samples,
        withTotalSamples,
        countOnlySamples,
        items: last.items.length,
        total: last.total,
      });
    }
    return results;
  },

  search: (queries) =>
    timeQueries(queries, async (q) => (await listInspections(db, { search: q, limit: 50 })).total),

  searchReadingAll: (queries) =>
    timeQueries(queries, async (q) => {
      const query = normalizeForSearch(q);
      const token = queryTokenFor(query);
      return db.transaction('r', db.inspectionIndex, db.inspectionSearch, async () => {
        const ids =
          token === undefined
            ? []
            : await db.inspectionSearch.where('tokens').equals(token).primaryKeys();
        const rows = await db.inspectionIndex.bulkGet(ids);
        const matches = rows.filter(
          (row) => row !== undefined && normalizeForSearch(row.siteName).includes(query),
        );
        matches.sort((a, b) => ((a?.updatedAt ?? '') < (b?.updatedAt ?? '') ? 1 : -1));
        return matches.length;
      });
    }),

  searchSites: (queries) =>
    timeQueries(queries, async (q) => (await searchSites(db, q, 20)).length),

  naiveSearch: (queries) =>
    timeQueries(queries, async (q) => {
      const needle = normalizeForSearch(q);
      const all = await db.inspections.toArray();
      return all.filter((body) => normalizeForSearch(body.site.name).includes(needle)).length;
    }),

  async probeList(runs) {
    const mid = (run: () => Promise<unknown>) => async () => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) samples.push((await timed(run))[0]);
      return samples.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
    };
    return {
      pageOfNewest: await mid(() =>
        db.inspectionIndex.orderBy('updatedAt').reverse().limit(50).toArray(),
      )(),
      countRange: await mid(() =>
        db.inspectionIndex.where('updatedAt').between(Dexie.minKey, Dexie.maxKey).count(),
      )(),
      countTable: await mid(() => db.inspectionIndex.count())(),
      // What a search could do instead of one get per candidate (化工: ~1,700 candidates).
      readAllSummaries: await mid(() => db.inspectionIndex.toArray())(),
      keysByUpdatedAt: await mid(() => db.inspectionIndex.orderBy('updatedAt').primaryKeys())(),
      bulkGetCommonToken: await mid(async () =>
        db.inspectionIndex.bulkGet(
          await db.inspectionSearch.where('tokens').equals('化工').primaryKeys(),
        ),
      )(),
    };
  },

  async explainSearch(query) {
    const token = queryTokenFor(normalizeForSearch(query));
    const candidates =
      token === undefined
        ? await db.inspectionIndex.count()
        : await db.inspectionSearch.where('tokens').equals(token).count();
    const hits = (await listInspections(db, { search: query, limit: 1 })).total;
    return { token, candidates, hits };
  },
};

window.storeBench = api;
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
