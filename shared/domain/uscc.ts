/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 * 18 characters from 0-9 and A-Y without I, O, S, V, Z; the last one is a check character
 * computed over the first 17 with fixed weights, modulo 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type UsccProblem = 'length' | 'charset' | 'division' | 'checksum';

/** Upper-cases and strips the spaces people type or paste between groups. */
export function normalizeUscc(input: string): string {
  return input.replace(/[\s\u3000-]/g, '').toUpperCase();
}

/** The check character the first 17 characters call for, or null if one is not in the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Why a code is not a valid unified social credit code, or null when it is. */
export function findUsccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!ALPHABET.includes(ch)) return 'charset';
  // Characters 3–8 are the division code of the registering office: digits only.
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'division';
  if (usccCheckCharacter(code.slice(0, 17)) !== code.charAt(17)) return 'checksum';
  return null;
}

export function isValidUscc(code: string): boolean {
  return findUsccProblem(code) === null;
}
