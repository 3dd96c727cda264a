/** Type, status, county, date range and site-name search over the local records. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inspectionTypes } from '../../../shared/domain/inspection';
import { knownTypesWith } from '../../../shared/templates/publishedRegistry';
import { CountySelect } from '../../components/CountySelect';
import type { InspectionFilter } from '../../db/inspectionRepository';
import { useInspectionTypeLabel } from './useInspectionTypeLabel';

interface Props {
  filter: InspectionFilter;
  onChange: (patch: Partial<Record<keyof InspectionFilter, string>>) => void;
}

export function InspectionFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const typeLabel = useInspectionTypeLabel();
  const [search, setSearch] = useState(filter.search ?? '');

  // Typing is debounced so each keystroke does not run a query.
  useEffect(() => {
    if (search.trim() === (filter.search ?? '')) return;
    const timer = setTimeout(() => onChange({ search: search.trim() }), 200);
    return () => clearTimeout(timer);
  }, [search, filter.search, onChange]);

  return (
    <fieldset className="filters">
      <legend>{t('inspections.filters')}</legend>
      <label>
        {t('inspections.search')}
        <input
          type="search"
          value={search}
          placeholder={t('inspections.searchPlaceholder')}
          onChange={(e) => setSearch(e.target.value)}
        />
      </label>
      <label>
        {t('inspections.type')}
        <select value={filter.type ?? ''} onChange={(e) => onChange({ type: e.target.value })}>
          <option value="">{t('common.all')}</option>
          {knownTypesWith(inspectionTypes).map((type) => (
            <option key={type} value={type}>
              {typeLabel(type)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('inspections.status')}
        <select value={filter.status ?? ''} onChange={(e) => onChange({ status: e.target.value })}>
          <option value="">{t('common.all')}</option>
          <option value="draft">{t('status.draft')}</option>
          <option value="finalized">{t('status.finalized')}</option>
        </select>
      </label>
      <label>
        {t('inspections.county')}
        <CountySelect
          value={filter.countyCode ?? ''}
          emptyLabel={t('common.all')}
          onChange={(e) => onChange({ countyCode: e.target.value })}
        />
      </label>
      <label>
        {t('inspections.from')}
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => onChange({ from: e.target.value })}
        />
      </label>
      <label>
        {t('inspections.to')}
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => onChange({ to: e.target.value })}
        />
      </label>
    </fieldset>
  );
}
