import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, noLineEnd, noLineStart } from '../../../shared/pdf/lineBreak';

/** Monospace-ish widths: CJK and full-width 2, everything else 1. */
const measure = (s: string) =>
  [...s].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1), 0);

describe('breakLines', () => {
  it('breaks between CJK characters within the width', () => {
    expect(breakLines('检查发现调漆间未密闭', 8, measure)).toEqual([
      '检查发现',
      '调漆间未',
      '密闭',
    ]);
  });

  it.each([
    ['，', '检查发现，调漆间未密闭', 8],
    ['。', '检查发现。调漆间未密闭', 8],
    ['、', '台账记录、调漆间未密闭', 8],
    ['；', '台账缺失；调漆间未密闭', 8],
    ['：', '整改要求：调漆间未密闭', 8],
    ['？', '是否回避？当事人回答', 8],
    ['！', '立即整改！当事人回答', 8],
    ['）', '（二分厂）调漆间', 10],
    ['》', '《标准》调漆间未密闭', 8],
    ['」', '「标准」调漆间未密闭', 8],
    ['』', '『标准』调漆间未密闭', 8],
    ['】', '【超标】调漆间未密闭', 8],
    ['”', '“特别”控制要求', 8],
  ])('never starts a line with %s', (mark, text, width) => {
    const lines = breakLines(text, width, measure);
    expect(lines.join('')).toBe(text);
    for (const line of lines.slice(1)) expect(line.startsWith(mark)).toBe(false);
  });

  it.each([
    ['（', '检查发现（二分厂）未密闭', 10],
    ['《', '依据了《标准》规定', 8],
    ['「', '依据了「标准」规定', 8],
    ['『', '依据了『标准』规定', 8],
    ['【', '读数为【超标】', 8],
    ['“', '按照的“特别控制”', 8],
  ])('never ends a line with %s', (mark, text, width) => {
    const lines = breakLines(text, width, measure);
    expect(lines.join('')).toBe(text);
    for (const line of lines.slice(0, -1)) expect(line.endsWith(mark)).toBe(false);
  });

  it('keeps Latin words and numbers with decimals and units whole', () => {
    const lines = breakLines('限值 GB 37822-2019 读数 0.25 mg/m³ 编号 JC-2026', 12, measure);
    expect(lines.join(' ')).toContain('37822-2019');
    for (const word of ['37822-2019', '0.25', 'mg/m³', 'JC-2026'])
      expect(lines.some((l) => l.includes(word))).toBe(true);
  });

  it('cuts a word longer than the line by characters rather than overflowing', () => {
    const hash = 'e79f54d40b9ae781eed1c8f27e3b25d85590f08e1439463feaef4000eb3da855';
    const lines = breakLines(hash, 20, measure);
    expect(lines.join('')).toBe(hash);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(20);
  });

  it('honours newlines and drops spaces at line ends', () => {
    expect(breakLines('第一行\n\n第三行  ', 40, measure)).toEqual(['第一行', '', '第三行']);
  });

  it('never loses a visible character and keeps every line within the width when it can', () => {
    const alphabet = fc.constantFrom(
      ...'检查发现调漆间未密闭台账ABC xyz0123.-/',
      ...noLineStart,
      ...noLineEnd,
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 120 }),
        fc.integer({ min: 6, max: 40 }),
        (chars, width) => {
          const text = chars.join('');
          const lines = breakLines(text, width, measure);
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          for (const line of lines) {
            // Only a kinsoku cluster or an over-long word may exceed the width.
            if (measure(line) > width)
              expect([...line].some((c) => !/[检查发现调漆间未密闭台账]/.test(c))).toBe(true);
          }
        },
      ),
    );
  });
});
