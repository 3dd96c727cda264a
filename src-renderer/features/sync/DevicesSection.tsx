/**
 * 设备管理, on an admin device only (docs/deploy.md "Devices"): every enrolled device with
 * when it was last seen and synced and what it still had to send, and 停用 (revoke) after a
 * confirmation naming the device. The server refuses non-admin devices anyway (403).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CITY_SCOPE } from '../../../shared/sync/syncScope';
import { findCounty } from '../../../shared/domain/counties';
import type { DeviceListEntry } from '../../../shared/sync/wireSchemas';
import { formatDateTime } from '../../components/formatTime';
import { errorMessage } from '../../errors/errorMessage';
import { useSyncController, useSyncSnapshot } from './useSync';

export function DevicesSection() {
  const { t, i18n } = useTranslation();
  const controller = useSyncController();
  const { link } = useSyncSnapshot(controller);
  const [devices, setDevices] = useState<readonly DeviceListEntry[]>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const isAdmin = link?.role === 'admin';

  const load = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      setDevices((await controller.api.listDevices()).devices);
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }, [controller, t]);

  // The first load when the screen opens; state is set only when the answer arrives.
  useEffect(() => {
    if (!isAdmin) return;
    let live = true;
    controller.api.listDevices().then(
      (answer) => live && setDevices(answer.devices),
      (e: unknown) => live && setError(errorMessage(t, e)),
    );
    return () => {
      live = false;
    };
  }, [isAdmin, controller, t]);

  if (!isAdmin || !link) return null;

  const scopeText = (scope: string) => {
    if (scope === CITY_SCOPE) return t('sync.enrol.scopeCity');
    const county = findCounty(scope);
    return county ? (i18n.language === 'en' ? county.en : county.zh) : scope;
  };
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : t('sync.devices.never'));

  const revoke = async (device: DeviceListEntry) => {
    if (
      !window.confirm(
        t('sync.devices.confirmRevoke', { name: device.name, shortId: device.shortId ?? '' }),
      )
    )
      return;
    setNotice(null);
    setError(null);
    try {
      await controller.api.revokeDevice(device.id);
      setNotice(t('sync.devices.revokedDone', { name: device.name }));
      await load();
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <section aria-labelledby="devices-title">
      <h2 id="devices-title">{t('sync.devices.title')}</h2>
      <p>{t('sync.devices.intro')}</p>
      <button type="button" onClick={() => void load()} disabled={busy}>
        {busy ? t('sync.devices.loading') : t('sync.devices.load')}
      </button>
      {error && <p role="alert">{error}</p>}
      {notice && <p role="status">{notice}</p>}
      {devices && (
        <table aria-labelledby="devices-title">
          <thead>
            <tr>
              <th scope="col">{t('sync.devices.name')}</th>
              <th scope="col">{t('sync.devices.shortId')}</th>
              <th scope="col">{t('sync.devices.scope')}</th>
              <th scope="col">{t('sync.devices.role')}</th>
              <th scope="col">{t('sync.devices.enrolled')}</th>
              <th scope="col">{t('sync.devices.lastSeen')}</th>
              <th scope="col">{t('sync.devices.lastSync')}</th>
              <th scope="col">{t('sync.devices.outbox')}</th>
              <th scope="col">{t('sync.devices.state')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => {
              const self = d.id === link.serverDeviceId;
              return (
                <tr key={d.id}>
                  <th scope="row">
                    {d.name}
                    {self && ` (${t('sync.devices.thisDevice')})`}
                  </th>
                  <td>{d.shortId ?? '—'}</td>
                  <td>{scopeText(d.scope)}</td>
                  <td>
                    {d.role === 'admin' ? t('sync.devices.roleAdmin') : t('sync.devices.roleField')}
                  </td>
                  <td>{formatDateTime(d.enrolledAt)}</td>
                  <td>{when(d.lastSeenAt)}</td>
                  <td>{when(d.lastSyncAt)}</td>
                  <td>{d.outboxSize ?? '—'}</td>
                  <td>
                    {d.revokedAt
                      ? t('sync.devices.revoked', { at: formatDateTime(d.revokedAt) })
                      : t('sync.devices.active')}
                  </td>
                  <td>
                    {!self && !d.revokedAt && (
                      <button
                        type="button"
                        aria-label={`${t('sync.devices.revoke')} ${d.name}`}
                        onClick={() => void revoke(d)}
                      >
                        {t('sync.devices.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
