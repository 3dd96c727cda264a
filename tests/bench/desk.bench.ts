/**
 * Office desk benchmark (docs/rectification.md "Office desk", targets of issue #14): 10,000
 * finalised records, a third with a finding (open, due soon or overdue; no 复查 records), through
 * the desk's own modules: rectification items derived + deskStats + the filtered list + the
 * figures' tables rendered (react-dom/server: the first render of the tables; echarts draws
 * after mount), a filter change recomputed and re-rendered, and the .xlsx of all 10,000
 * records built by exceljs. Runs in Node with tsx: the IndexedDB read of the records is not in
 * these figures (tests/bench/store.bench.ts measures reads of 10,000 records). Figures, not
 * pass/fail. `npm run bench desk` runs this file alone.
 */
import ExcelJS from 'exceljs';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { counties } from '../../shared/domain/counties';
import { newRecordId } from '../../shared/domain/ids';
import type { Inspection } from '../../shared/domain/inspection';
import { finaliseInspection } from '../../shared/records/finalise';
import { deskStats, type DeskFilter } from '../../shared/rectification/deskStats';
import { deriveRectificationItems } from '../../shared/rectification/rectificationState';
import { DeskPanels } from '../../src-renderer/features/desk/DeskPanels';
import { createDeskLabels } from '../../src-renderer/features/desk/deskLabels';
import { deskList } from '../../src-renderer/features/desk/deskRows';
import { deskZh } from '../../src-renderer/features/desk/messages';
import { buildDeskWorkbook } from '../../src-renderer/features/desk/deskWorkbook';
import { rectificationZh } from '../../src-renderer/features/rectification/messages';
import { zhCN } from '../../src-renderer/i18n/zhCN';
import { makeInspector } from '../fixtures/builders';
import { makeFinalisable } from '../unit/records/recordFixtures';
import { formatTable, type Row } from './support/report';
import { median } from './support/stats';

const COUNT = 10_000;
const RUNS = 7;
const NOW = new Date('2026-06-30T04:00:00.000Z');
const FAILABLE = ['dust.enclosure.continuous', 'dust.enclosure.height', 'dust.covering.stockpiles'];
const NAMES = ['王志强', '李红梅', '张建军', '赵六', '孙七', '周八'];

function day(i: number): string {
  return new Date(Date.UTC(2026, 0, 1) + (i % 180) * 86_400_000).toISOString();
}

/** One finalised base record, varied by copy: hashing 10,000 bodies is not what is measured. */
function buildRecords(): Inspection[] {
  const base = finaliseInspection(makeFinalisable({ startedAt: day(0), endedAt: day(0) }), {
    recordNumber: '吕离环检〔2026〕0000号',
    now: day(0),
  });
  const records: Inspection[] = [];
  for (let i = 0; i < COUNT; i += 1) {
    const at = day(i);
    const county = counties[i % counties.length]!;
    const failing = i % 3 === 0;
    const deadline = new Date(Date.parse(at) + 15 * 86_400_000).toISOString().slice(0, 10);
    const record: Inspection = {
      ...base,
      id: newRecordId(),
      recordNumber: `吕${county.zh.slice(0, 2)}环检〔2026〕${String(i).padStart(5, '0')}号`,
      startedAt: at,
      createdAt: at,
      site: {
        ...base.site,
        id: newRecordId(),
        name: `${county.zh}第${i}号工地`,
        countyCode: county.code,
      },
      inspectors: [
        makeInspector({ name: NAMES[i % NAMES.length]! }),
        makeInspector({ name: NAMES[(i + 1) % NAMES.length]! }),
      ],
      answers: failing
        ? { ...base.answers, [FAILABLE[i % FAILABLE.length]!]: { result: 'fail', note: '' } }
        : base.answers,
      findings: failing
        ? [
            {
              id: newRecordId(),
              itemId: FAILABLE[i % FAILABLE.length]!,
              description: '围挡破损，未及时修复',
              rule: '《山西省大气污染防治条例》',
              requirement: '限期修复围挡',
              deadline,
            },
          ]
        : [],
    };
    records.push(record);
  }
  return records;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

async function main(): Promise<void> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: { ...zhCN, desk: deskZh, rectification: rectificationZh } },
    },
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  const labels = createDeskLabels();
  const records = buildRecords();
  const render = (filter: DeskFilter, items: ReturnType<typeof deriveRectificationItems>) => {
    const stats = deskStats(records, items, filter);
    const list = deskList(records, items, filter);
    const html = renderToString(
      createElement(I18nextProvider, { i18n }, createElement(DeskPanels, { stats, labels })),
    );
    return { stats, list, html };
  };

  const open: number[] = [];
  const change: number[] = [];
  let items = deriveRectificationItems(records, NOW);
  let opened = render({}, items);
  for (let run = 0; run < RUNS; run += 1) {
    const o = time(() => {
      items = deriveRectificationItems(records, NOW);
      return render({}, items);
    });
    open.push(o.ms);
    opened = o.value;
    const county = counties[run % counties.length]!.code;
    change.push(time(() => render({ countyCode: county, from: '2026-02-01' }, items)).ms);
  }
  if (!opened.html.includes(String(opened.stats.inspections)))
    throw new Error('the rendered tables do not show the count');

  const exportStart = performance.now();
  const bytes = await buildDeskWorkbook(ExcelJS, opened.list, labels);
  const exportMs = performance.now() - exportStart;

  console.log(
    `${COUNT} records, ${items.length} rectification items; ${opened.list.records.length} rows exported, ${(bytes.length / 1024).toFixed(0)} KiB .xlsx`,
  );
  const rows: Row[] = [
    {
      what: 'desk open (items + stats + list + tables), median',
      measured: median(open),
      unit: 'ms',
      target: 300,
    },
    {
      what: 'filter change (stats + list + tables), median',
      measured: median(change),
      unit: 'ms',
      target: 100,
    },
    {
      what: `export .xlsx of ${opened.list.records.length} records`,
      measured: exportMs,
      unit: 'ms',
      target: 5_000,
    },
  ];
  console.log(formatTable(rows));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
