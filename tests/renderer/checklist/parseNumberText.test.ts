import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../../src-renderer/features/checklist/parseNumberText';

describe('parseNumberText: what an inspector types in a numeric field', () => {
  it.each([
    ['0.25', 0.25],
    ['  0.3 ', 0.3],
    ['０．２５', 0.25], // full-width, as a Chinese IME types it
    ['5000', 5000],
    ['.5', 0.5],
    ['1e3', 1000],
    ['-0', 0],
    ['12,000', 12000], // thousands as people write an area
    ['2,150', 2150],
    ['１２，０００', 12000], // the same with a Chinese IME
    ['1,234,567.5', 1234567.5],
  ])('%s → %s', (text, value) => {
    expect(parseNumberText(text)).toEqual({ ok: true, value });
  });

  it.each([
    '5.2mg',
    '0.3m/s',
    '约5',
    'abc',
    '1,5',
    '0,60', // a decimal comma or a typo: not guessed
    '12,00',
    '1,2345',
    ',000',
    '012,000',
    '1.2.3',
    '🌫️',
    '0x10',
    'Infinity',
    'NaN',
    '1e999',
  ])('%s is not a number', (text) => {
    expect(parseNumberText(text)).toEqual({ ok: false, error: 'notNumber' });
  });

  it('treats nothing typed as empty, not as zero', () => {
    expect(parseNumberText('')).toEqual({ ok: 'empty' });
    expect(parseNumberText('   ')).toEqual({ ok: 'empty' });
  });

  it('refuses negatives unless allowed, including a typographic minus', () => {
    expect(parseNumberText('-0.4')).toEqual({ ok: false, error: 'negative' });
    expect(parseNumberText('−3')).toEqual({ ok: false, error: 'negative' });
    expect(parseNumberText('-0.4', { allowNegative: true })).toEqual({ ok: true, value: -0.4 });
  });

  it('applies integer and range rules', () => {
    expect(parseNumberText('2.5', { integer: true })).toEqual({ ok: false, error: 'notInteger' });
    expect(parseNumberText('5', { min: 10 })).toEqual({ ok: false, error: 'belowMin' });
    expect(parseNumberText('50', { max: 10 })).toEqual({ ok: false, error: 'aboveMax' });
    expect(parseNumberText('10', { min: 10, max: 10 })).toEqual({ ok: true, value: 10 });
  });
});
