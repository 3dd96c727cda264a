/**
 * Turns what an inspector typed into a number, or says why not. Full-width digits and
 * punctuation (０．２５, typed with a Chinese IME) are accepted by NFKC folding; anything
 * else that is not a plain decimal is refused, so "0.3m/s" or "约5" never becomes a value.
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

export function parseNumberText(text: string, rules: NumberRules = {}): NumberTextResult {
  const folded = text.normalize('NFKC').replace(/\s+/g, '').replace(/[−–]/g, '-');
  if (folded === '') return { ok: 'empty' };
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
