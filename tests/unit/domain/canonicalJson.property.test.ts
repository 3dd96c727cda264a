/**
 * shared/domain/canonicalJson against the reference `canonicalize` package (a devDependency
 * kept for this test only): the same text for every value the reference can write, and a
 * throw wherever the reference throws. Strings cover astral characters and lone surrogates,
 * numbers the edges of ECMAScript's shortest form, values nesting and JSON's left-out members.
 */
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/canonicalJson';

type Outcome = { readonly text: string | undefined } | { readonly threw: true };

function outcome(f: () => string | undefined): Outcome {
  try {
    return { text: f() };
  } catch {
    return { threw: true };
  }
}

/** One UTF-16 unit at a time so lone and paired surrogates both appear. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\uD800',
      '\uDFFF',
      '\u2028',
      '\u2029',
      '\u007f',
      '"',
      '\\',
      '/',
      '\b',
      '\f',
      '吕',
      '梁',
      '😀',
      '\uFB01',
      'é',
      'e\u0301',
    ),
  },
);
const text = fc.string({ unit, maxLength: 12 });
/** Well-formed strings only: most documents must reach the comparison, not the throw. */
const wellFormedText = fc.string({ unit: 'binary', maxLength: 12 });

const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.maxSafeInteger(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(Number),
  fc.constantFrom(
    -0,
    0,
    1e21,
    1e20,
    999999999999999900000,
    1e-7,
    1e-6,
    5e-324,
    -5e-324,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 63),
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.EPSILON,
    0.1 + 0.2,
    333333333.3333333,
    4.5,
    2e-3,
    Number.NaN,
    Infinity,
    -Infinity,
  ),
);

/** Values JSON.stringify leaves out (in objects) or writes as null (in arrays). */
const leftOut = fc.constantFrom(undefined, () => 1, Symbol('s'));

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    number,
    fc.oneof(text, wellFormedText),
    fc.array(tie('member'), { maxLength: 6 }),
    fc.dictionary(
      fc.oneof(text, wellFormedText, fc.constantFrom('a', 'B', '10', '9', '', '__proto__x')),
      tie('member'),
      { maxKeys: 6 },
    ),
  ),
  member: fc.oneof({ weight: 6, arbitrary: tie('value') }, { weight: 1, arbitrary: leftOut }),
}));

describe('canonicalJson ≡ canonicalize (RFC 8785 reference)', () => {
  it('gives the same text or throws alike on random values', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(outcome(() => canonicalJson(v))).toEqual(outcome(() => canonicalize(v)));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same text on random JSON (what JSON.parse makes)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const parsed: unknown = JSON.parse(JSON.stringify(v));
        expect(canonicalJson(parsed)).toBe(canonicalize(parsed));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes numbers in ECMAScript shortest form, -0 as 0', () => {
    // eslint-disable-next-line no-loss-of-precision -- the point is the shortest round-trip form
    const numbers = [-0, 1e21, 1e20, 5e-324, 2 ** 53 + 2, 12345678901234567890, 1e-7, 0.000001];
    expect(canonicalJson(numbers)).toBe(
      '[0,1e+21,100000000000000000000,5e-324,9007199254740994,12345678901234567000,1e-7,0.000001]',
    );
    expect(canonicalJson(numbers)).toBe(canonicalize(numbers));
  });

  it('sorts keys by UTF-16 code units (an astral key, a surrogate pair, sorts below U+E000)', () => {
    const obj = { '\uE000': 1, '😀': 2, '\uFB01': 3, a: 4, A: 5, '': 6 };
    expect(canonicalJson(obj)).toBe('{"":6,"A":5,"a":4,"😀":2,"\uE000":1,"ﬁ":3}');
    expect(canonicalJson(obj)).toBe(canonicalize(obj));
  });

  it('refuses lone surrogates, non-finite numbers and bigint with the path', () => {
    expect(() => canonicalJson({ a: ['ok', 'x\uD800'] })).toThrow(
      /lone surrogate in a string at \$\.a\[1\]/,
    );
    expect(() => canonicalJson({ b: { c: Number.NaN } })).toThrow(/non-finite number at \$\.b\.c/);
    expect(() => canonicalJson([1n])).toThrow(/bigint at \$\[0\]/);
    expect(() => canonicalize({ a: 'x\uD800' })).toThrow();
    // A paired surrogate is one astral character and is fine.
    expect(canonicalJson('\uD83D\uDE00')).toBe('"😀"');
  });

  it('follows toJSON and boxed primitives as the reference does', () => {
    const when = new Date('2026-03-01T08:00:00.000Z');
    // Boxed primitives are what is under test.
    const v = {
      when,
      n: new Number(2),
      s: new String('吕'),
      b: new Boolean(false),
      custom: { toJSON: () => ({ z: 1, a: undefined }) },
    };
    expect(canonicalJson(v)).toBe(canonicalize(v));
    expect(canonicalJson(v)).toBe(
      '{"b":false,"custom":{"z":1},"n":2,"s":"吕","when":"2026-03-01T08:00:00.000Z"}',
    );
  });

  it('writes nesting deeper than the call stack, like the reference, and refuses cycles', () => {
    let deep: unknown = ['底'];
    for (let i = 0; i < 20_000; i++)
      deep = i % 2 === 0 ? [deep, i] : { k: deep, j: undefined, a: i };
    expect(canonicalJson(deep)).toBe(canonicalize(deep));

    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { back: cyclic };
    expect(() => canonicalJson(cyclic)).toThrow(/circular/);
    // The same object twice but not inside itself is no cycle.
    const shared = { x: [1, 2] };
    expect(canonicalJson({ p: shared, q: [shared, shared] })).toBe(
      canonicalize({ p: shared, q: [shared, shared] }),
    );
  });

  it('writes a known container as its given text, unread', () => {
    const body = { b: 2, a: 1 };
    const known = new Map<object, string>([[body, canonicalJson(body)]]);
    const doc = { records: [{ body, id: 'x' }], z: [body] };
    expect(canonicalJson(doc, known)).toBe(canonicalJson(doc));
    expect(canonicalJson(doc, new Map([[body, '"stand-in"']]))).toBe(
      '{"records":[{"body":"stand-in","id":"x"}],"z":["stand-in"]}',
    );
  });
});
