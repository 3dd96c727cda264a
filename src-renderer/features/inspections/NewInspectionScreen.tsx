/** 新建检查: pick the checklist and the site (known or new), then a draft is created. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { newRecordId } from '../../../shared/domain/ids';
import { inspectionTypes, type InspectionType } from '../../../shared/domain/inspection';
import type { Site } from '../../../shared/domain/site';
import { useServices } from '../../app/services';
import { createDraftInspection } from '../../db/inspectionRepository';
import { useProfile } from '../profile/useProfile';
import { SiteForm, type NewSite } from './SiteForm';
import { SitePicker } from './SitePicker';
import { templateRefFor } from './templateRefFor';

export function NewInspectionScreen() {
  const { t } = useTranslation();
  const { db, device } = useServices();
  const profile = useProfile();
  const navigate = useNavigate();
  const [type, setType] = useState<InspectionType>('vocs');
  const [siteMode, setSiteMode] = useState<'existing' | 'new'>('new');
  const [selected, setSelected] = useState<Site>();
  const [error, setError] = useState<string>();

  if (profile === undefined) return <p>{t('app.loading')}</p>;
  if (profile === null) {
    return (
      <section className="screen">
        <h1>{t('newInspection.title')}</h1>
        <p role="alert">{t('newInspection.needProfile')}</p>
        <Link to="/settings">{t('nav.settings')}</Link>
      </section>
    );
  }

  const create = async (site: Site) => {
    setError(undefined);
    try {
      const draft = await createDraftInspection(db, {
        type,
        template: templateRefFor(type),
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
    <section className="screen">
      <h1>{t('newInspection.title')}</h1>
      <fieldset className="choice">
        <legend>{t('newInspection.chooseType')}</legend>
        {inspectionTypes.map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="type" value={value} checked={type === value} onChange={() => setType(value)} />
            {t(`inspectionType.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice">
        <legend>{t('newInspection.chooseSite')}</legend>
        <label className="radio">
          <input type="radio" name="siteMode" checked={siteMode === 'new'} onChange={() => setSiteMode('new')} />
          {t('newInspection.newSite')}
        </label>
        <label className="radio">
          <input
            type="radio"
            name="siteMode"
            checked={siteMode === 'existing'}
            onChange={() => setSiteMode('existing')}
          />
          {t('newInspection.existingSite')}
        </label>
      </fieldset>
      {siteMode === 'new' ? (
        <SiteForm
          key={type}
          defaultKind={type === 'vocs' ? 'enterprise' : 'construction'}
          submitLabel={t('newInspection.create')}
          onSubmit={(site: NewSite) => create({ ...site, id: newRecordId() })}
        />
      ) : (
        <>
          <SitePicker selected={selected} onSelect={setSelected} />
          {selected ? <p>{t('newInspection.selected', { name: selected.name })}</p> : null}
          <button type="button" className="primary" disabled={!selected} onClick={() => selected && void create(selected)}>
            {t('newInspection.create')}
          </button>
        </>
      )}
      {error ? (
        <p role="alert" className="field-error">
          {t('common.error', { message: error })}
        </p>
      ) : null}
    </section>
  );
}
