/** 连接办公室服务器: the server address, the one-time code and this device's name. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SyncServerUrl } from '../../../shared/ipc/contract';
import { CITY_SCOPE } from '../../../shared/sync/syncScope';
import { findCounty } from '../../../shared/domain/counties';
import { useServices } from '../../app/services';
import { AppError } from '../../../shared/errors/appError';
import { errorMessage } from '../../errors/errorMessage';
import { toAppError } from '../../errors/toAppError';
import { useSyncController, useSyncSnapshot } from './useSync';

export function EnrolSection() {
  const { t, i18n } = useTranslation();
  const { bridge, device } = useServices();
  const controller = useSyncController();
  const { link } = useSyncSnapshot(controller);
  const [serverUrl, setServerUrl] = useState('');
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState(device.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    void controller.refreshLink();
  }, [controller]);

  if (link === undefined) return null;
  if (link) {
    const county = link.scope === CITY_SCOPE ? undefined : findCounty(link.scope);
    const scopeText =
      link.scope === CITY_SCOPE
        ? t('sync.enrol.scopeCity')
        : county
          ? i18n.language === 'en'
            ? county.en
            : county.zh
          : link.scope;
    return (
      <section aria-labelledby="enrol-title">
        <h2 id="enrol-title">{t('sync.enrol.title')}</h2>
        <p>{t('sync.enrol.enrolled', { server: link.serverUrl })}</p>
        <p>
          {t('sync.enrol.scope')}: <strong>{scopeText}</strong> · {link.deviceName}
        </p>
        <button
          type="button"
          onClick={() => {
            if (!window.confirm(t('sync.enrol.confirmForget'))) return;
            void bridge.sync.forget().then(() => controller.refreshLink());
          }}
        >
          {t('sync.enrol.forget')}
        </button>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!SyncServerUrl.safeParse(serverUrl).success)
      return setError(new AppError('sync.serverUrl'));
    setBusy(true);
    try {
      await bridge.sync.enrol({ serverUrl, code: code.trim(), deviceName: deviceName.trim() });
      await controller.refreshLink();
      void controller.syncNow();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="enrol-title">
      <h2 id="enrol-title">{t('sync.enrol.title')}</h2>
      <p className="notice">{t('sync.enrol.notEnrolled')}</p>
      <form onSubmit={(e) => void submit(e)} className="form">
        <div className="field">
          <label htmlFor="sync-server">{t('sync.enrol.serverUrl')}</label>
          <input
            id="sync-server"
            type="url"
            required
            value={serverUrl}
            placeholder={t('sync.enrol.serverUrlHint')}
            onChange={(e) => setServerUrl(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="sync-code">{t('sync.enrol.code')}</label>
          <input
            id="sync-code"
            required
            minLength={6}
            maxLength={40}
            autoComplete="off"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="sync-name">{t('sync.enrol.deviceName')}</label>
          <input
            id="sync-name"
            required
            maxLength={100}
            value={deviceName}
            onChange={(e) => setDeviceName(e.target.value)}
          />
        </div>
        {error ? (
          <p role="alert" className="warning">
            {errorMessage(t, error)}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('sync.enrol.busy') : t('sync.enrol.submit')}
        </button>
      </form>
    </section>
  );
}
