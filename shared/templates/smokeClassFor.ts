/**
 * Which GB 36886-2018 limit class a machine is judged against (docs/domain.md §3.3): Ⅰ类 for
 * China II and earlier, Ⅱ类 for China III and later, and Ⅲ类 wherever a no-go zone
 * imposes it (e.g. 中阳县 built-up area, 2020), whatever the machine's stage.
 */
import type { EmissionStage } from '../domain/machine';
import { assertNever } from './assertNever';
import type { SmokeClass } from './limitSchema';

export function smokeClassFor(stage: EmissionStage, zoneRequiresClassIII = false): SmokeClass {
  if (zoneRequiresClassIII) return 'III';
  switch (stage) {
    case 'pre1':
    case 'china1':
    case 'china2':
      return 'I';
    case 'china3':
    case 'china4':
      return 'II';
    default:
      return assertNever(stage);
  }
}
