/** The control for one field of the registration form (text, number, date, select …). */
import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RegistrationField } from '../../../shared/templates/machineryRegistration';
import { shanghaiToday } from '../../db/machineFields';
import type { MachineFormInput } from './machineFormSchema';
import { useLocalized } from './useLocalized';

export type FormFieldName = Extract<RegistrationField['field'], keyof MachineFormInput>;

interface RegistrationControlProps {
  readonly spec: RegistrationField & { readonly field: FormFieldName };
  readonly register: UseFormRegister<MachineFormInput>;
  readonly onBlur?: () => void;
  // Set by components/Field (cloneElement) and passed on to the DOM control.
  readonly id?: string;
  readonly 'aria-invalid'?: boolean;
  readonly 'aria-describedby'?: string;
}

export function RegistrationControl({ spec, register, onBlur, ...rest }: RegistrationControlProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  // Field passes id and aria attributes through `rest`; they must reach the DOM element.
  const props = { ...rest, ...register(spec.field, onBlur ? { onBlur } : {}) };
  switch (spec.input) {
    case 'select':
      return (
        <select {...props}>
          <option value="">{t('registry.form.choose')}</option>
          {(spec.choices ?? []).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {localized(choice.label)}
            </option>
          ))}
        </select>
      );
    case 'number':
      // Text, not type=number: Chromium would silently drop letters, and the user must be
      // told why "110kW" is refused.
      return <input {...props} inputMode="decimal" autoComplete="off" />;
    case 'date':
      return <input {...props} type="date" max={shanghaiToday()} />;
    case 'phone':
      return <input {...props} type="tel" inputMode="tel" autoComplete="off" />;
    case 'credit-code':
      return <input {...props} spellCheck={false} autoComplete="off" maxLength={30} />;
    case 'text':
      return <input {...props} spellCheck={false} autoComplete="off" />;
  }
}
