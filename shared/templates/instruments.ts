/**
 * Kinds of instrument a reading item may be taken with (docs/domain.md §1.5, §3.3). A PID is a
 * screening tool only (isobutylene-referenced, not a legal NMHC result), so judged VOC
 * limits list FID; 'document' is a value read from a test report, label or data sheet.
 */
import { z } from 'zod';
import type { LocalizedText } from './localizedText';

export const instrumentTypes = [
  'FID',
  'PID',
  'anemometer',
  'opacimeter',
  'ringelmann-chart',
  'vapour-recovery-tester',
  'tape-measure',
  'document',
  'cems',
  'monitoring-platform',
] as const;
export const InstrumentType = z.enum(instrumentTypes);
export type InstrumentType = z.infer<typeof InstrumentType>;

export const instrumentLabels = {
  FID: { zh: '便携式氢火焰离子化检测仪（FID）', en: 'Portable flame ionisation detector (FID)' },
  PID: {
    zh: '光离子化检测仪（PID，仅用于初筛）',
    en: 'Photo-ionisation detector (PID, screening only)',
  },
  anemometer: { zh: '风速仪', en: 'Anemometer' },
  opacimeter: { zh: '不透光烟度计', en: 'Opacimeter' },
  'ringelmann-chart': {
    zh: '林格曼烟气黑度图（测烟望远镜）',
    en: 'Ringelmann chart or smoke telescope',
  },
  'vapour-recovery-tester': { zh: '油气回收检测仪', en: 'Vapour recovery tester' },
  'tape-measure': { zh: '卷尺/测距仪', en: 'Tape measure or rangefinder' },
  document: {
    zh: '检测报告/产品标签/质量证明文件',
    en: 'Test report, product label or certificate',
  },
  cems: {
    zh: '烟气排放连续监测系统（CEMS）数据',
    en: 'Continuous emission monitoring system (CEMS) data',
  },
  'monitoring-platform': {
    zh: '用电监控/DCS等监控平台数据',
    en: 'Power-use monitoring or DCS platform data',
  },
} as const satisfies Record<InstrumentType, LocalizedText>;
