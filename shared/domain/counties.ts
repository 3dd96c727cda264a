/**
 * Lüliang City's 13 county-level units with their GB/T 2260 division codes and the plan
 * groups of the city's air-quality plans (docs/domain.md §5). The city itself is 141100.
 */
import { z } from 'zod';

export const CITY_CODE = '141100';

export const countyGroups = ['urban', 'plain', 'other'] as const;
export type CountyGroup = (typeof countyGroups)[number];

export interface County {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  /** Short name used in record numbers, e.g. 孝义 for 孝义市. */
  readonly short: string;
  readonly group: CountyGroup;
}

export const counties = [
  { code: '141102', zh: '离石区', en: 'Lishi District', short: '离石', group: 'urban' },
  { code: '141128', zh: '方山县', en: 'Fangshan County', short: '方山', group: 'urban' },
  { code: '141129', zh: '中阳县', en: 'Zhongyang County', short: '中阳', group: 'urban' },
  { code: '141125', zh: '柳林县', en: 'Liulin County', short: '柳林', group: 'urban' },
  { code: '141122', zh: '交城县', en: 'Jiaocheng County', short: '交城', group: 'plain' },
  { code: '141121', zh: '文水县', en: 'Wenshui County', short: '文水', group: 'plain' },
  { code: '141182', zh: '汾阳市', en: 'Fenyang City', short: '汾阳', group: 'plain' },
  { code: '141181', zh: '孝义市', en: 'Xiaoyi City', short: '孝义', group: 'plain' },
  { code: '141130', zh: '交口县', en: 'Jiaokou County', short: '交口', group: 'other' },
  { code: '141126', zh: '石楼县', en: 'Shilou County', short: '石楼', group: 'other' },
  { code: '141124', zh: '临县', en: 'Lin County', short: '临县', group: 'other' },
  { code: '141123', zh: '兴县', en: 'Xing County', short: '兴县', group: 'other' },
  { code: '141127', zh: '岚县', en: 'Lan County', short: '岚县', group: 'other' },
] as const satisfies readonly County[];

export type CountyCode = (typeof counties)[number]['code'];

const countyCodes = counties.map((c) => c.code) as [CountyCode, ...CountyCode[]];

export const CountyCodeSchema = z.enum(countyCodes, { message: 'errors.county.unknown' });

export function findCounty(code: string): County | undefined {
  return counties.find((c) => c.code === code);
}
