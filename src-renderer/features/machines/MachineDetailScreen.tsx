/** One registry entry: every field, its check history, and 开始现场检查. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { machineTypeLabels } from '../../../shared/templates/machineLabels';
import { useServices } from '../../app/services';
import { formatDateTime } from '../../components/formatTime';
import { getMachine } from '../../db/machineRepository';
import { MachineCheckHistory } from './MachineCheckHistory';
import { MachineFacts } from './MachineFacts';
import { MachinePdfActions } from './MachinePdfActions';
import { StartMachineCheck } from './StartMachineCheck';
import { useLocalized } from './useLocalized';
import { RecordSyncPanel } from '../sync/RecordSyncPanel';

export function MachineDetailScreen() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { db } = useServices();
  const { id = '' } = useParams();
  const machine = useLiveQuery(async () => (await getMachine(db, id)) ?? null, [db, id]);
  const [starting, setStarting] = useState(false);

  if (machine === undefined) return <p>{t('app.loading')}</p>;
  if (machine === null) {
    return (
      <section className="screen">
        <p role="alert">{t('registry.detail.notFound')}</p>
        <Link to="/machines">{t('registry.detail.back')}</Link>
      </section>
    );
  }
  return (
    <section className="screen">
      <header className="screen-header">
        <h1>
          {localized(machineTypeLabels[machine.machineType])} {machine.brand} {machine.model}
        </h1>
      </header>
      <p>
        <span className="mono">PIN {machine.pin}</span> · {machine.owner}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          onClick={() => setStarting(true)}
          disabled={starting}
        >
          {t('registry.start.button')}
        </button>
        {machine.status === 'draft' ? (
          <Link className="button" to={`/machines/${machine.id}/edit`}>
            {t('registry.detail.edit')}
          </Link>
        ) : null}
        <MachinePdfActions machine={machine} />
        <Link to="/machines">{t('registry.detail.back')}</Link>
      </div>
      {starting ? <StartMachineCheck machine={machine} /> : null}
      <MachineFacts machine={machine} />
      <RecordSyncPanel record={machine} />
      <p className="muted">
        {t('registry.detail.registeredAt')} {formatDateTime(machine.createdAt)} ·{' '}
        {t('registry.detail.updatedAt')} {formatDateTime(machine.updatedAt)}
      </p>
      <MachineCheckHistory machineId={machine.id} />
    </section>
  );
}
