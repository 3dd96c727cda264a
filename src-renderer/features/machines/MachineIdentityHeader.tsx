/**
 * The machine a machinery check is of, at the top of the check (docs/records.md "Machine
 * identity"): from the record's own copy once finalised (a later registry edit changes
 * nothing), from the registry while it is a draft.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../shared/domain/inspection';
import { machineIdentityOf, type MachineIdentity } from '../../../shared/domain/machine';
import { useServices } from '../../app/services';
import { getMachine } from '../../db/machineRepository';
import { identityFact } from './identityFact';
import { useLocalized } from './useLocalized';

const shownFields = [
  'machineType',
  'brand',
  'model',
  'pin',
  'pinMissingReason',
  'engineModel',
  'engineNumber',
  'owner',
  'registrationCode',
  'emissionStage',
  'ratedPowerKw',
  'registeredOn',
  'enteredSiteOn',
  'registeringCounty',
] as const satisfies readonly (keyof MachineIdentity)[];

export function MachineIdentityHeader({ inspection }: { readonly inspection: Inspection }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { db } = useServices();
  const { machineId } = inspection;
  const fromRegistry = useLiveQuery(
    async () =>
      inspection.machine || machineId === undefined
        ? null
        : ((await getMachine(db, machineId)) ?? null),
    [db, machineId, inspection.machine],
  );
  if (machineId === undefined && inspection.machine === undefined) return null;
  const identity =
    inspection.machine ?? (fromRegistry ? machineIdentityOf(fromRegistry) : undefined);
  if (identity === undefined)
    return fromRegistry === null ? (
      <p role="alert" className="warning">
        {t('evidence.problems.machine-unknown', { id: machineId ?? '' })}
      </p>
    ) : null;
  return (
    <section className="machine-identity" aria-label={t('registry.identity.title')}>
      <h2>{t('registry.identity.title')}</h2>
      <dl className="facts">
        {shownFields.map((field) => {
          const fact = identityFact(identity, field, localized);
          return fact === null ? null : (
            <div key={field} className="fact">
              <dt>{fact.label}</dt>
              <dd>{fact.text}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
