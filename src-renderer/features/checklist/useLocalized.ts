/** Template text in the UI language (templates carry zh and en). */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/templates/localizedText';

export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback((text: LocalizedText) => (english ? text.en : text.zh), [english]);
}
