/** The stored inspector profile, live: undefined while loading, null when none is saved. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Inspector } from '../../../shared/domain/inspector';
import { useServices } from '../../app/services';
import { getProfile } from '../../db/profileRepository';

export function useProfile(): Inspector | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await getProfile(db)) ?? null, [db]);
}
