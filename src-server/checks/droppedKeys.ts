/**
 * Keys of a record body as sent that its domain schema does not know. Zod drops them
 * silently, and the record hash is taken over what remains, so a newer laptop's field (or a
 * typo) would vanish without anyone being told: the server refuses such a body instead
 * (docs/sync.md "What the server refuses").
 */
function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Paths (`facts.x`, `answers.a.reading.extra`) of keys in `sent` that `parsed` lacks, where
 * `parsed` is the schema's output for `sent`. Depth is bounded by the shape check run first.
 */
export function findDroppedKeys(
  sent: unknown,
  parsed: unknown,
  path = '',
  out: string[] = [],
  max = 20,
): string[] {
  if (out.length >= max) return out;
  if (Array.isArray(sent) && Array.isArray(parsed)) {
    sent.forEach((item: unknown, i) => findDroppedKeys(item, parsed[i], `${path}[${i}]`, out, max));
    return out;
  }
  if (!isObject(sent) || !isObject(parsed)) return out;
  for (const key of Object.keys(sent)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (!Object.hasOwn(parsed, key)) {
      if (out.length < max) out.push(at);
      continue;
    }
    findDroppedKeys(sent[key], parsed[key], at, out, max);
  }
  return out;
}
