/**
 * Units a template may ask for. A closed list so a limit and the reading judged against it
 * cannot disagree by spelling ("mg/m3" vs "mg/m³"); labels are what the UI and PDF show.
 */
import { z } from 'zod';
import type { LocalizedText } from './localizedText';

export const units = [
  'm/s',
  'mg/m³',
  'g/m³',
  'μmol/mol',
  'm⁻¹',
  'ringelmann',
  'ratio',
  '%',
  'mg/g',
  'Pa',
  'm',
  'm²',
  'kW',
] as const;
export const Unit = z.enum(units);
export type Unit = z.infer<typeof Unit>;

export const unitLabels = {
  'm/s': { zh: 'm/s', en: 'm/s' },
  'mg/m³': { zh: 'mg/m³', en: 'mg/m³' },
  'g/m³': { zh: 'g/m³', en: 'g/m³' },
  'μmol/mol': { zh: 'μmol/mol', en: 'μmol/mol' },
  'm⁻¹': { zh: 'm⁻¹', en: 'm⁻¹' },
  ringelmann: { zh: '级（林格曼黑度）', en: 'Ringelmann grade' },
  ratio: { zh: '（比值，无量纲）', en: '(ratio, dimensionless)' },
  '%': { zh: '%', en: '%' },
  'mg/g': { zh: 'mg/g', en: 'mg/g' },
  Pa: { zh: 'Pa', en: 'Pa' },
  m: { zh: 'm', en: 'm' },
  'm²': { zh: 'm²', en: 'm²' },
  kW: { zh: 'kW', en: 'kW' },
} as const satisfies Record<Unit, LocalizedText>;
