/** One line naming a machine as an inspector recognises it: type, brand and model, PIN, owner. */
import type { Machine } from '../../../shared/domain/machine';
import { machineTypeLabels } from '../../../shared/templates/machineLabels';
import { useLocalized } from './useLocalized';

export function MachineSummaryLine({ machine }: { readonly machine: Machine }) {
  const localized = useLocalized();
  return (
    <span className="machine-line">
      <strong>
        {localized(machineTypeLabels[machine.machineType])} {machine.brand} {machine.model}
      </strong>{' '}
      <span className="mono">PIN {machine.pin}</span> <span className="muted">{machine.owner}</span>
    </span>
  );
}
