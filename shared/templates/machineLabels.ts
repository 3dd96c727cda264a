/** zh/en labels for the machine registry's enumerations (shared/domain/machine.ts), for forms, facts and the PDF. */
import type { z } from 'zod';
import type { EmissionStage, FuelType, MachineType } from '../domain/machine';
import type { LocalizedText } from './localizedText';

type FuelTypeValue = z.infer<typeof FuelType>;
type MachineTypeValue = z.infer<typeof MachineType>;

export const emissionStageLabels = {
  pre1: { zh: '国一前', en: 'Before China I' },
  china1: { zh: '国一', en: 'China I' },
  china2: { zh: '国二', en: 'China II' },
  china3: { zh: '国三', en: 'China III' },
  china4: { zh: '国四', en: 'China IV' },
} as const satisfies Record<EmissionStage, LocalizedText>;

export const machineTypeLabels = {
  excavator: { zh: '挖掘机', en: 'Excavator' },
  loader: { zh: '装载机', en: 'Loader' },
  bulldozer: { zh: '推土机', en: 'Bulldozer' },
  crane: { zh: '起重机', en: 'Crane' },
  roller: { zh: '压路机', en: 'Roller' },
  paver: { zh: '摊铺机', en: 'Paver' },
  grader: { zh: '平地机', en: 'Grader' },
  forklift: { zh: '叉车', en: 'Forklift' },
  'piling-rig': { zh: '桩工机械', en: 'Piling rig' },
  'concrete-pump': { zh: '混凝土泵车', en: 'Concrete pump' },
  generator: { zh: '发电机组', en: 'Generator set' },
  compressor: { zh: '空气压缩机', en: 'Compressor' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<MachineTypeValue, LocalizedText>;

export const fuelTypeLabels = {
  diesel: { zh: '柴油', en: 'Diesel' },
  gasoline: { zh: '汽油', en: 'Gasoline' },
  electric: { zh: '纯电动', en: 'Electric' },
  hybrid: { zh: '混合动力', en: 'Hybrid' },
  gas: { zh: '燃气', en: 'Gas' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<FuelTypeValue, LocalizedText>;

/** Select choices for `values` (a domain enum's list, so the order is the domain's). */
export function choicesFrom<K extends string>(
  values: readonly K[],
  labels: Record<K, LocalizedText>,
): { value: K; label: LocalizedText }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
