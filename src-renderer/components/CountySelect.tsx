/** The 13 county-level units of Lüliang, labelled in the UI language. */
import { forwardRef, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { counties } from '../../shared/domain/counties';

interface CountySelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  /** Offer "city level" as well (inspectors of the city bureau). */
  withCity?: boolean;
  /** Text of the empty choice; omitted means no empty choice. */
  emptyLabel?: string;
}

export const CountySelect = forwardRef<HTMLSelectElement, CountySelectProps>(function CountySelect(
  { withCity, emptyLabel, ...props },
  ref,
) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <select ref={ref} {...props}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {withCity ? <option value="city">{t('profile.cityLevel')}</option> : null}
      {counties.map((c) => (
        <option key={c.code} value={c.code}>
          {english ? c.en : c.zh}
        </option>
      ))}
    </select>
  );
});
