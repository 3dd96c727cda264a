/** Shared string rules: trimmed, no control characters, bounded length. */
import { z } from 'zod';

// Control characters break PDFs, CSV exports and log lines; tabs and newlines are allowed
// only where a field is multi-line.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex -- as above, single-line fields refuse newlines too
const CONTROL_OR_NEWLINE = /[\u0000-\u001F\u007F]/;

/**
 * The rule above as a predicate, for text that arrives outside a schema (every string of a
 * pushed bundle on the office server, docs/sync.md "What the server refuses"): tabs and
 * newlines pass unless `singleLine`.
 */
export function hasControlCharacters(text: string, singleLine = false): boolean {
  return (singleLine ? CONTROL_OR_NEWLINE : CONTROL).test(text);
}

/** A required one-line text: trimmed, 1..max characters. */
export function requiredLine(max: number) {
  return z
    .string({ message: 'errors.required' })
    .trim()
    .min(1, 'errors.required')
    .max(max, 'errors.tooLong')
    .refine((s) => !CONTROL_OR_NEWLINE.test(s), 'errors.controlChars');
}

/** An optional one-line text: trimmed, empty allowed. */
export function optionalLine(max: number) {
  return z
    .string()
    .trim()
    .max(max, 'errors.tooLong')
    .refine((s) => !CONTROL_OR_NEWLINE.test(s), 'errors.controlChars')
    .default('');
}

/**
 * Multi-line free text that may be absent: no default, so a record made before the field
 * existed parses without it and keeps its canonical JSON (and hash).
 */
export function optionalMultiLine(max: number) {
  return z
    .string()
    .max(max, 'errors.tooLong')
    .refine((s) => !CONTROL.test(s), 'errors.controlChars')
    .optional();
}

/** Multi-line free text (notes, findings). */
export function multiLine(max: number) {
  return z
    .string()
    .max(max, 'errors.tooLong')
    .refine((s) => !CONTROL.test(s), 'errors.controlChars')
    .default('');
}

/** ISO-8601 UTC timestamp with milliseconds, as `Date.toISOString()` writes it. */
export const IsoDateTime = z.iso.datetime({ message: 'errors.datetime' });

/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date({ message: 'errors.date' });

/** Chinese mainland phone: mobile (11 digits from 1) or landline with area code. */
export const PhoneNumber = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, 'errors.phone');
