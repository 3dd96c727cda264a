import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import { canonicalHash, sha256Hex } from '../../../shared/domain/hash';

describe('SHA-256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    // UTF-8 bytes of Chinese text, checked with `printf 蓝天巡查 | sha256sum`.
    ['蓝天巡查', '63321d911133bbfd82bc1fe80ae9b42753765afe3a3318a89f7d36a304e6cc8c'],
  ])('hashes %j', (input, expected) => {
    expect(sha256Hex(input)).toBe(expected);
  });

  it('hashes bytes and strings alike', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(sha256Hex('abc'));
  });
});

describe('RFC 8785 canonical JSON', () => {
  // Vectors from RFC 8785 §3.2.2 (sorting) and Appendix B (numbers).
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [
      {
        '\u20ac': 'Euro Sign',
        '\r': 'Carriage Return',
        '1': 'One',
        '\u00fc': 'Latin Small Letter U with Diaeresis',
      },
      '{"\\r":"Carriage Return","1":"One","ü":"Latin Small Letter U with Diaeresis","€":"Euro Sign"}',
    ],
    [
      // eslint-disable-next-line no-loss-of-precision -- RFC 8785's own vector: the shortest form is the point
      [1e21, 1e-7, 0.000001, -0, 333333333.33333329, 4.5, 2e-3],
      '[1e+21,1e-7,0.000001,0,333333333.3333333,4.5,0.002]',
    ],
    [
      { nested: { z: [3, { y: 1, x: 2 }], a: null } },
      '{"nested":{"a":null,"z":[3,{"x":2,"y":1}]}}',
    ],
    ['吕梁 "quoted" \n', '"吕梁 \\"quoted\\" \\n"'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same hash whatever the key order', () => {
    const a = { id: 'x', site: { name: '孝义化工', county: '141181' }, answers: { b: 1, a: 2 } };
    const b = { answers: { a: 2, b: 1 }, site: { county: '141181', name: '孝义化工' }, id: 'x' };
    expect(canonicalHash(a)).toBe(canonicalHash(b));
    expect(canonicalHash(a)).toBe(
      sha256Hex('{"answers":{"a":2,"b":1},"id":"x","site":{"county":"141181","name":"孝义化工"}}'),
    );
  });

  it('changes the hash when any value changes', () => {
    expect(canonicalHash({ a: 1 })).not.toBe(canonicalHash({ a: 2 }));
    expect(canonicalHash({ a: '1' })).not.toBe(canonicalHash({ a: 1 }));
  });

  it('refuses values with no JSON form', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/);
    expect(() => canonicalJson([Infinity])).toThrow(/non-finite/);
  });
});
