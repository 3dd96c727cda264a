// As a new inspector (issue 13): each of the plan's five priority campaigns started from
// 新建检查 on a new enterprise, its start facts answered (they pick the limit variant),
// readings taken — one fails with a finding — 检查完成, finalised, and the PDF read back with
// pdftotext: the failing reading as typed, its judged value, the limit and its source, 不符合
// and the finding.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectFailingRowPrinted,
  type FailingReading,
  flat,
  INSPECTOR,
  runCampaign,
} from './pages/CampaignFlow';
import { createProfile } from './pages/flows';
import { launchBrowser, newDevice, watchErrors } from './support/browser';

const baseURL = inject('baseURL');

/** Every piece must be in the flattened PDF text. */
function expectPrinted(text: string, pieces: readonly string[]): void {
  const printed = flat(text);
  for (const piece of pieces) expect(printed, piece).toContain(flat(piece));
}

describe('the five campaign checklists: fill, a failing reading with a finding, finalise, print', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const workDir = mkdtempSync(join(tmpdir(), 'campaigns-e2e-'));

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newDevice(browser)).newPage();
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('creates the inspector’s profile', async () => {
    await page.goto(baseURL);
    await createProfile(page, INSPECTOR);
  });

  it('重污染天气应急: an orange alert, one line cut by only 18.0 % of the required 20 %', async () => {
    const failing: FailingReading = {
      item: '生产线减排比例（橙色预警）',
      values: ['35', '18.0', '40'],
      finding: {
        description: '2号焦炉生产线负荷仅降低18%，未达到橙色预警限产要求。',
        requirement: '立即按一厂一策将2号线限产至规定比例。',
      },
    };
    const text = await runCampaign(
      page,
      {
        type: '重污染天气应急响应执行检查',
        site: {
          name: '山西吕梁·离石“鑫源”焦化有限公司',
          creditCode: '91141102MA0K1C2D3X',
          address: '离石区信义镇工业园区 6 号',
          county: '离石区',
          contactName: '张卫东',
        },
        fillFacts: async (checklist) => {
          await checklist.fact('预警级别').selectOption({ label: '橙色预警' });
          await checklist.fact('预警（应急响应）通知文号').fill('吕重污应急〔2026〕12号');
          await checklist.fact('绩效分级').selectOption({ label: 'C级' });
          await checklist.fact('所属行业').fill('焦化');
          // The alert level picks which reduction is asked.
          await expect
            .poll(() => checklist.item('生产线减排比例（橙色预警）').isVisible())
            .toBe(true);
          expect(await checklist.item('生产线减排比例（黄色预警）').count()).toBe(0);
        },
        passingReadings: {},
        failing,
        shot: 'campaign-emergency',
      },
      workDir,
    );
    expectFailingRowPrinted(text, failing);
    expectPrinted(text, [
      '重污染天气应急响应执行检查',
      '吕重污应急〔2026〕12号',
      '18.0',
      '判定值：18',
      '限值≥20 %（环办大气函〔2019〕648号）',
      '不符合',
      '2号焦炉生产线负荷仅降低18%',
      '立即按一厂一策将2号线限产至规定比例。',
    ]);
  });

  it('焦化超低排放: a completed retrofit judged on ultra-low values; stack PM 10.06 fails', async () => {
    const failing: FailingReading = {
      item: '焦炉烟囱颗粒物（超低排放）',
      values: ['6.2', '10.06', '8.9'],
      finding: {
        description: '焦炉烟囱颗粒物小时均值最高10.1 mg/m³，超过超低排放限值。',
        requirement: '排查脱硫脱硝除尘设施运行，三日内报送整改情况。',
      },
    };
    const text = await runCampaign(
      page,
      {
        type: '焦化超低排放与无组织排放管控检查',
        site: {
          name: '孝义市金岩煤化工有限公司',
          creditCode: '91141181MA0H7J4F6N',
          address: '孝义市梧桐镇焦化园区',
          county: '孝义市',
        },
        fillFacts: async (checklist) => {
          await checklist.fact('焦炉炭化室高度（m）').fill('4.3');
          await checklist.fact('超低排放改造情况').selectOption({ label: '已完成并通过评估监测' });
          await expect
            .poll(() => checklist.item('炭化室高度4.3米及以下焦炉').isVisible())
            .toBe(true);
          expect(await checklist.item('焦炉烟囱颗粒物（特别排放限值）').count()).toBe(0);
        },
        passingReadings: {
          '焦炉烟囱二氧化硫（超低排放）': ['28.4'],
          '焦炉烟囱氮氧化物（超低排放）': ['150.0'],
          '装煤推焦地面站颗粒物（超低排放）': ['9.5'],
          大宗物料清洁方式运输比例: ['82'],
        },
        failing,
        shot: 'campaign-coking',
      },
      workDir,
    );
    expectFailingRowPrinted(text, failing);
    expectPrinted(text, [
      '焦化超低排放与无组织排放管控检查',
      '10.06',
      '判定值：10.1',
      '限值≤10 mg/m³（环大气〔2024〕5号）',
      '不符合',
      '焦炉烟囱颗粒物小时均值最高10.1',
      '排查脱硫脱硝除尘设施运行',
    ]);
  });

  it('清洁运输: an at-gate smoke check averaging 0.71 m⁻¹ against 0.7 fails', async () => {
    const failing: FailingReading = {
      item: '自由加速法光吸收系数',
      values: ['0.62', '0.75', '0.77'],
      finding: {
        description: '晋J·D8R26 自由加速光吸收系数均值0.71 m⁻¹，超过限值b。',
        requirement: '该车辆停止运输作业，维修复检合格后方可进厂。',
      },
    };
    const text = await runCampaign(
      page,
      {
        type: '清洁运输与门禁系统检查',
        site: {
          name: '吕梁东义集团煤气化有限公司',
          creditCode: '91141100MA0G3N8P17',
          address: '孝义市东义工业园',
          county: '孝义市',
        },
        fillFacts: async (checklist) => {
          await checklist
            .fact('计划是否对本企业设定铁路/管道/皮带运输比例')
            .selectOption({ label: '是' });
          await checklist.fact('是否开展柴油货车排气抽测').selectOption({ label: '是' });
          await checklist.fact('抽测车辆号牌').fill('晋J·D8R26');
          await expect.poll(() => checklist.item('自由加速法光吸收系数').isVisible()).toBe(true);
        },
        passingReadings: {
          国五及以上或新能源重型货车占比: ['100'],
          '铁路、管道、皮带等清洁方式运输比例': ['85.5'],
          林格曼烟气黑度: ['1'],
        },
        failing,
        shot: 'campaign-transport',
      },
      workDir,
    );
    expectFailingRowPrinted(text, failing);
    expectPrinted(text, [
      '清洁运输与门禁系统检查',
      '0.62',
      '0.75',
      '0.77',
      '判定值：0.71',
      '限值≤0.7 m⁻¹（GB 3847-2018 表2）',
      '不符合',
      '自由加速光吸收系数均值0.71',
      '该车辆停止运输作业',
    ]);
  });

  it('脱硝运行: a gas boiler whose highest CEMS hour is 151 mg/m³ against 150 fails', async () => {
    const failing: FailingReading = {
      item: '氮氧化物排放浓度（燃气锅炉）',
      values: ['138', '151'],
      finding: {
        description: 'CEMS小时均值最高151 mg/m³，超过特别排放限值。',
        requirement: '检修SCR喷氨系统，达标前降负荷运行。',
      },
    };
    const text = await runCampaign(
      page,
      {
        type: '锅炉与工业炉窑脱硝设施运行检查',
        site: {
          name: '吕梁市热力有限公司城北供热站',
          creditCode: '91141102MA0L5Q7R2U',
          address: '离石区北川河西路 12 号',
          county: '离石区',
        },
        fillFacts: async (checklist) => {
          await checklist.fact('排放源类型').selectOption({ label: '燃气锅炉' });
          await checklist.fact('脱硝工艺').selectOption({ label: 'SCR（选择性催化还原）' });
          await checklist.fact('设备名称及编号').fill('2号 20 t/h 燃气蒸汽锅炉');
          await expect
            .poll(() => checklist.item('氮氧化物排放浓度（燃气锅炉）').isVisible())
            .toBe(true);
          expect(await checklist.item('氮氧化物排放浓度（燃煤锅炉）').count()).toBe(0);
        },
        passingReadings: {},
        failing,
        shot: 'campaign-denitration',
      },
      workDir,
    );
    expectFailingRowPrinted(text, failing);
    expectPrinted(text, [
      '锅炉与工业炉窑脱硝设施运行检查',
      '2号 20 t/h 燃气蒸汽锅炉',
      '151',
      '判定值：151',
      '限值≤150 mg/m³（GB 13271-2014 表3）',
      '不符合',
      'CEMS小时均值最高151',
      '检修SCR喷氨系统',
    ]);
  });

  it('餐饮油烟: a medium restaurant whose purifier removes 72.0 % of the required 75 % fails', async () => {
    const failing: FailingReading = {
      item: '油烟净化设施去除效率（中型）',
      values: ['72.0'],
      finding: {
        description: '监测报告显示油烟净化设施去除效率72%，低于中型规模要求。',
        requirement: '清洗或更换净化设施，一个月内重新监测。',
      },
    };
    const text = await runCampaign(
      page,
      {
        type: '餐饮油烟污染防治检查',
        site: {
          name: '离石区“老城味道”餐饮店',
          creditCode: '91141102MA0M9T3U4D',
          address: '离石区龙凤南大街 66 号',
          county: '离石区',
        },
        fillFacts: async (checklist) => {
          await checklist.fact('饮食业单位规模').selectOption({ label: '中型' });
          await expect
            .poll(() => checklist.item('油烟净化设施去除效率（中型）').isVisible())
            .toBe(true);
          expect(await checklist.item('油烟净化设施去除效率（大型）').count()).toBe(0);
        },
        passingReadings: { 油烟排放浓度: ['1.8', '2.2', '2.1'] },
        failing,
        shot: 'campaign-catering',
      },
      workDir,
    );
    expectFailingRowPrinted(text, failing);
    expectPrinted(text, [
      '餐饮油烟污染防治检查',
      '72.0',
      '判定值：72',
      '限值≥75 %（GB 18483-2001 表2）',
      '不符合',
      '去除效率72%',
      '清洗或更换净化设施',
    ]);
  });

  it('raised no page or console errors', () => {
    expect(errors).toEqual([]);
  });
});
