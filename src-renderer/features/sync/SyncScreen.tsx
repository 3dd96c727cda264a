/** 同步: enrolment, sync now with its progress, files for the USB stick, and (admin devices) 设备管理. */
import { useTranslation } from 'react-i18next';
import { OnlineIndicator } from '../../components/OnlineIndicator';
import { DevicesSection } from './DevicesSection';
import { EnrolSection } from './EnrolSection';
import { FilesSection } from './FilesSection';
import { SyncRunSection } from './SyncRunSection';

export function SyncScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <h1>{t('sync.title')}</h1>
      <p>
        {t('sync.network')}: <OnlineIndicator />
      </p>
      <EnrolSection />
      <SyncRunSection />
      <FilesSection />
      <DevicesSection />
    </section>
  );
}
