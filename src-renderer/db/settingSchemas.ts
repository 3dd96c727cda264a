/** What the `settings` table may hold, each key with the schema its value is parsed with. */
import { z } from 'zod';
import { DeviceId } from '../../shared/domain/ids';
import { Inspector } from '../../shared/domain/inspector';

export const languages = ['zh-CN', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

/** Digits 2–9 and capitals without I, L, O: nothing to misread on a printed record number. */
export const SHORT_ID_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export const DeviceIdentity = z.object({
  deviceId: DeviceId,
  /** Three characters in record numbers (孝义-2026-D7K-0042), derived from deviceId. */
  shortId: z.string().regex(new RegExp(`^[${SHORT_ID_ALPHABET}]{3}$`)),
  name: z.string().trim().min(1).max(60),
  /**
   * Four characters the office server assigned at enrolment, unique city-wide
   * (docs/records.md "Device short ids"). New record numbers use it from then on; numbers
   * already given keep the three-character id they were printed with.
   */
  assignedShortId: z
    .string()
    .regex(new RegExp(`^[${SHORT_ID_ALPHABET}]{4}$`))
    .optional(),
});
export type DeviceIdentity = z.infer<typeof DeviceIdentity>;

export const settingSchemas = {
  /** The inspector using this laptop. */
  profile: Inspector,
  language: Language,
  deviceIdentity: DeviceIdentity,
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;
export type SettingInput<K extends SettingKey> = z.input<(typeof settingSchemas)[K]>;
