/**
 * Canonical JSON per RFC 8785 (JCS): sorted keys, ECMAScript number form, no whitespace.
 * The `canonicalize` package is the reference implementation by one of the RFC's authors.
 */
import canonicalizeImpl from 'canonicalize';

export function canonicalJson(value: unknown): string {
  assertJsonSafe(value, '$');
  const text = canonicalizeImpl(value);
  if (text === undefined) throw new TypeError('canonicalJson: value has no JSON form');
  return text;
}

/** JCS has no form for these; failing loudly beats hashing something else than was stored. */
function assertJsonSafe(value: unknown, path: string): void {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError(`canonicalJson: non-finite number at ${path}`);
  }
  if (typeof value === 'bigint') throw new TypeError(`canonicalJson: bigint at ${path}`);
  if (Array.isArray(value)) value.forEach((v, i) => assertJsonSafe(v, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) assertJsonSafe(v, `${path}.${k}`);
  }
}
