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
import type { Machine } from '../../../shared/domain/machine';
import type { Site } from '../../../shared/domain/site';
import { useServices } from '../../app/services';
import { startMachineCheck } from '../../db/machineCheckDraft';
import { searchSites } from '../../db/siteRepository';
import { SiteChoice } from '../inspections/SiteChoice';
import { useProfile } from '../profile/useProfile';
import { errorMessage } from '../../errors/errorMessage';

export function StartMachineCheck({ machine }: { readonly machine: Machine }) {
  const { t } = useTranslation();
  const { db, device } = useServices();
  const profile = useProfile();
  const navigate = useNavigate();
  const known = useLiveQuery(
    async () => (machine.siteOfUse === '' ? [] : searchSites(db, machine.siteOfUse, 5)),
    [db, machine.siteOfUse],
  );
  const [error, setError] = useState<string>();

  if (profile === undefined || known === undefined) return <p>{t('app.loading')}</p>;
  if (profile === null) {
    return (
      <p role="alert">
        {t('registry.start.needProfile')} <Link to="/settings">{t('nav.settings')}</Link>
      </p>
    );
  }

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
      setError(errorMessage(t, e));
    }
  };

  return (
    <section className="start-check" aria-labelledby="start-check-title">
      <h2 id="start-check-title">{t('registry.start.title')}</h2>
      <p className="intro">{t('registry.start.intro')}</p>
      {machine.siteOfUse ? (
        <p>{t('registry.start.siteOfUse', { site: machine.siteOfUse })}</p>
      ) : null}
      <SiteChoice
        labels={{
          legend: t('registry.start.chooseSite'),
          newSite: t('registry.start.newSite'),
          existingSite: t('registry.start.existingSite'),
          create: t('registry.start.create'),
          selected: (name) => t('registry.start.selected', { name }),
        }}
        defaultMode={known.length > 0 ? 'existing' : 'new'}
        existingFirst
        defaultKind="construction"
        siteName={machine.siteOfUse}
        onCreate={create}
      />
      {error ? (
        <p role="alert" className="field-error">
          {t('registry.start.failed', { message: error })}
        </p>
      ) : null}
    </section>
  );
}
