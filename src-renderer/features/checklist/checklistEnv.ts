/** What judging and validating a checklist needs besides the form itself. */
import type { CountyControlLevel } from '../../../shared/templates/controlLevels';
import type { LimitEntry, LimitOverrides } from '../../../shared/templates/limitSchema';
import type { ChecklistTemplate } from '../../../shared/templates/templateSchema';

export interface ChecklistEnv {
  readonly template: ChecklistTemplate;
  readonly limits: readonly LimitEntry[];
  /** The office's overrides from settings; {} means the defaults apply. */
  readonly overrides: LimitOverrides;
  /** The control level the site's county applies, with its basis (templates/controlLevels.ts). */
  readonly controlLevel?: CountyControlLevel;
  /** The inspection's day in Asia/Shanghai (YYYY-MM-DD): deadlines may not be before it. */
  readonly inspectionDay: string;
  /** Today in Asia/Shanghai: a calibration date may not be after it. */
  readonly today: string;
}

const OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Asia/Shanghai calendar day of an instant (UTC+8 all year, no DST). */
export function shanghaiDayOf(iso: string | Date): string {
  const time = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  return new Date(time + OFFSET_MS).toISOString().slice(0, 10);
}
