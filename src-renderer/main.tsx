/**
 * Renderer start-up: open the local database, restore the language, ask for persistent
 * storage, then draw the app. A database held by another window is said plainly.
 */
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ServicesProvider, type AppServices } from './app/services';
import { openDatabase, requestPersistentStorage } from './db/database';
import { loadPublishedTemplates } from './db/loadPublishedTemplates';
import { getDeviceIdentity } from './db/deviceRepository';
import { getLanguage } from './db/settingsRepository';
import { errorMessage } from './errors/errorMessage';
import { appErrorsZh } from './errors/messages';
import { DEFAULT_LANGUAGE, initI18n } from './i18n/i18n';
import { zhCN } from './i18n/zhCN';
import { getBridge } from './platform/bridge';
import './styles.css';

const rootElement = document.getElementById('root');

function showFatal(message: string): void {
  if (!rootElement) return;
  const box = document.createElement('p');
  box.setAttribute('role', 'alert');
  box.className = 'fatal';
  box.textContent = message;
  rootElement.replaceChildren(box);
}

async function start(): Promise<void> {
  const db = openDatabase(undefined, {
    onBlocked: () => showFatal(zhCN.app.blocked),
    onVersionChange: () => showFatal(zhCN.app.versionChange),
  });
  // Persistent storage is asked for now but not waited on: the first screen must not wait.
  const storageStatus = requestPersistentStorage().catch(() => ({ persisted: false }));
  // Published checklists (docs/templates.md) must be known before a record opens.
  const [device, language] = await Promise.all([
    getDeviceIdentity(db),
    getLanguage(db),
    loadPublishedTemplates(db),
  ]);
  await initI18n(language ?? DEFAULT_LANGUAGE);
  const services: AppServices = {
    db,
    device,
    bridge: getBridge(),
    storageStatus,
  };
  if (!rootElement) return;
  createRoot(rootElement).render(
    <StrictMode>
      <ServicesProvider value={services}>
        <App />
      </ServicesProvider>
    </StrictMode>,
  );
}

/** A failed start says what failed as a sentence (errorMessage), in zh-CN if i18n never started. */
async function reportFatal(error: unknown): Promise<void> {
  const i18n = i18next.isInitialized ? i18next : await initI18n(DEFAULT_LANGUAGE);
  showFatal(i18n.t('common.error', { message: errorMessage(i18n.t, error) }));
}

start().catch((error: unknown) => {
  reportFatal(error).catch(() =>
    showFatal(zhCN.common.error.replace('{{message}}', appErrorsZh.unknown)),
  );
});
