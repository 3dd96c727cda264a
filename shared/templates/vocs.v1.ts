/**
 * VOCs inspection template, version 1 (docs/domain.md §1; GB 37822-2019 and the sector
 * standards). The sections live in two files to keep each readable; this file is the
 * template. Shipped data: never edit, add a v2.
 */
import type { ChecklistTemplate } from './templateSchema';
import { vocsV1KeyLinkSections } from './vocs.v1.keyLinks';
import { vocsV1SectorSections } from './vocs.v1.sectors';

export const vocsV1 = {
  id: 'vocs',
  version: 1,
  type: 'vocs',
  title: {
    zh: '挥发性有机物（VOCs）污染防治现场检查',
    en: 'VOC pollution control on-site inspection',
  },
  options: [
    { id: 'chemicals', title: { zh: '化工', en: 'Chemicals' } },
    { id: 'coking', title: { zh: '焦化', en: 'Coking' } },
    { id: 'industrial-coating', title: { zh: '工业涂装', en: 'Industrial coating' } },
    { id: 'packaging-printing', title: { zh: '包装印刷', en: 'Packaging and printing' } },
    {
      id: 'oil-storage-transport',
      title: {
        zh: '油品储运（储油库、油罐车）',
        en: 'Oil storage and transport (depots, tank trucks)',
      },
    },
    { id: 'petrol-station', title: { zh: '加油站', en: 'Petrol station' } },
    { id: 'auto-repair', title: { zh: '汽修喷涂', en: 'Auto-repair spray painting' } },
  ],
  facts: [
    {
      kind: 'text',
      id: 'permitNumber',
      label: { zh: '排污许可证编号', en: 'Pollutant discharge permit number' },
      hint: {
        zh: '仅完成排污登记的，填写登记编号。',
        en: 'For registration-only units, the registration number.',
      },
      maxLength: 60,
    },
    {
      kind: 'select',
      id: 'controlLevel',
      label: { zh: '无组织排放控制要求', en: 'Fugitive emission control level' },
      hint: {
        zh: '按排污许可证或当地规定确定，决定厂区内NMHC、LDAR泄漏认定等限值。',
        en: 'From the permit or local rules; sets the plant-area NMHC and LDAR leak limits.',
      },
      required: true,
      choices: [
        { value: 'general', label: { zh: '一般控制要求', en: 'General requirements' } },
        { value: 'special', label: { zh: '特别控制要求', en: 'Special requirements' } },
      ],
    },
    {
      kind: 'text',
      id: 'mainProducts',
      label: { zh: '主要产品', en: 'Main products' },
      maxLength: 200,
    },
    {
      kind: 'text',
      id: 'vocMaterials',
      label: { zh: '使用的主要含VOCs原辅材料', en: 'Main VOC-containing materials used' },
      maxLength: 300,
    },
  ],
  sections: [...vocsV1KeyLinkSections, ...vocsV1SectorSections],
} satisfies ChecklistTemplate;
