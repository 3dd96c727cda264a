/**
 * The canonical JSON (RFC 8785) of a bundle document without its `checksum`, assembled
 * from parts so that verifyBundle canonicalises each record body once, not twice: the
 * body text already made for the record hash is reused for the checksum whenever the
 * body as sent is the same JSON value as the body the schema output.
 *
 * The result is exactly canonicalJson(document without checksum) (tests/unit/bundle pin
 * it against that): keys in UTF-16 code-unit order as JCS sorts them, members JSON cannot
 * hold (undefined, functions, symbols) left out, everything but the records delegated to
 * canonicalJson. Anything unusual (a non-plain object, a toJSON method) takes the plain
 * canonicalJson of the whole, so the shortcut can never sign something else.
 */
import { canonicalJson } from '../domain/canonicalJson';

/** The known canonical text of records[index].body, if `sent` is the body it was made from. */
export type KnownBodyText = (index: number, sent: unknown) => string | undefined;

export function canonicalUnsealed(doc: object, knownBodyText: KnownBodyText): string {
  const { checksum: _ignored, ...rest } = doc as Record<string, unknown>;
  const whole = (): string => canonicalJson(rest);
  const records: unknown = rest.records;
  if (!isPlainObject(doc) || !Array.isArray(records)) return whole();
  const parts: string[] = [];
  for (let i = 0; i < records.length; i++) {
    const record: unknown = records[i];
    if (!isPlainObject(record)) return whole();
    const text = objectText(record, (key, value) => (key === 'body' ? knownBodyText(i, value) : undefined));
    if (text === undefined) return whole();
    parts.push(text);
  }
  const recordsText = `[${parts.join(',')}]`;
  return objectText(rest, (key) => (key === 'records' ? recordsText : undefined)) ?? whole();
}

/**
 * `{"k":v,…}` with keys sorted as JCS does; `given` supplies a member's text when it is
 * already known. undefined when a member is not plain JSON data (the caller falls back).
 */
function objectText(obj: Record<string, unknown>, given: (key: string, value: unknown) => string | undefined): string | undefined {
  const members: string[] = [];
  // Array.prototype.sort without a comparator orders by UTF-16 code units, JCS's order.
  for (const key of Object.keys(obj).sort()) {
    const value = obj[key];
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !isPlainObject(value)) return undefined;
    members.push(`${canonicalJson(key)}:${given(key, value) ?? canonicalJson(value)}`);
  }
  return `{${members.join(',')}}`;
}

/** What JSON.parse makes: no prototype tricks, no toJSON that would change the text. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * True when a and b are the same JSON value (so their canonical texts are equal): same
 * primitives, arrays element by element, plain objects with the same own keys. Conservative:
 * anything else (Dates, class instances, NaN) answers false and costs a recanonicalisation.
 */
export function sameJsonValue(a: unknown, b: unknown): boolean {
  // Equal primitives (0 and -0 both print as 0) or the very same object: the same text.
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJsonValue(a[i], b[i])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameJsonValue(a[key], b[key])) return false;
  }
  return true;
}
