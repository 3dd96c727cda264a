/**
 * Device-local settings (profile, language, device identity). Values are parsed with their
 * schema on the way in and on the way out, so what a newer schema no longer accepts reads as
 * absent (the UI asks again) instead of flowing on unchecked.
 */
import type { AppDatabase } from './database';
import {
  settingSchemas,
  type Language,
  type SettingInput,
  type SettingKey,
  type SettingValue,
} from './settingSchemas';

export async function getSetting<K extends SettingKey>(
  db: AppDatabase,
  key: K,
): Promise<SettingValue<K> | undefined> {
  const row = await db.settings.get(key);
  if (!row) return undefined;
  const parsed = settingSchemas[key].safeParse(row.value);
  // The union of all setting types narrows back to this key's type through the schema map.
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

/** Parses (a ZodError leaves the stored value untouched) and stores; returns the parsed value. */
export async function setSetting<K extends SettingKey>(
  db: AppDatabase,
  key: K,
  value: SettingInput<K>,
): Promise<SettingValue<K>> {
  const parsed = settingSchemas[key].parse(value) as SettingValue<K>;
  await db.settings.put({ key, value: parsed });
  return parsed;
}

export async function getLanguage(db: AppDatabase): Promise<Language | undefined> {
  return getSetting(db, 'language');
}

export async function setLanguage(db: AppDatabase, language: Language): Promise<void> {
  await setSetting(db, 'language', language);
}
