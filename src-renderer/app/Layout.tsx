/** The shell: title, network state, language, and the four sections of the app. */
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { OnlineIndicator } from '../components/OnlineIndicator';
import { useSyncAutoStart } from '../features/sync/useSyncAutoStart';

const sections = [
  { to: '/inspections', key: 'nav.inspections' },
  { to: '/machines', key: 'nav.machines' },
  { to: '/rectification', key: 'rectification.nav' },
  { to: '/desk', key: 'desk.nav' },
  { to: '/sync', key: 'nav.sync' },
  { to: '/verify', key: 'nav.verify' },
  { to: '/settings', key: 'nav.settings' },
] as const;

export function Layout() {
  const { t } = useTranslation();
  useSyncAutoStart();
  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <div className="topbar-tools">
          <OnlineIndicator />
          <LanguageSwitch />
        </div>
      </header>
      <nav className="sidenav" aria-label={t('nav.main')}>
        {sections.map((s) => (
          <NavLink key={s.to} to={s.to}>
            {t(s.key)}
          </NavLink>
        ))}
      </nav>
      <main className="content">
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
