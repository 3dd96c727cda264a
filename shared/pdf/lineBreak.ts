/**
 * Chinese line breaking for the PDF (TECH-NOTES §1: jsPDF's splitTextToSize is for Western
 * scripts only). Breaks between CJK characters, keeps Latin words and numbers whole, and
 * applies basic 禁则: closing punctuation never starts a line, opening never ends one.
 * A word wider than the line (a 64-digit hash) is cut by characters as a last resort.
 */

/** Characters that must not start a line. */
export const noLineStart = new Set([...'，。、；：？！）》」』】〕〗〉’”％…～·']);
/** Characters that must not end a line. */
export const noLineEnd = new Set([...'（《「『【〔〖〈‘“']);

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u2e80-\u2fff\u3200-\u33ff]/u;

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\u3000';
}

/**
 * Units that may not be split: a CJK character or full-width mark, a space, or a run of
 * anything else (a Latin word, a number with its decimal point, "mg/m³", "JC-2026").
 */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  for (const char of text) {
    const standalone =
      isSpace(char) || CJK.test(char) || noLineStart.has(char) || noLineEnd.has(char);
    if (!standalone) {
      word += char;
      continue;
    }
    if (word) tokens.push(word);
    word = '';
    tokens.push(char);
  }
  if (word) tokens.push(word);
  return tokens;
}

/** Joins tokens that kinsoku forbids to separate into one unbreakable atom. */
function atoms(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let carry = '';
  for (const token of tokens) {
    const first = [...token][0] ?? '';
    const last = out.length > 0 ? (out[out.length - 1] ?? '') : '';
    const lastChar = [...last].at(-1) ?? '';
    if (carry === '' && out.length > 0 && noLineStart.has(first) && !isSpace(lastChar)) {
      out[out.length - 1] = last + token;
      continue;
    }
    if (token.length === 1 && noLineEnd.has(token)) {
      carry += token;
      continue;
    }
    out.push(carry + token);
    carry = '';
  }
  if (carry) out.push(carry);
  return out;
}

/**
 * Lines of `text` no wider than `maxWidth` by `measure`. Newlines are hard breaks; spaces at
 * a line's end are dropped. Never loses a non-space character.
 */
export function breakLines(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    const push = () => {
      lines.push(line.replace(/[ \t\u3000]+$/u, ''));
      line = '';
    };
    for (const atom of atoms(tokenize(paragraph))) {
      if (line === '' && isSpace(atom)) continue;
      if (measure(line + atom) <= maxWidth) {
        line += atom;
        continue;
      }
      if (line.trim() !== '') push();
      else line = '';
      if (isSpace(atom)) continue;
      if (measure(atom) <= maxWidth) {
        line = atom;
        continue;
      }
      // Wider than a whole line: cut by characters.
      for (const char of atom) {
        if (line !== '' && measure(line + char) > maxWidth) push();
        line += char;
      }
    }
    push();
  }
  return lines;
}
