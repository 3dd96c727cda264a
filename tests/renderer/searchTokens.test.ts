import { describe, expect, it } from 'vitest';
import {
  MAX_PREFIX,
  nameMatches,
  normalizeForSearch,
  queryTokenFor,
  searchTokensFor,
} from '../../src-renderer/db/searchTokens';

const names = [
  '孝义市ABC化工有限公司',
  '吕梁　钢铁（集团）“东区”项目 Phase-2',
  '交城县🌟星光建材厂',
  '文水县𠀀字号化工厂',
  'ＸＹＺ Coking Co., Ltd. 2026',
  'Abcdefghijklmnopqrstuvwxyz',
  'a b  c',
  'カタカナ化工 한글',
];

/** Every distinct substring of a name, in code points. */
function substringsOf(text: string): string[] {
  const chars = Array.from(text);
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++)
    for (let j = i + 1; j <= chars.length; j++) out.add(chars.slice(i, j).join(''));
  return [...out];
}

describe('searchTokensFor', () => {
  it('indexes CJK unigrams and bigrams and Latin words with prefixes, lower-cased', () => {
    const tokens = searchTokensFor('孝义市ABC化工');
    for (const t of ['孝', '义', '市', '孝义', '义市', 'a', 'ab', 'abc', 'bc', '化', '化工'])
      expect(tokens).toContain(t);
    expect(tokens).not.toContain('市a');
    expect(tokens).not.toContain('孝义市');
  });

  it('bounds prefixes and the number of tokens', () => {
    const tokens = searchTokensFor('x'.repeat(5) + ' ' + 'abcdefghijklmnopqrstuvwxyz');
    expect(tokens).toContain('abcdefghijkl');
    expect(tokens).not.toContain('abcdefghijklm');
    const long = '长'.repeat(50) + '化工厂'.repeat(17);
    expect(searchTokensFor(long).length).toBeLessThanOrEqual(3 * Array.from(long).length);
    expect(Math.max(...searchTokensFor('Abcdefghijklmnopqrstuvwxyz').map((t) => t.length))).toBe(
      MAX_PREFIX,
    );
  });

  it('ignores emoji, punctuation and spaces', () => {
    expect(searchTokensFor('🌟 ，。!')).toEqual([]);
  });
});

describe('queryTokenFor', () => {
  it('prefers the longest safe token', () => {
    expect(queryTokenFor('化工')).toBe('化工');
    expect(queryTokenFor('abc')).toBe('ab');
    expect(queryTokenFor('市abcdef')).toBe('abcdef');
    expect(queryTokenFor('🌟')).toBeUndefined();
  });

  // The property the index relies on: whatever part of a name is typed, the chosen token is
  // one of the name's tokens, so the index never hides a match (exhaustive over substrings).
  it.each(names)('never misses a substring of %j', (name) => {
    const tokens = new Set(searchTokensFor(name));
    const normalized = normalizeForSearch(name);
    for (const sub of substringsOf(normalized)) {
      if (sub.trim() === '') continue;
      expect(nameMatches(name, normalizeForSearch(sub)), sub).toBe(true);
      const token = queryTokenFor(sub);
      if (token !== undefined) expect(tokens.has(token), `${sub} → ${token}`).toBe(true);
    }
  });
});
