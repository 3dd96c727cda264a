/** i18next set-up: zh-CN first, English switchable; every visible string goes through here. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { checklistEn, checklistZh } from '../features/checklist/messages';
import { deskEn, deskZh } from '../features/desk/messages';
import { evidenceEn, evidenceZh } from '../features/evidence/messages';
import { registryEn, registryZh } from '../features/machines/messages';
import { pdfEn, pdfZh } from '../features/pdf/messages';
import { rectificationEn, rectificationZh } from '../features/rectification/messages';
import { syncEn, syncZh } from '../features/sync/messages';
import { verifyEn, verifyZh } from '../features/verify/messages';
import { appErrorsEn, appErrorsZh } from '../errors/messages';
import { en } from './en';
import { zhCN } from './zhCN';

/**
 * One translation per language: the shell's messages plus one namespace per feature, so
 * features add their text in their own folder (`features/<feature>/messages.ts`).
 */
/** Exported for the test that every error code and key has text (tests/renderer/errors). */
export const resources = {
  'zh-CN': {
    translation: {
      ...zhCN,
      checklist: checklistZh,
      registry: registryZh,
      evidence: evidenceZh,
      pdf: pdfZh,
      sync: syncZh,
      rectification: rectificationZh,
      verify: verifyZh,
      appErrors: appErrorsZh,
      desk: deskZh,
    },
  },
  en: {
    translation: {
      ...en,
      checklist: checklistEn,
      registry: registryEn,
      evidence: evidenceEn,
      pdf: pdfEn,
      sync: syncEn,
      rectification: rectificationEn,
      verify: verifyEn,
      appErrors: appErrorsEn,
      desk: deskEn,
    },
  },
};

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export async function initI18n(language: Language = DEFAULT_LANGUAGE): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

/** zod issues carry i18n keys (`errors.…`); anything else is shown as the generic message. */
export function errorKey(message: string | undefined): string {
  if (!message) return 'errors.invalid';
  return message.startsWith('errors.') ? message : 'errors.invalid';
}
