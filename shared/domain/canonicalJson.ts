/**
 * Canonical JSON per RFC 8785 (JCS): keys sorted by UTF-16 code units, ECMAScript number
 * form, no whitespace. One implementation for every hash in the app (record bodies, bundle
 * checksums, content hashes, receipts): docs/architecture.md "Identity and integrity".
 *
 * Output is byte for byte that of the `canonicalize` package (the reference by one of the
 * RFC's authors); tests/unit/domain/canonicalJson.property.test.ts checks it on random JSON.
 * It is hand-written because canonicalisation dominated the server's push (docs/sync.md
 * "Performance"): one recursive pass, strings and numbers through the engine's
 * JSON.stringify, and no second walk to look for values JSON cannot hold.
 *
 * Deliberate differences from the reference, all on values JSON.parse never makes: NaN,
 * ±Infinity, bigint, lone surrogates and cycles throw a TypeError naming the path (the
 * reference throws a plain Error without it), and a toJSON method is honoured on objects
 * but not as an own property of a plain array.
 */

/** Canonical texts already known for some containers, by identity (see canonicalJson). */
export type KnownTexts = ReadonlyMap<object, string>;

/** Past this depth the recursion hands over to an explicit stack (hostile deep nesting). */
const MAX_RECURSION = 500;

/** Thrown inside the fast pass; canonicalJson rethrows it with the path found by a slow walk. */
class NotJson extends Error {}

/**
 * @param known canonical texts of containers whose text the caller already made (e.g. a
 *   record body hashed a moment ago): the container is written as that text, unread. The
 *   caller vouches that each text is exactly canonicalJson of its container.
 */
export function canonicalJson(value: unknown, known?: KnownTexts): string {
  try {
    const text = write(value, 0, known);
    if (text === undefined) throw new TypeError('canonicalJson: value has no JSON form');
    return text;
  } catch (error) {
    if (error instanceof NotJson)
      throw new TypeError(`canonicalJson: ${error.message} at ${findProblemPath(value)}`, {
        cause: error,
      });
    throw error;
  }
}

/** The text of a value, or undefined for what JSON leaves out (undefined, functions, symbols). */
function write(value: unknown, depth: number, known: KnownTexts | undefined): string | undefined {
  switch (typeof value) {
    case 'string':
      return stringText(value);
    case 'number':
      return numberText(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      break;
    case 'bigint':
      throw new NotJson('bigint');
    default:
      return undefined;
  }
  if (known !== undefined) {
    const text = known.get(value);
    if (text !== undefined) return text;
  }
  if (depth >= MAX_RECURSION) return writeDeep(value, known);
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Array.prototype) return arrayText(value as unknown[], depth, known);
  if (proto !== Object.prototype && proto !== null) return exoticText(value, depth, known);
  // A plain object: JSON.parse makes nothing else. An own toJSON still decides its text.
  const obj = value as Record<string, unknown>;
  if (typeof obj.toJSON === 'function') return exoticText(value, depth, known);
  // Array.prototype.sort without a comparator orders by UTF-16 code units: JCS's order.
  const keys = Object.keys(obj).sort();
  let out = '{';
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const text = write(obj[key], depth + 1, known);
    if (text === undefined) continue; // Inside objects JSON leaves the member out.
    if (first) first = false;
    else out += ',';
    out += stringText(key) + ':' + text;
  }
  return out + '}';
}

function arrayText(
  array: readonly unknown[],
  depth: number,
  known: KnownTexts | undefined,
): string {
  const length = array.length;
  if (length === 0) return '[]';
  let out = '[';
  for (let i = 0; i < length; i++) {
    if (i > 0) out += ',';
    // Inside arrays JSON writes what it cannot hold as null.
    out += write(array[i], depth + 1, known) ?? 'null';
  }
  return out + ']';
}

/** Anything but a plain object or array: toJSON (Dates), boxed primitives, class instances. */
function exoticText(
  value: object,
  depth: number,
  known: KnownTexts | undefined,
): string | undefined {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return write((value as { toJSON: () => unknown }).toJSON(), depth + 1, known);
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    return write(value.valueOf(), depth, known);
  }
  if (Array.isArray(value)) return arrayText(value, depth, known);
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const text = write(obj[key], depth + 1, known);
    if (text === undefined) continue;
    if (first) first = false;
    else out += ',';
    out += stringText(key) + ':' + text;
  }
  return out + '}';
}

/** Characters JSON escapes, and surrogates (a lone one is refused): else the text is "value". */
// eslint-disable-next-line no-control-regex -- C0 controls are exactly what JSON escapes
const NEEDS_CARE = /["\\\u0000-\u001f\ud800-\udfff]/;

function stringText(value: string): string {
  if (!NEEDS_CARE.test(value)) return '"' + value + '"';
  if (!isWellFormed(value)) throw new NotJson('lone surrogate in a string');
  // The engine's JSON string form is JCS's: only " \ and C0 controls escaped, \b \t \n \f \r short.
  return JSON.stringify(value);
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new NotJson('non-finite number');
  // ECMAScript Number::toString is JCS's number form; -0 prints as 0.
  return JSON.stringify(value);
}

const wellFormed = (String.prototype as { isWellFormed?: () => boolean }).isWellFormed;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isWellFormed(value: string): boolean {
  return wellFormed !== undefined ? wellFormed.call(value) : !LONE_SURROGATE.test(value);
}

/** One open container on the explicit stack of writeDeep. */
interface Frame {
  readonly container: object;
  /** Sorted keys of an object; null for an array. */
  readonly keys: string[] | null;
  index: number;
  first: boolean;
  /** The toJSON holders that led here, released from `open` with the container. */
  readonly holders: object[];
}

/**
 * The same text as write(), with an explicit stack instead of recursion, so nesting deeper
 * than the call stack cannot crash a verification. Tracks the open containers to refuse cycles.
 */
function writeDeep(root: object, known: KnownTexts | undefined): string | undefined {
  const open = new Set<object>();
  const stack: Frame[] = [];
  let out = '';
  /** Emits a value's text, or opens a frame for a container; false when JSON leaves it out. */
  const enter = (input: unknown): boolean => {
    let value = input;
    const holders: object[] = [];
    while (
      value !== null &&
      typeof value === 'object' &&
      typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ) {
      if (open.has(value) || holders.includes(value)) throw new NotJson('circular reference');
      holders.push(value);
      value = (value as { toJSON: () => unknown }).toJSON();
    }
    if (value instanceof Number || value instanceof String || value instanceof Boolean)
      value = value.valueOf();
    if (value === null || typeof value !== 'object') {
      const text = write(value, 0, known);
      if (text === undefined) return false;
      out += text;
      return true;
    }
    const text = known?.get(value);
    if (text !== undefined) {
      out += text;
      return true;
    }
    if (open.has(value)) throw new NotJson('circular reference');
    open.add(value);
    for (const h of holders) open.add(h);
    const keys = Array.isArray(value) ? null : Object.keys(value).sort();
    out += keys === null ? '[' : '{';
    stack.push({ container: value, keys, index: 0, first: true, holders });
    return true;
  };
  if (!enter(root)) return undefined;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { container, keys } = frame;
    let descended = false;
    if (keys === null) {
      const array = container as unknown[];
      while (!descended && frame.index < array.length) {
        if (frame.index > 0) out += ',';
        const element = array[frame.index++];
        const before = stack.length;
        if (!enter(element)) out += 'null';
        descended = stack.length > before;
      }
    } else {
      const obj = container as Record<string, unknown>;
      while (!descended && frame.index < keys.length) {
        const key = keys[frame.index++]!;
        const mark = out.length;
        // As in write(): a key is only checked when its member is written.
        const keyText = isWellFormed(key) ? JSON.stringify(key) : undefined;
        out += (frame.first ? '' : ',') + (keyText ?? '') + ':';
        const before = stack.length;
        if (!enter(obj[key])) {
          out = out.slice(0, mark);
          continue;
        }
        if (keyText === undefined) throw new NotJson('lone surrogate in a key');
        frame.first = false;
        descended = stack.length > before;
      }
    }
    if (descended) continue;
    out += keys === null ? ']' : '}';
    open.delete(container);
    for (const h of frame.holders) open.delete(h);
    stack.pop();
  }
  return out;
}

/**
 * Where the first value JSON cannot hold sits, for the error message only (the fast pass
 * does not carry paths). Iterative like writeDeep; visits each object once, so it ends on cycles.
 */
function findProblemPath(root: unknown): string {
  const todo: [unknown, string][] = [[root, '$']];
  const seen = new Set<object>();
  while (todo.length > 0) {
    const [value, path] = todo.pop()!;
    if (typeof value === 'bigint') return path;
    if (typeof value === 'number' && !Number.isFinite(value)) return path;
    if (typeof value === 'string' && !isWellFormed(value)) return path;
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value)) continue;
    seen.add(value);
    const inner =
      typeof (value as { toJSON?: unknown }).toJSON === 'function'
        ? (value as { toJSON: () => unknown }).toJSON()
        : value;
    if (inner !== value) {
      todo.push([inner, path]);
      continue;
    }
    if (Array.isArray(value)) value.forEach((v, i) => todo.push([v, `${path}[${i}]`]));
    else
      for (const [k, v] of Object.entries(value)) {
        if (!isWellFormed(k)) return `${path}.${k}`;
        todo.push([v, `${path}.${k}`]);
      }
  }
  return '$';
}
