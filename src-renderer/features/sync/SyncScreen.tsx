/** 同步: what is waiting to go to the office from this device. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { OnlineIndicator } from '../../components/OnlineIndicator';
import { countOutbox } from '../../db/outboxRepository';

export function SyncScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const pending = useLiveQuery(() => countOutbox(db), [db]);
  return (
    <section className="screen">
      <h1>{t('sync.title')}</h1>
      <p>
        {t('sync.network')}: <OnlineIndicator />
      </p>
      {pending === undefined ? null : pending === 0 ? (
        <p>{t('sync.nothingPending')}</p>
      ) : (
        <p>{t('sync.pending', { count: pending })}</p>
      )}
    </section>
  );
}
