/**
 * A planned inspection (计划检查): one target of a 双随机 draw with its two drawn inspectors,
 * delivered to laptops through the change feed as a `planned-inspection` reference change
 * keyed `<drawId>/<creditCode>` (docs/draws.md). The laptop shows it to the inspectors it
 * names (matched by certificate number against the laptop's profile); starting it prefills
 * the site and sets the inspection reason to 双随机抽查 (`random`) with the draw id.
 */
import { z } from 'zod';
import { CountyCodeSchema } from '../domain/counties';
import { CertificateNumber } from '../domain/inspector';
import { CreditCode } from '../domain/site';
import { IsoDate, IsoDateTime, optionalLine, requiredLine } from '../domain/text';

/** A draw's id as the office prints it, e.g. `SJ-20261203-001`. */
export const DrawId = z.string().regex(/^SJ-\d{8}-\d{3,6}$/, 'errors.draw.id');
export type DrawId = z.infer<typeof DrawId>;

export const PlannedInspector = z.object({
  certificateNumber: CertificateNumber,
  name: requiredLine(30),
});
export type PlannedInspector = z.infer<typeof PlannedInspector>;

export const PlannedInspectionData = z.object({
  drawId: DrawId,
  /** When the office made the draw. */
  drawnAt: IsoDateTime,
  /** The date the targets should be inspected by, when the office set one. */
  dueBy: IsoDate.optional(),
  target: z.object({
    creditCode: CreditCode,
    name: requiredLine(100),
    address: requiredLine(200),
    countyCode: CountyCodeSchema,
    legalRepresentative: optionalLine(50),
    industry: optionalLine(100),
  }),
  /** Exactly two, as 双随机 requires two law-enforcement officers per target. */
  inspectors: z.array(PlannedInspector).length(2),
  /** Set when the office withdraws the draw; the laptop then hides it. */
  withdrawn: z.boolean().default(false),
});
export type PlannedInspectionData = z.infer<typeof PlannedInspectionData>;

/** The change feed key of one planned inspection. */
export function plannedInspectionKey(drawId: string, creditCode: string): string {
  return `${drawId}/${creditCode}`;
}
