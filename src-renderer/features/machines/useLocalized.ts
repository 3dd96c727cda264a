/** Picks the zh or en side of template text (shared/templates) for the current language. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/templates/localizedText';

export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback((text: LocalizedText) => (english ? text.en : text.zh), [english]);
}
