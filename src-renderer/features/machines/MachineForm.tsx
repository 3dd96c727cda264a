/**
 * The registration form (machineryRegistrationForm as data, grouped): new or edit. Every
 * field is checked at the field; a PIN or code already in the registry is shown with a link
 * to the existing entry, and nothing is saved until the user opens it or, for a code clash
 * only, confirms this is a different machine.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Machine } from '../../../shared/domain/machine';
import { machineryRegistrationForm } from '../../../shared/templates/machineryRegistration';
import { useServices } from '../../app/services';
import { Field } from '../../components/Field';
import { MachineDuplicateError, type DuplicateKey } from '../../db/machineDuplicateError';
import { normalizeMachineKey } from '../../db/machineKeys';
import { findDuplicates, registerMachine, updateMachine } from '../../db/machineRepository';
import { DuplicateNotice } from './DuplicateNotice';
import {
  MachineForm as MachineFormSchema,
  type MachineFormInput,
  type MachineFormOutput,
} from './machineFormSchema';
import { RegistrationControl, type FormFieldName } from './RegistrationControl';
import { useLocalized } from './useLocalized';
import { errorMessage } from '../../errors/errorMessage';

/** An i18n key this form may show; anything else (a library's English text) is generic. */
function registryErrorKey(message: string): string {
  if (message.startsWith('errors.') || message.startsWith('registry.errors.')) return message;
  return 'errors.invalid';
}

interface Clash {
  readonly key: DuplicateKey;
  readonly existing: readonly Machine[];
}

function defaultsFor(machine: Machine | undefined): DefaultValues<MachineFormInput> {
  if (!machine) return { fuel: 'diesel', ratedPowerKw: '' };
  const { attachments: _attachments, ...rest } = machine;
  return { ...rest, ratedPowerKw: String(machine.ratedPowerKw) };
}

interface MachineFormProps {
  /** The entry being edited; absent for a new registration. */
  readonly machine?: Machine;
  readonly onSaved: (machine: Machine) => void;
  readonly onCancel: () => void;
}

export function MachineForm({ machine, onSaved, onCancel }: MachineFormProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { db, device } = useServices();
  const [clash, setClash] = useState<Clash>();
  const [confirmedCode, setConfirmedCode] = useState<string>();
  const [saveError, setSaveError] = useState<string>();
  const {
    register,
    handleSubmit,
    setFocus,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<MachineFormInput, unknown, MachineFormOutput>({
    resolver: zodResolver(MachineFormSchema),
    defaultValues: defaultsFor(machine),
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });

  // Kept apart from the form's errors: the resolver rewrites those on every blur, and a
  // clash found by a query must not be wiped by a validation that knows nothing of it.
  const showClash = (found: Clash) => {
    setClash(found);
    setFocus(found.key);
  };
  const clashMessage = (field: FormFieldName): string | undefined => {
    if (clash?.key !== field) return undefined;
    return field === 'pin' ? 'registry.errors.duplicatePin' : 'registry.errors.duplicateCode';
  };

  /**
   * Leaving the PIN or code field checks it against the registry at once, so the user learns
   * of a registered machine before filling the rest; a fixed value clears the notice.
   */
  const checkKey = async (key: DuplicateKey) => {
    const value = normalizeMachineKey(String(getValues(key) ?? ''));
    const unchanged = machine !== undefined && value === machine[key];
    const found =
      value === '' || unchanged
        ? { samePin: [], sameCode: [] }
        : await findDuplicates(
            db,
            key === 'pin'
              ? { id: machine?.id, pin: value }
              : { id: machine?.id, pin: '', registrationCode: value },
          );
    const existing = key === 'pin' ? found.samePin : found.sameCode;
    if (existing.length > 0) setClash({ key, existing });
    else setClash((current) => (current?.key === key ? undefined : current));
  };

  const save = async (values: MachineFormOutput) => {
    setSaveError(undefined);
    const code = normalizeMachineKey(values.registrationCode);
    const options = { confirmedDifferentMachine: code !== '' && confirmedCode === code };
    try {
      const saved = machine
        ? await updateMachine(db, machine.id, values, options)
        : await registerMachine(db, values, { ...options, deviceId: device.deviceId });
      onSaved(saved);
    } catch (e) {
      if (e instanceof MachineDuplicateError) showClash({ key: e.key, existing: e.existing });
      else setSaveError(errorMessage(t, e));
    }
  };

  const fields = machineryRegistrationForm.fields;
  return (
    <form className="machine-form" noValidate onSubmit={(e) => void handleSubmit(save)(e)}>
      {machineryRegistrationForm.groups.map((group) => (
        <fieldset key={group.id} className="form">
          <legend>{localized(group.title)}</legend>
          {fields
            .filter((spec) => spec.group === group.id)
            .map((spec) => (
              <Field
                key={spec.field}
                label={localized(spec.label)}
                hint={'hint' in spec ? localized(spec.hint) : undefined}
                unit={'unit' in spec ? spec.unit : undefined}
                required={spec.required}
                errorKeyOf={registryErrorKey}
                error={
                  errors[spec.field satisfies FormFieldName]?.message ?? clashMessage(spec.field)
                }
              >
                <RegistrationControl
                  spec={spec}
                  register={register}
                  {...(spec.field === 'pin' || spec.field === 'registrationCode'
                    ? { onBlur: () => void checkKey(spec.field) }
                    : {})}
                />
              </Field>
            ))}
        </fieldset>
      ))}
      {clash ? (
        <DuplicateNotice
          duplicateKey={clash.key}
          existing={clash.existing}
          confirmed={
            confirmedCode !== undefined &&
            confirmedCode === normalizeMachineKey(String(getValues('registrationCode') ?? ''))
          }
          onConfirm={(yes) =>
            setConfirmedCode(
              yes ? normalizeMachineKey(String(getValues('registrationCode') ?? '')) : undefined,
            )
          }
        />
      ) : null}
      {saveError ? (
        <p role="alert" className="field-error">
          {t('registry.form.saveFailed', { message: saveError })}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {t('registry.form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('registry.form.cancel')}
        </button>
      </div>
    </form>
  );
}
