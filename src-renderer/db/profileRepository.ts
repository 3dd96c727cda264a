/** The profile of the inspector using this laptop: prefilled into every new inspection. */
import type { Inspector, InspectorInput } from '../../shared/domain/inspector';
import type { AppDatabase } from './database';
import { getSetting, setSetting } from './settingsRepository';

export async function getProfile(db: AppDatabase): Promise<Inspector | undefined> {
  return getSetting(db, 'profile');
}

/** Validates with the Inspector schema (a ZodError stores nothing) and stores the result. */
export async function saveProfile(db: AppDatabase, input: InspectorInput): Promise<Inspector> {
  return setSetting(db, 'profile', input);
}
