/**
 * 开始现场检查 for a registered machine. The inspector stands on a construction site: if a
 * site already on this laptop matches the machine's registered site of use it is offered
 * first, otherwise a new site form opens with that name filled in (the Site schema needs a
 * credit code and a county, which only the inspector can supply).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { newRecordId } from '../../../shared/domain/ids';
import type { Machine } from '../../../shared/domain/machine';
import type { Site } from '../../../shared/domain/site';
import { useServices } from '../../app/services';
import { startMachineCheck } from '../../db/machineCheckDraft';
import { searchSites } from '../../db/siteRepository';
import { SiteForm, type NewSite } from '../inspections/SiteForm';
import { SitePicker } from '../inspections/SitePicker';
import { useProfile } from '../profile/useProfile';

export function StartMachineCheck({ machine }: { readonly machine: Machine }) {
  const { t } = useTranslation();
  const { db, device } = useServices();
  const profile = useProfile();
  const navigate = useNavigate();
  const known = useLiveQuery(
    async () => (machine.siteOfUse === '' ? [] : searchSites(db, machine.siteOfUse, 5)),
    [db, machine.siteOfUse],
  );
  const [chosenMode, setMode] = useState<'existing' | 'new'>();
  const [selected, setSelected] = useState<Site>();
  const [error, setError] = useState<string>();

  if (profile === undefined || known === undefined) return <p>{t('app.loading')}</p>;
  if (profile === null) {
    return (
      <p role="alert">
        {t('registry.start.needProfile')} <Link to="/settings">{t('nav.settings')}</Link>
      </p>
    );
  }
  const mode = chosenMode ?? (known.length > 0 ? 'existing' : 'new');

  const create = async (site: Site) => {
    setError(undefined);
    try {
      const draft = await startMachineCheck(db, {
        machine,
        site,
        inspectors: [profile],
        deviceId: device.deviceId,
      });
      void navigate(`/inspections/${draft.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section className="start-check" aria-labelledby="start-check-title">
      <h2 id="start-check-title">{t('registry.start.title')}</h2>
      <p className="intro">{t('registry.start.intro')}</p>
      {machine.siteOfUse ? (
        <p>{t('registry.start.siteOfUse', { site: machine.siteOfUse })}</p>
      ) : null}
      <fieldset className="choice">
        <legend>{t('registry.start.chooseSite')}</legend>
        <label className="radio">
          <input
            type="radio"
            name="siteMode"
            checked={mode === 'existing'}
            onChange={() => setMode('existing')}
          />
          {t('registry.start.existingSite')}
        </label>
        <label className="radio">
          <input
            type="radio"
            name="siteMode"
            checked={mode === 'new'}
            onChange={() => setMode('new')}
          />
          {t('registry.start.newSite')}
        </label>
      </fieldset>
      {mode === 'new' ? (
        <SiteForm
          defaultKind="construction"
          defaultName={machine.siteOfUse}
          submitLabel={t('registry.start.create')}
          onSubmit={(site: NewSite) => create({ ...site, id: newRecordId() })}
        />
      ) : (
        <>
          <SitePicker selected={selected} onSelect={setSelected} initialQuery={machine.siteOfUse} />
          {selected ? <p>{t('registry.start.selected', { name: selected.name })}</p> : null}
          <button
            type="button"
            className="primary"
            disabled={!selected}
            onClick={() => selected && void create(selected)}
          >
            {t('registry.start.create')}
          </button>
        </>
      )}
      {error ? (
        <p role="alert" className="field-error">
          {t('registry.start.failed', { message: error })}
        </p>
      ) : null}
    </section>
  );
}
