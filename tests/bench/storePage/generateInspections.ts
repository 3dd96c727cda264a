/**
 * Realistic inspections for the store benchmark, deterministic for a given seed so runs are
 * comparable: Chinese enterprise and project names built from county, trade-name and sector
 * words (some with Latin parts), all 13 counties, the three types with their real template
 * item ids, drafts and finalised records spread over the past year, ~4 KB bodies.
 * Every record is parsed with the domain schema, as the app would refuse anything else.
 */
import { v7 as uuidv7 } from 'uuid';
import { counties } from '../../../shared/domain/counties';
import { canonicalHash } from '../../../shared/domain/hash';
import { DeviceId, RecordId } from '../../../shared/domain/ids';
import { Inspection, type Answer, type InspectionType } from '../../../shared/domain/inspection';
import type { Site } from '../../../shared/domain/site';
import { usccCheckCharacter } from '../../../shared/domain/uscc';
import { latestTemplate } from '../../../shared/templates/registry';
import { allItems } from '../../../shared/templates/templateSchema';

const DAY_MS = 24 * 60 * 60 * 1000;

/** mulberry32: tiny, fast, good enough to vary test data. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

const tradeChars = [
  ...'鑫磊宏泰昌盛达通华兴恒源金晋汾龙祥瑞丰安德利永顺隆博誉峰鼎嘉佳鹏正中新亿天元',
];
const latinTrades = ['ABC', 'BlueSky', 'Sinopec', 'CNPC', 'Jinneng', 'LX', 'Haixin'];
const enterpriseSectors = [
  '化工',
  '焦化',
  '涂装',
  '印刷包装',
  '油品储运',
  '汽车维修',
  '精细化工',
  '煤化工',
  '家具制造',
];
const enterpriseSuffixes = ['有限公司', '有限责任公司', '股份有限公司'];
const projectPlaces = [
  '凤山路',
  '龙凤大街',
  '滨河北路',
  '永宁东路',
  '府前街',
  '工业园区',
  '新区',
  '南关',
];
const projectKinds = [
  '棚户区改造项目',
  '住宅小区二期工程',
  '市政道路改造工程',
  '污水处理厂扩建工程',
  '学校教学楼工程',
  '物流园建设项目',
];
const notes = [
  '现场查看台账齐全，记录至第 3 季度。',
  '企业负责人陪同检查，未发现异常。',
  '储罐呼吸阀完好，密封良好。',
  '废气收集罩距离产生点位约 0.5 米，风速正常。',
  '活性炭更换记录不完整，缺少 5 月份记录。',
  '围挡高度符合要求，部分路段有破损，已要求修复。',
  '洒水降尘措施落实到位，现场湿润。',
  '出入口冲洗设施正常运行，车辆带泥上路现象未见。',
  '非道路移动机械环保标牌清晰，信息与登记一致。',
  'LDAR 检测报告齐全（2026 年上半年），泄漏点已修复。',
  '在线监测设备运行正常，数据已联网。',
  '不适用：企业无该工艺环节。',
];
const inspectorNames = [
  '张伟',
  '王芳',
  '李娜',
  '刘洋',
  '陈杰',
  '杨敏',
  '赵磊',
  '黄静',
  '周强',
  '吴霞',
];

function creditCodeFor(n: number): string {
  const first17 = `91${'141100'}MA${String(n % 10_000_000).padStart(7, '0')}`;
  return first17 + (usccCheckCharacter(first17) ?? '0');
}

function siteFor(random: Random, n: number, type: InspectionType, at: number): Site {
  const county = pick(random, counties);
  const trade =
    random() < 0.08
      ? pick(random, latinTrades)
      : pick(random, tradeChars) + pick(random, tradeChars);
  const name =
    type === 'vocs'
      ? `${county.zh}${trade}${pick(random, enterpriseSectors)}${pick(random, enterpriseSuffixes)}`
      : `${county.short}${pick(random, projectPlaces)}${trade}${pick(random, projectKinds)}`;
  return {
    id: RecordId.parse(uuidv7({ msecs: at })),
    kind: type === 'vocs' ? 'enterprise' : 'construction',
    name,
    creditCode: creditCodeFor(n),
    address: `山西省吕梁市${county.zh}${pick(random, projectPlaces)}${1 + Math.floor(random() * 300)} 号`,
    countyCode: county.code,
    legalRepresentative: pick(random, inspectorNames),
    contact: {
      name: pick(random, inspectorNames),
      position: '环保专员',
      phone: `139${String(10_000_000 + n).slice(-8)}`,
    },
  };
}

function answersFor(
  random: Random,
  type: InspectionType,
): { answers: Record<string, Answer>; failed: string[] } {
  const answers: Record<string, Answer> = {};
  const failed: string[] = [];
  const items = allItems(latestTemplate(type));
  const wanted = Math.min(items.length, 13 + Math.floor(random() * 6));
  for (const { item } of items.slice(0, wanted)) {
    const result = random() < 0.1 ? 'fail' : random() < 0.15 ? 'na' : 'pass';
    if (result === 'fail') failed.push(item.id);
    answers[item.id] =
      item.kind === 'reading'
        ? {
            result,
            note: pick(random, notes),
            reading: {
              values: [0.3 + random(), 0.4 + random()],
              unit: item.unit,
              instrument: {
                type: 'PID',
                model: 'MiniRAE 3000',
                serial: 'SN-592-0041',
                calibratedOn: '2026-03-01',
              },
            },
          }
        : { result, note: pick(random, notes) + pick(random, notes) };
  }
  return { answers, failed };
}

/** Enterprises and construction sites are inspected again and again: names repeat. */
const SITE_POOL = { enterprise: 2_000, construction: 1_500 } as const;

function siteFrom(pool: Map<string, Site>, random: Random, type: InspectionType, at: number): Site {
  const kind = type === 'vocs' ? 'enterprise' : 'construction';
  const n = Math.floor(random() * SITE_POOL[kind]);
  const key = `${kind}-${n}`;
  const known = pool.get(key);
  if (known) return known;
  const site = siteFor(random, pool.size, type, at);
  pool.set(key, site);
  return site;
}

export interface GenerateOptions {
  readonly count: number;
  readonly seed: number;
  /** The newest updatedAt; records spread over the 365 days before it. */
  readonly now: number;
  readonly deviceId: string;
}

/** Yields parsed inspections one at a time, so the caller can write them in batches. */
export function* generateInspections({
  count,
  seed,
  now,
  deviceId,
}: GenerateOptions): Generator<Inspection> {
  const random = randomSource(seed);
  const device = DeviceId.parse(deviceId);
  const sites = new Map<string, Site>();
  for (let n = 0; n < count; n++) {
    const type: InspectionType = random() < 0.5 ? 'vocs' : random() < 0.6 ? 'dust' : 'machinery';
    const template = latestTemplate(type);
    const created = now - Math.floor(random() * 365 * DAY_MS);
    const updated = Math.min(now, created + Math.floor(random() * 3 * DAY_MS));
    const finalized = random() < 0.7;
    const { answers, failed } = answersFor(random, type);
    const body = Inspection.parse({
      id: RecordId.parse(uuidv7({ msecs: created })),
      rev: 1 + Math.floor(random() * 30),
      baseRev: 0,
      status: finalized ? 'finalized' : 'draft',
      deviceId: device,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(updated).toISOString(),
      startedAt: new Date(created).toISOString(),
      kind: 'inspection',
      type,
      template: { id: template.id, version: template.version },
      site: siteFrom(sites, random, type, created),
      inspectors: [0, 1].map((i) => ({
        name: pick(random, inspectorNames),
        certificateNumber: `1411002023${String(n * 2 + i).padStart(4, '0')}`,
        unit: '吕梁市生态环境局',
        countyCode: 'city' as const,
      })),
      options: template.options.slice(0, 1).map((o) => o.id),
      answers,
      findings: failed.slice(0, 3).map((itemId) => ({
        id: RecordId.parse(uuidv7({ msecs: updated })),
        itemId,
        description: '现场检查发现该项不符合要求，企业未能提供相关记录。',
        rule: '《挥发性有机物无组织排放控制标准》（GB 37822-2019）',
        requirement: '立即整改，整改完成后将整改报告及照片报送属地生态环境分局。',
        deadline: new Date(updated + 15 * DAY_MS).toISOString().slice(0, 10),
      })),
      place: '厂区东侧生产车间',
      ...(finalized ? { endedAt: new Date(updated).toISOString() } : {}),
    });
    yield finalized ? { ...body, hash: canonicalHash(body) } : body;
  }
}
