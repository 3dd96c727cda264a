/** 机械登记: the non-road machinery registry on this device. */
import { useTranslation } from 'react-i18next';

export function MachineListScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <h1>{t('machines.title')}</h1>
      <p className="empty">{t('machines.empty')}</p>
    </section>
  );
}
