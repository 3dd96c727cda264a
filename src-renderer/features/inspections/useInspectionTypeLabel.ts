/**
 * The name of an inspection type: the built-ins' own translation, else the title of the
 * newest published template of that type (docs/templates.md), so a checklist the office
 * publishes is named in lists and filters with no code change.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { newestPublishedOfType } from '../../../shared/templates/publishedRegistry';

export function useInspectionTypeLabel(): (type: string) => string {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback(
    (type: string) => {
      const key = `inspectionType.${type}`;
      if (i18n.exists(key)) return t(key);
      const template = newestPublishedOfType(type);
      return template === undefined ? type : english ? template.title.en : template.title.zh;
    },
    [t, i18n, english],
  );
}
