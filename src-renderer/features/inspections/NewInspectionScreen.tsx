/** 新建检查: pick the checklist and the site (known or new), then a draft is created. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { InspectionType } from '../../../shared/domain/inspection';
import { offeredTypes } from '../../../shared/templates/registry';
import type { Site } from '../../../shared/domain/site';
import { useServices } from '../../app/services';
import { createDraftInspection } from '../../db/inspectionRepository';
import { useProfile } from '../profile/useProfile';
import { SiteChoice } from './SiteChoice';
import { templateRefFor } from './templateRefFor';
import { errorMessage } from '../../errors/errorMessage';
import { useInspectionTypeLabel } from './useInspectionTypeLabel';

export function NewInspectionScreen() {
  const { t } = useTranslation();
  const typeLabel = useInspectionTypeLabel();
  const { db, device } = useServices();
  const profile = useProfile();
  const navigate = useNavigate();
  const [type, setType] = useState<InspectionType>('vocs');
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
      setError(errorMessage(t, e));
    }
  };

  return (
    <section className="screen">
      <h1>{t('newInspection.title')}</h1>
      <fieldset className="choice">
        <legend>{t('newInspection.chooseType')}</legend>
        {offeredTypes().map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="type"
              value={value}
              checked={type === value}
              onChange={() => setType(value)}
            />
            {typeLabel(value)}
          </label>
        ))}
      </fieldset>
      <SiteChoice
        labels={{
          legend: t('newInspection.chooseSite'),
          newSite: t('newInspection.newSite'),
          existingSite: t('newInspection.existingSite'),
          create: t('newInspection.create'),
          selected: (name) => t('newInspection.selected', { name }),
        }}
        defaultMode="new"
        defaultKind={type === 'dust' || type === 'machinery' ? 'construction' : 'enterprise'}
        formKey={type}
        onCreate={create}
      />
      {error ? (
        <p role="alert" className="field-error">
          {t('common.error', { message: error })}
        </p>
      ) : null}
    </section>
  );
}
