/** 设置: the inspector profile, language, and facts about this device. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { IpcOutput } from '../../../shared/ipc/contract';
import { useServices } from '../../app/services';
import { numberingShortId, readDeviceIdentity } from '../../db/deviceRepository';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ProfileForm } from '../profile/ProfileForm';
import { useProfile } from '../profile/useProfile';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { db, device, bridge, storageStatus } = useServices();
  const [storagePersisted, setStoragePersisted] = useState<boolean>();
  const profile = useProfile();
  const [info, setInfo] = useState<IpcOutput<'app:info'>>();
  // Live: the server's short id arrives with the first sync, after the app opened.
  const identity = useLiveQuery(() => readDeviceIdentity(db), [db]);

  useEffect(() => {
    void bridge.getAppInfo().then(setInfo);
  }, [bridge]);

  useEffect(() => {
    void storageStatus.then((s) => setStoragePersisted(s.persisted));
  }, [storageStatus]);

  return (
    <section className="screen">
      <h1>{t('settings.title')}</h1>
      <h2>{t('profile.title')}</h2>
      {profile === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <ProfileForm initial={profile ?? undefined} />
      )}
      <h2>{t('language.label')}</h2>
      <LanguageSwitch />
      <h2>{t('settings.device')}</h2>
      <dl className="facts">
        <dt>{t('settings.deviceShortId')}</dt>
        <dd>
          {numberingShortId(identity ?? device)}
          {(identity ?? device).assignedShortId !== undefined && (
            <> {t('settings.deviceShortIdAssigned', { own: device.shortId })}</>
          )}
        </dd>
        <dt>{t('settings.deviceId')}</dt>
        <dd className="mono">{device.deviceId}</dd>
        <dt>{t('settings.version')}</dt>
        <dd>{info?.version ?? ''}</dd>
        <dt>{t('settings.platform')}</dt>
        <dd>{info?.platform ?? ''}</dd>
        <dt>{t('settings.storage')}</dt>
        <dd>
          {storagePersisted === undefined
            ? ''
            : t(storagePersisted ? 'settings.persisted' : 'settings.notPersisted')}
        </dd>
      </dl>
      {storagePersisted !== false ? null : (
        <p className="warning">{t('app.storageNotPersisted')}</p>
      )}
    </section>
  );
}
