import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncEn, syncZh } from '../../../src-renderer/features/sync/messages';
import { en } from '../../../src-renderer/i18n/en';
import { zhCN } from '../../../src-renderer/i18n/zhCN';
import { diffRecords } from '../../../src-renderer/sync/conflictDiff';
import {
  conflictLabel,
  conflictRowText,
  type Translate,
} from '../../../src-renderer/sync/conflictLabels';
import { getTemplate } from '../../../shared/templates/registry';
import { makeInspection, makeSite } from '../../fixtures/builders';

const i18n = i18next.createInstance();
const tr =
  (lng: string): Translate =>
  (key, options) =>
    i18n.getFixedT(lng)(key, options ?? {});

beforeAll(async () => {
  await i18n.init({
    resources: {
      'zh-CN': { translation: { ...zhCN, sync: syncZh } },
      en: { translation: { ...en, sync: syncEn } },
    },
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
});

const zh = () => ({ lang: 'zh' as const, t: tr('zh-CN') });
const english = () => ({ lang: 'en' as const, t: tr('en') });

/** Two laptops' versions of one draft, differing in the given ways; rows as the chooser shows them. */
function rows(mine: object, theirs: object, ctx: { lang: 'zh' | 'en'; t: Translate }) {
  const base = makeInspection({ template: { id: 'vocs', version: 1 } });
  const a = { ...base, ...mine };
  const b = { ...base, ...theirs };
  return diffRecords(a, b).map((d) => ({ path: d.path, ...conflictRowText(d, a, ctx) }));
}

describe('conflict chooser labels', () => {
  it('a fact shows its template label and both values, in zh and en', () => {
    const mine = {
      facts: { permitNumber: '91141181MA0K1234XY001P（A）', controlLevel: 'general' },
    };
    const theirs = {
      facts: { permitNumber: '91141181MA0K1234XY001P（B，复核）', controlLevel: 'special' },
    };
    expect(rows(mine, theirs, zh())).toEqual([
      {
        path: 'facts.controlLevel',
        label: '无组织排放控制要求',
        mine: '一般控制要求',
        theirs: '特别控制要求',
      },
      {
        path: 'facts.permitNumber',
        label: '排污许可证编号',
        mine: '91141181MA0K1234XY001P（A）',
        theirs: '91141181MA0K1234XY001P（B，复核）',
      },
    ]);
    const inEnglish = rows(mine, theirs, english());
    expect(inEnglish.map((r) => r.label)).toEqual([
      'Fugitive emission control level',
      'Pollutant discharge permit number',
    ]);
    expect(inEnglish[0]?.theirs).toBe('Special requirements');
  });

  it('an answer shows the item text, the result in words and the reading with its unit', () => {
    const id = 'vocs.collection.face-velocity';
    const mine = {
      answers: {
        [id]: {
          result: 'fail' as const,
          note: '最远点风速不足 😟',
          reading: { values: [0.28, 0.31], unit: 'm/s' },
        },
      },
    };
    const theirs = {
      answers: {
        [id]: { result: 'pass' as const, note: '', reading: { values: [0.35], unit: 'm/s' } },
      },
    };
    const [row] = rows(mine, theirs, zh());
    expect(row).toEqual({
      path: `answers.${id}`,
      label: '外部集气罩控制风速（距排风罩开口面最远处的VOCs无组织排放位置）',
      mine: '不符合；读数：0.28、0.31 m/s；备注：最远点风速不足 😟',
      theirs: '符合；读数：0.35 m/s',
    });
    const [en1] = rows(mine, theirs, english());
    expect(en1?.label).toBe(
      'Capture hood face velocity (at the farthest fugitive point from the hood opening)',
    );
    expect(en1?.mine).toBe('Non-compliant; Reading: 0.28, 0.31 m/s; Note: 最远点风速不足 😟');
    expect(en1?.theirs).toBe('Compliant; Reading: 0.35 m/s');
  });

  it('an answer sub-field path and a site sub-field path get readable labels', () => {
    const template = getTemplate('vocs', 1);
    expect(template).toBeDefined();
    const ctx = { ...zh(), template };
    expect(conflictLabel('answers.vocs.collection.face-velocity.note', ctx)).toBe(
      '外部集气罩控制风速（距排风罩开口面最远处的VOCs无组织排放位置） · 备注',
    );
    expect(conflictLabel('site.contact.phone', ctx)).toBe('检查对象 · 联系电话');
    expect(conflictLabel('findings.1.requirement', ctx)).toBe('发现的问题 2 · 整改要求');
    expect(conflictLabel('legal.rightsNotified', { ...english(), template })).toBe(
      'Legal steps · Rights to state and defend explained',
    );
  });

  it('site, inspectors, place, findings, legal steps, location and times read as words', () => {
    const site = makeSite();
    const mine = {
      site: {
        ...site,
        name: '太原市晋源区某某喷涂有限公司',
        contact: { ...site.contact, phone: '13812345678' },
      },
      inspectors: [
        {
          name: '王建国',
          certificateNumber: '14110020230001',
          unit: '孝义分局',
          countyCode: '141181',
        },
      ],
      place: '喷漆房 2 号',
      findings: [
        {
          id: '01J0000000000000000000000A',
          description: '集气罩风速 0.28 m/s，低于 0.3 m/s',
          rule: 'GB 37822-2019 §10.2',
          requirement: '调整风机，确保风速达标',
          deadline: '2026-12-31',
        },
      ],
      legal: {
        certificatesShown: true,
        recusalAsked: true,
        rightsNotified: true,
        partyConfirmation: '',
      },
      location: { latitude: 37.146, longitude: 111.781, accuracy: 12, source: 'gps' as const },
      startedAt: '2026-11-28T16:30:00.000Z',
    };
    const theirs = {
      site: { ...site, name: '太原市晋源区某某喷涂有限公司（复核）' },
      inspectors: [
        {
          name: '李红梅',
          certificateNumber: '14110020230002',
          unit: '孝义分局',
          countyCode: '141181',
        },
      ],
      place: '',
      findings: [],
      legal: {
        certificatesShown: true,
        recusalAsked: false,
        rightsNotified: true,
        partyConfirmation: '',
      },
      startedAt: '2026-11-28T16:45:00.000Z',
    };
    const byPath = Object.fromEntries(rows(mine, theirs, zh()).map((r) => [r.path, r]));
    expect(byPath.site).toEqual({
      path: 'site',
      label: '检查对象',
      mine: '单位（项目）名称：太原市晋源区某某喷涂有限公司；联系电话：13812345678',
      theirs: `单位（项目）名称：太原市晋源区某某喷涂有限公司（复核）；联系电话：${site.contact.phone}`,
    });
    expect(byPath.inspectors?.label).toBe('执法人员');
    expect(byPath.inspectors?.mine).toBe('王建国（14110020230001）');
    expect(byPath.place).toMatchObject({ label: '检查地点', mine: '喷漆房 2 号', theirs: '' });
    expect(byPath.findings?.label).toBe('发现的问题');
    expect(byPath.findings?.mine).toBe(
      '1. 描述：集气罩风速 0.28 m/s，低于 0.3 m/s；违反规定：GB 37822-2019 §10.2；整改要求：调整风机，确保风速达标；整改期限：2026-12-31',
    );
    expect(byPath.legal).toMatchObject({
      label: '法定程序',
      mine: '已告知申请回避权利：是',
      theirs: '已告知申请回避权利：否',
    });
    expect(byPath.location).toMatchObject({
      label: '位置',
      mine: '纬度：37.146；经度：111.781；精度 ±12 m',
      theirs: '',
    });
    // 16:30 UTC is half past midnight the next day in Shanghai.
    expect(byPath.startedAt).toMatchObject({
      label: '开始时间',
      mine: '2026/11/29 00:30',
      theirs: '2026/11/29 00:45',
    });

    const inEnglish = Object.fromEntries(rows(mine, theirs, english()).map((r) => [r.path, r]));
    expect(inEnglish.site?.label).toBe('Inspected party');
    expect(inEnglish.findings?.mine).toContain('Description: 集气罩风速');
    expect(inEnglish.findings?.mine).toContain('Deadline: 2026-12-31');
    expect(inEnglish.legal?.theirs).toBe('Right to recusal explained: no');
  });

  it('an unknown path, or a record whose template is unknown, falls back to the raw path', () => {
    const ctx = zh();
    const record = makeInspection({ template: { id: 'no-such-template', version: 9 } });
    const diff = {
      path: 'answers.vocs.collection.face-velocity',
      mine: { note: 'x' },
      theirs: undefined,
    };
    expect(conflictRowText(diff, record, ctx)).toEqual({
      label: 'answers.vocs.collection.face-velocity',
      mine: '备注：x',
      theirs: '',
    });
    const odd = { path: 'weird.field🙂', mine: { a: [1, 2] }, theirs: 'ＡＢＣ' };
    expect(
      conflictRowText(odd, makeInspection({ template: { id: 'vocs', version: 1 } }), ctx),
    ).toEqual({
      label: 'weird.field🙂',
      mine: '{"a":[1,2]}',
      theirs: 'ＡＢＣ',
    });
    expect(conflictLabel('facts.noSuchFact', ctx)).toBe('facts.noSuchFact');
    expect(conflictLabel('site.noSuchField', ctx)).toBe('site.noSuchField');
    expect(conflictRowText({ path: 'brand', mine: '三一', theirs: '徐工' }, {}, ctx).label).toBe(
      'brand',
    );
  });

  it('a very long value is cut with an ellipsis rather than filling the screen', () => {
    const long = '长'.repeat(1000);
    const [row] = rows({ place: long }, { place: '短' }, zh());
    expect(row?.mine).toHaveLength(401);
    expect(row?.mine.endsWith('…')).toBe(true);
  });
});
