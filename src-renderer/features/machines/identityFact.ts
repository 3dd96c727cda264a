/**
 * One field of a machine's identity as the screen shows it: the registration form's label and
 * the value (choice labels for type and stage, kW after the power), in the current language.
 */
import type { MachineIdentity } from '../../../shared/domain/machine';
import {
  machineryRegistrationForm,
  type RegistrationField,
} from '../../../shared/templates/machineryRegistration';
import type { LocalizedText } from '../../../shared/templates/localizedText';

const fields: readonly RegistrationField[] = machineryRegistrationForm.fields;

/** Null when the form has no such field or the identity leaves it empty. */
export function identityFact(
  identity: MachineIdentity,
  field: Exclude<keyof MachineIdentity, 'id'>,
  localized: (text: LocalizedText) => string,
): { label: string; text: string } | null {
  const spec = fields.find((f) => f.field === field);
  const value = identity[field];
  if (spec === undefined || value === undefined || value === '') return null;
  const choice = spec.choices?.find((c) => c.value === value)?.label;
  const text = choice ? localized(choice) : String(value);
  return { label: localized(spec.label), text: field === 'ratedPowerKw' ? `${text} kW` : text };
}
