/**
 * The canonical JSON (RFC 8785) of a bundle document without its `checksum`, made so that
 * verifyBundle and buildBundle canonicalise each record body once, not twice: the body text
 * already made for the record hash is written in place of the body as sent whenever the
 * caller knows the two are the same JSON value (sameJsonValue below).
 *
 * The result is exactly canonicalJson(document without checksum) (tests/unit/bundle pin
 * it against that); the writing itself is shared/domain/canonicalJson's, given the known
 * body texts by identity, so there is one canonicaliser in the app.
 */
import { canonicalJson } from '../domain/canonicalJson';

/**
 * The known canonical text of records[index].body, if `sent` is the body it was made from;
 * undefined otherwise (the body is then written from what was sent).
 */
export type KnownBodyText = (index: number, sent: unknown) => string | undefined;

export function canonicalUnsealed(doc: object, knownBodyText: KnownBodyText): string {
  const { checksum: _ignored, ...rest } = doc as Record<string, unknown>;
  const known = new Map<object, string>();
  const records: unknown = rest.records;
  if (Array.isArray(records)) {
    records.forEach((record: unknown, i) => {
      if (!isPlainObject(record)) return;
      const sent = record.body;
      if (sent === null || typeof sent !== 'object') return;
      const text = knownBodyText(i, sent);
      if (text !== undefined) known.set(sent, text);
    });
  }
  return canonicalJson(rest, known);
}

/** What JSON.parse makes: no prototype tricks, no toJSON that would change the text. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
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
