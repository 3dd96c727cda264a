/**
 * Search tokens for names (sites, inspections' site names, machines).
 *
 * A full scan of 10,000 names takes ~650 ms here, a multi-entry index of 1–2-character
 * tokens 22–46 ms (TECH-NOTES §10). Chinese has no spaces, so CJK text is indexed as
 * character unigrams and bigrams; Latin/digit words as unigrams, bigrams and prefixes up to
 * MAX_PREFIX characters. A query looks up ONE token that every matching name is certain to
 * hold (queryTokenFor), then filters the candidates by substring on the normalised name, so
 * results are exact: the index only narrows.
 */

/** Longest word prefix indexed: long enough for credit codes' and model numbers' heads. */
export const MAX_PREFIX = 12;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

type RunKind = 'cjk' | 'word';
interface Run {
  readonly kind: RunKind;
  /** Code points, so characters outside the BMP (CJK Ext. B, emoji) stay whole. */
  readonly chars: readonly string[];
  /** Index in the normalised text, in code points, of the run's first character. */
  readonly start: number;
}

/**
 * The form both names and queries are compared in: NFKC (full-width letters, digits and
 * spaces become ASCII), lower case, whitespace runs collapsed to one space, trimmed.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

function classify(ch: string): RunKind | undefined {
  if (CJK.test(ch)) return 'cjk';
  if (WORD.test(ch)) return 'word';
  return undefined;
}

function runsOf(normalized: string): Run[] {
  const runs: Run[] = [];
  let current: { kind: RunKind; chars: string[]; start: number } | undefined;
  Array.from(normalized).forEach((ch, i) => {
    const kind = classify(ch);
    if (kind !== undefined && current?.kind === kind) {
      current.chars.push(ch);
      return;
    }
    if (current) runs.push(current);
    current = kind ? { kind, chars: [ch], start: i } : undefined;
  });
  if (current) runs.push(current);
  return runs;
}

/** Index tokens for a name: bounded (≤ 3 per character), deduplicated. */
export function searchTokensFor(text: string): string[] {
  const tokens = new Set<string>();
  for (const { kind, chars } of runsOf(normalizeForSearch(text))) {
    chars.forEach((ch, i) => {
      tokens.add(ch);
      const next = chars[i + 1];
      if (next !== undefined) tokens.add(ch + next);
    });
    if (kind === 'word') {
      for (let n = 3; n <= Math.min(chars.length, MAX_PREFIX); n++)
        tokens.add(chars.slice(0, n).join(''));
    }
  }
  return [...tokens];
}

/**
 * The most selective token every name containing `query` must hold, or undefined when the
 * query has no letters, digits or CJK characters (e.g. only emoji): then callers scan.
 *
 * A word that does not open the query is preceded by something in the query, so in a
 * matching name it opens a word too and its prefix is safe to use. A word at the very start
 * of the query may sit in the middle of a name's word ('bc' in 'abc'): only its n-grams are.
 */
export function queryTokenFor(query: string): string | undefined {
  let best: string[] = [];
  const consider = (chars: string[]) => {
    if (chars.length > best.length) best = chars;
  };
  for (const { kind, chars, start } of runsOf(normalizeForSearch(query))) {
    if (kind === 'word' && start > 0) {
      consider(chars.slice(0, MAX_PREFIX));
    } else {
      consider(chars.slice(0, Math.min(2, chars.length)));
    }
  }
  return best.length > 0 ? best.join('') : undefined;
}

/** Exact test of a name against a query; both are normalised the same way. */
export function nameMatches(name: string, normalizedQuery: string): boolean {
  return normalizeForSearch(name).includes(normalizedQuery);
}
