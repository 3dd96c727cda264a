/** Finds a site already on this device by name or credit code. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../shared/domain/site';
import { useServices } from '../../app/services';
import { searchSites } from '../../db/siteRepository';

interface Props {
  selected: Site | undefined;
  onSelect: (site: Site) => void;
  /** Starts the search with this text, e.g. a machine's registered site of use. */
  initialQuery?: string;
}

export function SitePicker({ selected, onSelect, initialQuery = '' }: Props) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [query, setQuery] = useState(initialQuery);
  const sites = useLiveQuery(() => searchSites(db, query.trim(), 20), [db, query]);

  return (
    <div className="site-picker">
      <label>
        {t('newInspection.searchSites')}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {sites && sites.length === 0 ? <p className="empty">{t('newInspection.noSites')}</p> : null}
      <ul className="site-options" role="listbox" aria-label={t('newInspection.existingSite')}>
        {(sites ?? []).map((site) => (
          <li
            key={site.id}
            role="option"
            aria-selected={selected?.id === site.id}
            tabIndex={0}
            onClick={() => onSelect(site)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(site);
              }
            }}
          >
            <strong>{site.name}</strong> <span className="muted">{site.creditCode}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
