/** 登记机械: a new registry entry; on save, its detail view. */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MachineForm } from './MachineForm';

export function NewMachineScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section className="screen">
      <h1>{t('registry.form.newTitle')}</h1>
      <MachineForm
        onSaved={(m) => void navigate(`/machines/${m.id}`)}
        onCancel={() => void navigate('/machines')}
      />
    </section>
  );
}
