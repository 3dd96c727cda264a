/** Switches the UI language and remembers the choice on this device. */
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../db/settingsRepository';
import { isLanguage, languages } from '../i18n/i18n';
import { useServices } from '../app/services';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  return (
    <label className="lang-switch">
      <span>{t('language.label')}</span>
      <select
        value={i18n.language}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLanguage(next)) return;
          void i18n.changeLanguage(next);
          void setLanguage(db, next);
        }}
      >
        {languages.map((lng) => (
          <option key={lng} value={lng}>
            {t(`language.${lng}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
