/** Sites as stored: the domain Site plus its name tokens, which never leave this folder. */
import type { Site } from '../../shared/domain/site';
import type { SiteRow } from './database';
import { searchTokensFor } from './searchTokens';

export function toSiteRow(site: Site): SiteRow {
  return { ...site, searchTokens: searchTokensFor(site.name) };
}

export function fromSiteRow(row: SiteRow): Site {
  const { searchTokens: _tokens, ...site } = row;
  return site;
}
