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
import { MachineDuplicateError, type DuplicateKey } from '../../db/machineDuplicateError';
import { normalizeMachineKey } from '../../db/machineKeys';
import { findDuplicates, registerMachine, updateMachine } from '../../db/machineRepository';
import { DuplicateNotice } from './DuplicateNotice';
import { MachineField } from './MachineField';
import {
  MachineForm as MachineFormSchema,
  type MachineFormInput,
  type MachineFormOutput,
} from './machineFormSchema';
import { RegistrationControl, type FormFieldName } from './RegistrationControl';
import { useLocalized } from './useLocalized';

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
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<MachineFormInput, unknown, MachineFormOutput>({
    resolver: zodResolver(MachineFormSchema),
    defaultValues: defaultsFor(machine),
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });

  const showClash = (found: Clash) => {
    setClash(found);
    const field = found.key === 'pin' ? 'pin' : 'registrationCode';
    const message =
      found.key === 'pin' ? 'registry.errors.duplicatePin' : 'registry.errors.duplicateCode';
    setError(field, { type: 'duplicate', message }, { shouldFocus: true });
  };

  /** Tells at once, when the PIN field is left, that the machine is already registered. */
  const checkPin = async () => {
    const pin = String(getValues('pin') ?? '');
    if (pin.trim() === '' || (machine && normalizeMachineKey(pin) === machine.pin)) return;
    const found = await findDuplicates(db, { id: machine?.id, pin });
    if (found.samePin.length > 0) showClash({ key: 'pin', existing: found.samePin });
    else if (clash?.key === 'pin') setClash(undefined);
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
      else setSaveError(e instanceof Error ? e.message : String(e));
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
              <MachineField
                key={spec.field}
                label={localized(spec.label)}
                hint={'hint' in spec ? localized(spec.hint) : undefined}
                unit={'unit' in spec ? spec.unit : undefined}
                required={spec.required}
                error={errors[spec.field satisfies FormFieldName]?.message}
              >
                <RegistrationControl
                  spec={spec}
                  register={register}
                  {...(spec.field === 'pin' ? { onBlur: () => void checkPin() } : {})}
                />
              </MachineField>
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
