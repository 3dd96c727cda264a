/** A site inspected: an enterprise (VOCs) or a construction site (dust, machinery). */
import { z } from 'zod';
import { CountyCodeSchema } from './counties';
import { RecordId } from './ids';
import { optionalLine, PhoneNumber, requiredLine } from './text';
import { findUsccProblem, normalizeUscc } from './uscc';

export const siteKinds = ['enterprise', 'construction'] as const;
export const SiteKind = z.enum(siteKinds);
export type SiteKind = z.infer<typeof SiteKind>;

/** A unified social credit code, normalised, with its GB 32100 check character verified. */
export const CreditCode = z
  .string({ message: 'errors.required' })
  .transform(normalizeUscc)
  .superRefine((code, ctx) => {
    const problem = findUsccProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: `errors.uscc.${problem}` });
  });

export const SiteContact = z.object({
  name: optionalLine(50),
  position: optionalLine(50),
  phone: z.union([z.literal(''), PhoneNumber]).default(''),
});
export type SiteContact = z.infer<typeof SiteContact>;

export const Site = z.object({
  id: RecordId,
  kind: SiteKind,
  name: requiredLine(100),
  creditCode: CreditCode,
  address: requiredLine(200),
  countyCode: CountyCodeSchema,
  legalRepresentative: optionalLine(50),
  contact: SiteContact,
});
export type Site = z.infer<typeof Site>;
/** What a form holds before parsing (defaults not yet applied). */
export type SiteInput = z.input<typeof Site>;
