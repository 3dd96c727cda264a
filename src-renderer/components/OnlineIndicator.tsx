/** Shows whether the laptop has a network; the app works the same either way. */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine);
}

export function OnlineIndicator() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <span
      className={online ? 'net net-online' : 'net net-offline'}
      role="status"
      aria-live="polite"
      title={t(online ? 'network.onlineHint' : 'network.offlineHint')}
    >
      <span className="net-dot" aria-hidden="true" />
      {t(online ? 'network.online' : 'network.offline')}
    </span>
  );
}
