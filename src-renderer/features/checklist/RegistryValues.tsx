/**
 * 登记值 beside a machinery check item that compares the nameplate with the registry
 * (shared/templates/registryCompare.ts; docs/records.md "Machine identity"). Nothing for
 * other items.
 */
import { useTranslation } from 'react-i18next';
import type { MachineIdentity } from '../../../shared/domain/machine';
import { registryFieldsFor } from '../../../shared/templates/registryCompare';
import { identityFact } from '../machines/identityFact';
import { useLocalized } from './useLocalized';

export function RegistryValues({
  itemId,
  machine,
}: {
  readonly itemId: string;
  readonly machine: MachineIdentity;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const values = registryFieldsFor(itemId, machine)
    .map((field) => identityFact(machine, field, localized))
    .filter((fact) => fact !== null)
    .map((fact) => `${fact.label} ${fact.text}`);
  if (values.length === 0) return null;
  return (
    <p className="item-registry">
      {t('registry.identity.registryValue', { values: values.join('；') })}
    </p>
  );
}
