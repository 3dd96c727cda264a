/**
 * Device scope (docs/design.md "Sync protocol"): one county by its GB/T 2260 code, or the whole
 * city. Which county a record belongs to decides who may write and read it:
 *
 * - inspection: its site's county (`site.countyCode`);
 * - machine: the county named in `siteOfUse` (free text, so a county's full or short name
 *   found in it, when exactly one county matches); failing that, the county it was first
 *   filed under on the server (kept across revisions), failing that the county of the
 *   device that files it when that device is county-scoped, else city only (`null`).
 *   A field laptop thus keeps seeing the machines it registered itself, and a machine a
 *   city-scoped office files without a place is visible to city-scoped devices only.
 */
import { z } from 'zod';
import { CITY_CODE, CountyCodeSchema, counties } from '../domain/counties';

export const CITY_SCOPE = 'city';

export const SyncScope = z.union([z.literal(CITY_SCOPE), CountyCodeSchema]);
export type SyncScope = z.infer<typeof SyncScope>;

/** Parses what an admin types: a county code, `city`, or the city's own code 141100. */
export function parseScope(text: string): SyncScope | null {
  const t = text.trim();
  if (t === CITY_CODE) return CITY_SCOPE;
  const parsed = SyncScope.safeParse(t);
  return parsed.success ? parsed.data : null;
}

/** Whether a device with `scope` may see a record of county `countyCode` (null = city only). */
export function isInScope(scope: SyncScope, countyCode: string | null): boolean {
  return scope === CITY_SCOPE || (countyCode !== null && countyCode === scope);
}

/** The county a machine's free-text site of use names, if exactly one. */
export function countyFromSiteOfUse(siteOfUse: string): string | null {
  const matches = counties.filter((c) => siteOfUse.includes(c.zh) || siteOfUse.includes(c.short));
  return matches.length === 1 ? (matches[0]?.code ?? null) : null;
}

export interface ScopedBody {
  readonly kind: 'inspection' | 'machine';
  readonly site?: { readonly countyCode: string };
  readonly siteOfUse?: string;
}

/**
 * The county of a record revision. `previous` is the county the server holds for the id
 * (if any); `deviceScope` the scope of the device sending it.
 */
export function recordCountyCode(
  body: ScopedBody,
  previous: string | null | undefined,
  deviceScope: SyncScope,
): string | null {
  if (body.kind === 'inspection') return body.site?.countyCode ?? null;
  const named = countyFromSiteOfUse(body.siteOfUse ?? '');
  if (named !== null) return named;
  if (previous !== undefined) return previous;
  return deviceScope === CITY_SCOPE ? null : deviceScope;
}
