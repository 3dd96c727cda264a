/**
 * What JSON.parse lets through but nothing after it can handle (docs/sync.md "What the
 * server refuses"): numbers out of range (1e400 parses to Infinity), lone UTF-16 surrogates
 * (no UTF-8 form, so neither a hash nor PostgreSQL can take them), nesting deep enough to
 * overflow the recursive canonicaliser, and control characters in any string or key. Run on
 * the whole parsed document before anything else looks at it; iterative, so a hostile depth
 * cannot overflow this walk either.
 */
import { hasControlCharacters } from '../../shared/domain/text';

export interface JsonShapeIssue {
  readonly code: 'too_deep' | 'bad_number' | 'bad_string' | 'control_character';
  readonly message: string;
  /** Where, as `records[0].body.facts.x`; `` for the document itself. */
  readonly path: string;
}

/** Far deeper than any record body nests (about six levels), far shallower than a stack. */
export const MAX_JSON_DEPTH = 64;

// String.prototype.isWellFormed is in Node 20 but not in this project's TS lib.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringIssue(text: string, path: string, what: string): JsonShapeIssue | null {
  if (LONE_SURROGATE.test(text))
    return { code: 'bad_string', message: `${what} holds a lone UTF-16 surrogate`, path };
  if (hasControlCharacters(text))
    return { code: 'control_character', message: `${what} holds a control character`, path };
  return null;
}

function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The first problem found, or null when every value is plain, finite, well-formed data. */
export function findJsonShapeIssue(
  document: unknown,
  maxDepth = MAX_JSON_DEPTH,
): JsonShapeIssue | null {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: document, path: '', depth: 0 },
  ];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'number') {
      if (!Number.isFinite(value))
        return { code: 'bad_number', message: 'number out of range', path };
      continue;
    }
    if (typeof value === 'string') {
      const issue = stringIssue(value, path, 'text');
      if (issue) return issue;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth)
      return { code: 'too_deep', message: `nested deeper than ${maxDepth} levels`, path };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i] as unknown, path: child(path, i), depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] ?? '';
      const at = child(path, key);
      const issue = stringIssue(key, at, 'key');
      if (issue) return issue;
      stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return null;
}
