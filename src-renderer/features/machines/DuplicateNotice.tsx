/**
 * Shows the registered machine(s) a new entry clashes with, each with a link, and for a
 * registration-code clash (different PIN) the explicit "this is a different machine" check.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Machine } from '../../../shared/domain/machine';
import type { DuplicateKey } from '../../db/machineDuplicateError';
import { MachineSummaryLine } from './MachineSummaryLine';

interface DuplicateNoticeProps {
  readonly duplicateKey: DuplicateKey;
  readonly existing: readonly Machine[];
  readonly confirmed: boolean;
  readonly onConfirm: (confirmed: boolean) => void;
}

export function DuplicateNotice({
  duplicateKey,
  existing,
  confirmed,
  onConfirm,
}: DuplicateNoticeProps) {
  const { t } = useTranslation();
  const pin = duplicateKey === 'pin';
  return (
    <section className="duplicate-notice" role="alert" aria-labelledby="duplicate-title">
      <h2 id="duplicate-title">
        {t(pin ? 'registry.duplicates.pinTitle' : 'registry.duplicates.codeTitle')}
      </h2>
      <p>{t(pin ? 'registry.duplicates.pinText' : 'registry.duplicates.codeText')}</p>
      <ul>
        {existing.map((machine) => (
          <li key={machine.id}>
            <MachineSummaryLine machine={machine} />{' '}
            <Link to={`/machines/${machine.id}`}>{t('registry.duplicates.open')}</Link>
          </li>
        ))}
      </ul>
      {pin ? null : (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(e) => onConfirm(e.target.checked)}
          />
          {t('registry.duplicates.confirmDifferent')}
        </label>
      )}
    </section>
  );
}
