/**
 * How a machine's identifiers are compared: a PIN or registration code read off a nameplate
 * is typed in any case, sometimes with a Chinese input method's full-width letters and
 * digits, sometimes with spaces between groups. Stored values use this form, so the plain
 * `pin` and `registrationCode` indexes answer "is this machine already registered?".
 */

/** Full-width ASCII (U+FF01–U+FF5E) to half-width; the ideographic space to a space. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/gu, ' ');
}

/** Trimmed, half-width, upper-case, without inner whitespace: 'ｓｙ215 c' → 'SY215C'. */
export function normalizeMachineKey(value: string): string {
  return toHalfWidth(value).replace(/\s+/gu, '').toUpperCase();
}
