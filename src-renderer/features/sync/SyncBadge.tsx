/** The per-record sync state as a small badge (lists and the record screen). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { getBadgeStates, type SyncBadgeState } from '../../db/recordSyncState';

export function SyncBadge({ state }: { state: SyncBadgeState | undefined }) {
  const { t } = useTranslation();
  if (!state) return null;
  return <span className={`badge badge-sync-${state}`}>{t(`sync.state.${state}`)}</span>;
}

/** Badge states of the ids on screen, live. */
export function useBadgeStates(ids: readonly string[]): Map<string, SyncBadgeState> | undefined {
  const { db } = useServices();
  const key = ids.join(',');
  // `key` stands for `ids`, a new array on every render of the list.
  return useLiveQuery(() => getBadgeStates(db, ids), [db, key]);
}
