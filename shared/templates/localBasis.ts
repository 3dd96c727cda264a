/**
 * Local rules cited beside an item's national basis (docs/domain.md "Dust"): Lüliang's
 * construction-dust ordinance 《吕梁市扬尘污染防治条例》 governs every item of the dust
 * checklist. Its article numbers are unconfirmed [U], so the ordinance is cited by name only.
 * Kept outside the versioned templates, which are never edited once shipped.
 */
import type { InspectionType } from '../domain/inspection';

export const LULIANG_DUST_ORDINANCE = '《吕梁市扬尘污染防治条例》';

/** The local basis printed after the item's own source, or undefined where none applies. */
export function localBasisFor(type: InspectionType): string | undefined {
  return type === 'dust' ? LULIANG_DUST_ORDINANCE : undefined;
}

/** The item's basis as shown and printed: the national source, then the local one. */
export function basisText(source: string, type: InspectionType): string {
  const local = localBasisFor(type);
  return local === undefined || source.includes(local) ? source : `${source}；${local}`;
}
