/** The site registry on this device: enterprises and construction sites inspected. */
import { Site } from '../../shared/domain/site';
import { normalizeUscc } from '../../shared/domain/uscc';
import type { AppDatabase, SiteRow } from './database';
import { nameMatches, normalizeForSearch, queryTokenFor } from './searchTokens';
import { fromSiteRow, toSiteRow } from './siteRows';

/** Validates and upserts a site; returns it as stored (trimmed, credit code normalised). */
export async function saveSite(db: AppDatabase, site: Site): Promise<Site> {
  const parsed = Site.parse(site);
  await db.sites.put(toSiteRow(parsed));
  return parsed;
}

export async function getSite(db: AppDatabase, id: string): Promise<Site | undefined> {
  const row = await db.sites.get(id);
  return row && fromSiteRow(row);
}

/**
 * Sites whose name contains the query (any case, full- or half-width), plus sites whose
 * credit code starts with it; shortest names first, as they match the query most closely.
 * An empty query lists the newest sites (ids are UUID v7, so id order is creation order).
 */
export async function searchSites(db: AppDatabase, query: string, limit = 20): Promise<Site[]> {
  const normalized = normalizeForSearch(query);
  if (normalized === '') return (await db.sites.reverse().limit(limit).toArray()).map(fromSiteRow);
  return db.transaction('r', db.sites, async () => {
    const token = queryTokenFor(normalized);
    const byName =
      token === undefined ? db.sites.toCollection() : db.sites.where('searchTokens').equals(token);
    const named = await byName.filter((row) => nameMatches(row.name, normalized)).toArray();
    const code = normalizeUscc(query);
    const coded = /^[0-9A-Z]{4,18}$/.test(code)
      ? await db.sites.where('creditCode').startsWith(code).limit(limit).toArray()
      : [];
    const unique = new Map<string, SiteRow>();
    for (const row of [...named, ...coded]) unique.set(row.id, row);
    return [...unique.values()]
      .sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name, 'zh-CN'))
      .slice(0, limit)
      .map(fromSiteRow);
  });
}

export async function findSiteByCreditCode(
  db: AppDatabase,
  code: string,
): Promise<Site | undefined> {
  const row = await db.sites.where('creditCode').equals(normalizeUscc(code)).first();
  return row && fromSiteRow(row);
}
