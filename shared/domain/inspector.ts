/** The inspector using this laptop, and the colleagues who sign records with them. */
import { z } from 'zod';
import { CountyCodeSchema } from './counties';
import { requiredLine } from './text';

/**
 * Law-enforcement certificate number (执法证号). Formats differ between issuing bodies
 * (MEE, provincial government), so the rule is the common shape: 6–24 characters of digits,
 * capital letters and hyphens, starting with a letter or digit and holding at least 4 digits.
 */
export const CertificateNumber = z
  .string({ message: 'errors.required' })
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(
    z
      .string()
      .min(1, 'errors.required')
      .regex(/^[0-9A-Z][0-9A-Z-]{5,23}$/, 'errors.certificate.format')
      .refine((s) => (s.match(/\d/g)?.length ?? 0) >= 4, 'errors.certificate.format'),
  );

export const Inspector = z.object({
  name: requiredLine(30),
  certificateNumber: CertificateNumber,
  unit: requiredLine(100),
  countyCode: z.union([z.literal('city'), CountyCodeSchema]),
});
export type Inspector = z.infer<typeof Inspector>;
export type InspectorInput = z.input<typeof Inspector>;

/**
 * A certificate number in a draft: empty while a colleague who joined on site has not read
 * theirs out yet (finalising then reports 'inspector-certificate-missing' and leads to the
 * field), otherwise the same shape as CertificateNumber: a malformed number is refused even in
 * a draft, so a typo is caught at the field, not at finalising.
 */
export const DraftCertificateNumber = z
  .string({ message: 'errors.required' })
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(
    z
      .string()
      .refine(
        (s) => s === '' || CertificateNumber.safeParse(s).success,
        'errors.certificate.format',
      ),
  );

/** An inspector as listed on an inspection (a draft may lack the certificate number). */
export const DraftInspector = Inspector.extend({ certificateNumber: DraftCertificateNumber });
export type DraftInspector = z.infer<typeof DraftInspector>;
export type DraftInspectorInput = z.input<typeof DraftInspector>;
