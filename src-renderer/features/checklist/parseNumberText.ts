/**
 * Turns what an inspector typed into a number, or says why not. Full-width digits and
 * punctuation (０．２５, typed with a Chinese IME) are accepted by NFKC folding; anything
 * else that is not a plain decimal (or one grouped in thousands, "12,000") is refused, so
 * "0.3m/s" or "约5" never becomes a value.
 */
export type NumberTextError = 'notNumber' | 'negative' | 'notInteger' | 'belowMin' | 'aboveMax';

export type NumberTextResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: NumberTextError }
  /** Nothing typed: not an error, just no value. */
  | { readonly ok: 'empty' };

export interface NumberRules {
  readonly allowNegative?: boolean;
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * Thousands written with commas, as people write areas and concentrations ("12,000",
 * "2,150.5"): accepted only in full groups of three after a 1–3 digit head, so "1,5" or
 * "0,60" (a decimal comma? a typo?) stay refused rather than guessed.
 */
const GROUPED = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;

/** The text folded the way the parser reads it: NFKC (full-width → ASCII), no spaces. */
export function numberTextAsWritten(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/[−–]/g, '-');
}

export function parseNumberText(text: string, rules: NumberRules = {}): NumberTextResult {
  const written = numberTextAsWritten(text);
  if (written === '') return { ok: 'empty' };
  // The full-width comma "，" (a Chinese IME's) folds to "," under NFKC, so "12，000" groups the same way.
  const folded = GROUPED.test(written) ? written.replace(/,/g, '') : written;
  if (!DECIMAL.test(folded)) return { ok: false, error: 'notNumber' };
  const value = Number(folded);
  if (!Number.isFinite(value)) return { ok: false, error: 'notNumber' };
  if (value < 0 && rules.allowNegative !== true) return { ok: false, error: 'negative' };
  if (rules.integer === true && !Number.isInteger(value)) return { ok: false, error: 'notInteger' };
  if (rules.min !== undefined && value < rules.min) return { ok: false, error: 'belowMin' };
  if (rules.max !== undefined && value > rules.max) return { ok: false, error: 'aboveMax' };
  // -0 would print as "0" but compare oddly in canonical JSON: store a plain 0.
  return { ok: true, value: value === 0 ? 0 : value };
}
