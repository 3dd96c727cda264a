/**
 * A small pure diff of two versions of one record, field by field, and the merge of a
 * person's choices (TECH-NOTES §6.6: no auto-merge; a person picks). Answers and facts are
 * compared per item, so two inspectors who filled different items only choose where they
 * differ; everything else (site, notes/place, findings, inspectors …) per top-level field.
 */
import { canonicalJson } from '../../shared/domain/canonicalJson';

/** Envelope fields that sync and saving own: never offered as a choice. */
const ENVELOPE = new Set([
  'id',
  'kind',
  'rev',
  'baseRev',
  'updatedAt',
  'createdAt',
  'deviceId',
  'status',
  'hash',
]);
/** Maps compared entry by entry. */
const PER_ENTRY = new Set(['answers', 'facts']);

export interface FieldDifference {
  /** `site`, `place`, `answers.vocs.collection.face-velocity`, `facts.controlLevel` … */
  readonly path: string;
  readonly mine: unknown;
  readonly theirs: unknown;
}

export type Choice = 'mine' | 'theirs';

const same = (a: unknown, b: unknown): boolean =>
  canonicalJson(a ?? null) === canonicalJson(b ?? null);

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export function diffRecords(mine: object, theirs: object): FieldDifference[] {
  const a = asRecord(mine);
  const b = asRecord(theirs);
  const out: FieldDifference[] = [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !ENVELOPE.has(k))
    .sort();
  for (const key of keys) {
    if (PER_ENTRY.has(key)) {
      const ma = asRecord(a[key]);
      const mb = asRecord(b[key]);
      for (const entry of [...new Set([...Object.keys(ma), ...Object.keys(mb)])].sort()) {
        if (!same(ma[entry], mb[entry]))
          out.push({ path: `${key}.${entry}`, mine: ma[entry], theirs: mb[entry] });
      }
    } else if (!same(a[key], b[key])) {
      out.push({ path: key, mine: a[key], theirs: b[key] });
    }
  }
  return out;
}

/**
 * Our version with each differing field taken from the side chosen (default: mine). Fields
 * the office's side lacks are removed when "theirs" is chosen for them.
 */
export function mergeChoices<T extends object>(
  mine: T,
  theirs: T,
  choices: Readonly<Record<string, Choice>>,
): T {
  const result: Record<string, unknown> = structuredClone(asRecord(mine));
  const other = asRecord(theirs);
  for (const diff of diffRecords(mine, theirs)) {
    if (choices[diff.path] !== 'theirs') continue;
    const dot = diff.path.indexOf('.');
    const top = dot === -1 ? diff.path : diff.path.slice(0, dot);
    if (PER_ENTRY.has(top) && dot !== -1) {
      const entry = diff.path.slice(dot + 1);
      const map = { ...asRecord(result[top]) };
      if (diff.theirs === undefined) delete map[entry];
      else map[entry] = structuredClone(asRecord(other[top])[entry]);
      result[top] = map;
    } else if (diff.theirs === undefined) delete result[top];
    else result[top] = structuredClone(other[top]);
  }
  return result as T;
}
