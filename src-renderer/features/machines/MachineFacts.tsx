/** Every registered field of a machine, grouped and labelled as on the registration form. */
import type { Machine } from '../../../shared/domain/machine';
import {
  machineryRegistrationForm,
  type RegistrationField,
} from '../../../shared/templates/machineryRegistration';
import { useLocalized } from './useLocalized';

function shown(
  spec: RegistrationField,
  machine: Machine,
  localized: (t: { zh: string; en: string }) => string,
): string {
  const value = machine[spec.field];
  if (spec.input === 'select')
    return localized(spec.choices?.find((c) => c.value === value)?.label ?? { zh: '', en: '' });
  if (typeof value === 'number') return spec.unit ? `${value} ${spec.unit}` : String(value);
  return typeof value === 'string' ? value : '';
}

export function MachineFacts({ machine }: { readonly machine: Machine }) {
  const localized = useLocalized();
  return (
    <>
      {machineryRegistrationForm.groups.map((group) => (
        <section key={group.id} className="machine-facts">
          <h2>{localized(group.title)}</h2>
          <dl className="facts">
            {machineryRegistrationForm.fields
              .filter((spec) => spec.group === group.id)
              .map((spec) => (
                <div key={spec.field} className="fact">
                  <dt>{localized(spec.label)}</dt>
                  <dd>{shown(spec, machine, localized) || '—'}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </>
  );
}
