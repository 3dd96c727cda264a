/**
 * The GB 37822-2019 control level each county applies, as office-adjustable reference data
 * (docs/domain.md "Control level"): all of Lüliang lies in the 汾渭平原 key region, so every
 * county ships with 特别控制要求 and its basis; the office may change a county's entry, which
 * arrives with the limit table (src-renderer/db/pulledLimitTable.ts). The record stores the level
 * expected and its basis; an inspector who applies another level gives a printed reason.
 */
import { z } from 'zod';
import { counties } from '../domain/counties';
import { ControlLevel } from './limitSchema';

export const CountyControlLevel = z.strictObject({
  level: ControlLevel,
  /** The notice or rule the level comes from, printed on the record. */
  basis: z.string().trim().min(1).max(200),
});
export type CountyControlLevel = z.infer<typeof CountyControlLevel>;

/** The office's entries by GB/T 2260 county code; a county not listed keeps the default. */
export const ControlLevelTable = z.record(z.string().regex(/^\d{6}$/), CountyControlLevel);
export type ControlLevelTable = z.infer<typeof ControlLevelTable>;

export const defaultControlLevelBasis =
  '汾渭平原重点区域（环大气〔2019〕53号），执行 GB 37822-2019 特别控制要求';

/** Shipped default: 特别控制要求 for all 13 counties. */
export const defaultControlLevels: Readonly<Record<string, CountyControlLevel>> =
  Object.fromEntries(
    counties.map((c) => [c.code, { level: 'special', basis: defaultControlLevelBasis }]),
  );

/** The level a county applies: the office's entry, else the shipped default; undefined outside Lüliang. */
export function controlLevelFor(
  countyCode: string,
  office: ControlLevelTable = {},
): CountyControlLevel | undefined {
  if (Object.hasOwn(office, countyCode)) return office[countyCode];
  return Object.hasOwn(defaultControlLevels, countyCode)
    ? defaultControlLevels[countyCode]
    : undefined;
}

/** The fact id templates use for the control level (vocs.v1). */
export const CONTROL_LEVEL_FACT = 'controlLevel';
