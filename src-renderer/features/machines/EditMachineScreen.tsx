/** 修改登记信息: the registration form filled with the stored entry. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useServices } from '../../app/services';
import { getMachine } from '../../db/machineRepository';
import { MachineForm } from './MachineForm';

export function EditMachineScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // The form takes these values once (defaultValues): a later write cannot reset what is typed.
  const machine = useLiveQuery(async () => (await getMachine(db, id)) ?? null, [db, id]);

  if (machine === undefined) return <p>{t('app.loading')}</p>;
  if (machine === null) {
    return (
      <section className="screen">
        <p role="alert">{t('registry.detail.notFound')}</p>
        <Link to="/machines">{t('registry.detail.back')}</Link>
      </section>
    );
  }
  const back = () => void navigate(`/machines/${machine.id}`);
  return (
    <section className="screen">
      <h1>{t('registry.form.editTitle')}</h1>
      <MachineForm key={machine.id} machine={machine} onSaved={back} onCancel={back} />
    </section>
  );
}
