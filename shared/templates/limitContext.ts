/**
 * Builds the context resolveLimit needs from the facts asked at the start of an inspection,
 * by the fact ids the templates use: controlLevel (VOCs), emissionStage, ratedPowerKw and
 * zoneRule (machinery check). Unknown or unanswered facts stay undefined, so the limit
 * resolves to "needs …" instead of a guess.
 */
import { EmissionStage } from '../domain/machine';
import { ControlLevel } from './limitSchema';
import type { LimitContext } from './resolveLimit';
import { smokeClassFor } from './smokeClassFor';
import { findZoneRule } from './zoneRules';

export function limitContextFromFacts(
  facts: Readonly<Record<string, string | number | undefined>>,
): LimitContext {
  const controlLevel = ControlLevel.safeParse(facts['controlLevel']);
  const stage = EmissionStage.safeParse(facts['emissionStage']);
  const power = facts['ratedPowerKw'];
  const zoneRule =
    typeof facts['zoneRule'] === 'string' ? findZoneRule(facts['zoneRule']) : undefined;
  return {
    ...(controlLevel.success ? { controlLevel: controlLevel.data } : {}),
    ...(stage.success
      ? {
          machineClass: smokeClassFor(stage.data, zoneRule?.requiresSmokeClassIII ?? false),
          stageClass: smokeClassFor(stage.data, false),
        }
      : {}),
    ...(typeof power === 'number' ? { ratedPowerKw: power } : {}),
  };
}
