/** 符合 / 不符合 / 不适用 as one native radio group: Tab enters it, arrow keys choose. */
import { useTranslation } from 'react-i18next';
import { ItemResult } from '../../../shared/domain/inspection';

interface ResultRadiosProps {
  name: string;
  value: ItemResult | undefined;
  disabled: boolean;
  onChange: (result: ItemResult) => void;
}

export function ResultRadios({ name, value, disabled, onChange }: ResultRadiosProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="result-radios">
      <legend className="visually-hidden">{t('checklist.resultLegend')}</legend>
      {ItemResult.options.map((result) => (
        <label key={result} className={`radio result-${result}`}>
          <input
            type="radio"
            name={name}
            value={result}
            checked={value === result}
            disabled={disabled}
            onChange={() => onChange(result)}
          />
          {t(`checklist.result.${result}`)}
        </label>
      ))}
    </fieldset>
  );
}
