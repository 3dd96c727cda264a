/**
 * Picks the limit that applies to one reading: the office's override if there is one, else
 * the default, narrowed by control level or by GB 36886 class and power band. The result
 * carries the source (with the variant) so the record prints exactly what was applied.
 */
import { assertNever } from './assertNever';
import type {
  Confidence,
  ControlLevel,
  LimitBound,
  LimitEntry,
  LimitOverrides,
  LimitValues,
  PowerBand,
  SmokeClass,
} from './limitSchema';
import type { Unit } from './units';

export interface LimitContext {
  readonly controlLevel?: ControlLevel;
  readonly machineClass?: SmokeClass;
  /**
   * The class of the machine's own emission stage (Ⅰ or Ⅱ), used where the zone's class sets
   * no value: GB 36886 has no Ⅲ类 limit below 37 kW, so such a machine in a Ⅲ类 zone is judged
   * against its stage class rather than left unjudged (docs/domain.md "Non-road machinery").
   */
  readonly stageClass?: SmokeClass;
  readonly ratedPowerKw?: number;
}

/** The applied limit; a superset of the domain's AppliedLimit { min, max, unit, source }. */
export interface ResolvedLimit {
  readonly limitId: string;
  readonly min?: number;
  readonly max?: number;
  /** Strict bounds (limitSchema.ts LimitBound): equal to the bound breaches. */
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
  readonly unit: Unit;
  readonly source: string;
  readonly confidence: Confidence;
  /** True when the office's override was applied instead of the default. */
  readonly overridden: boolean;
}

export type LimitUnavailableReason =
  | 'unknown-limit'
  | 'override-unit-mismatch'
  | 'control-level-required'
  | 'machine-class-required'
  | 'rated-power-required'
  | 'not-applicable';

export type LimitResolution =
  | { readonly ok: true; readonly limit: ResolvedLimit }
  | { readonly ok: false; readonly reason: LimitUnavailableReason; readonly detail: string };

/**
 * GB 36886-2018 power bands. A boundary belongs to the band the standard writes with ≤:
 * 19 kW is in 19≤P<37, 37 kW and 560 kW are in 37≤P≤560; only above 560 is P>560.
 */
export function powerBandFor(ratedPowerKw: number): PowerBand | undefined {
  if (!Number.isFinite(ratedPowerKw) || ratedPowerKw <= 0) return undefined;
  if (ratedPowerKw < 19) return 'below19';
  if (ratedPowerKw < 37) return 'from19to37';
  if (ratedPowerKw <= 560) return 'from37to560';
  return 'above560';
}

const powerBandLabels: Record<PowerBand, string> = {
  below19: 'P<19 kW',
  from19to37: '19≤P<37 kW',
  from37to560: '37≤P≤560 kW',
  above560: 'P>560 kW',
};
const classLabels: Record<SmokeClass, string> = { I: 'Ⅰ类', II: 'Ⅱ类', III: 'Ⅲ类' };
const controlLevelLabels: Record<ControlLevel, string> = {
  general: '一般控制要求',
  special: '特别控制要求',
};

export function resolveLimit(
  limitsTable: readonly LimitEntry[],
  overrides: LimitOverrides,
  limitId: string,
  context: LimitContext,
): LimitResolution {
  const entry = limitsTable.find((e) => e.id === limitId);
  if (entry === undefined) return { ok: false, reason: 'unknown-limit', detail: limitId };
  const override = Object.hasOwn(overrides, limitId) ? overrides[limitId] : undefined;
  if (override !== undefined && override.unit !== entry.unit) {
    return {
      ok: false,
      reason: 'override-unit-mismatch',
      detail: `${override.unit} ≠ ${entry.unit}`,
    };
  }
  const values = override?.values ?? entry.values;
  const source = override?.source ?? entry.source;
  const picked = pickBound(values, context);
  if (!picked.ok) return picked;
  return {
    ok: true,
    limit: {
      limitId,
      ...picked.bound,
      unit: entry.unit,
      source: picked.variant === '' ? source : `${source}（${picked.variant}）`,
      confidence: entry.confidence,
      overridden: override !== undefined,
    },
  };
}

type Picked =
  | { readonly ok: true; readonly bound: LimitBound; readonly variant: string }
  | { readonly ok: false; readonly reason: LimitUnavailableReason; readonly detail: string };

function pickBound(values: LimitValues, context: LimitContext): Picked {
  switch (values.kind) {
    case 'single':
      return { ok: true, bound: values.bound, variant: '' };
    case 'byControlLevel': {
      const level = context.controlLevel;
      if (level === undefined)
        return { ok: false, reason: 'control-level-required', detail: '一般/特别控制' };
      return { ok: true, bound: values[level], variant: controlLevelLabels[level] };
    }
    case 'byClassAndPower': {
      const smokeClass = context.machineClass;
      if (smokeClass === undefined)
        return { ok: false, reason: 'machine-class-required', detail: 'GB 36886 class' };
      const band =
        context.ratedPowerKw === undefined ? undefined : powerBandFor(context.ratedPowerKw);
      if (band === undefined)
        return { ok: false, reason: 'rated-power-required', detail: String(context.ratedPowerKw) };
      const zoneValue = values.table[smokeClass][band];
      const zoneVariant = `${classLabels[smokeClass]} ${powerBandLabels[band]}`;
      // GB 36886 sets no Ⅲ类 value below 37 kW: fall back to the stage's class, and say so.
      const fallback = context.stageClass;
      const useStage = zoneValue === null && fallback !== undefined && fallback !== smokeClass;
      const value = useStage ? values.table[fallback][band] : zoneValue;
      const variant = useStage
        ? `${zoneVariant}无限值，按排放阶段${classLabels[fallback]} ${powerBandLabels[band]}`
        : zoneVariant;
      if (value === null) return { ok: false, reason: 'not-applicable', detail: variant };
      const bound: LimitBound = values.side === 'max' ? { max: value } : { min: value };
      return { ok: true, bound, variant };
    }
    default:
      return assertNever(values);
  }
}
