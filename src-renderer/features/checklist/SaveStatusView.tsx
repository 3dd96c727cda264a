/** 已保存 hh:mm:ss (Asia/Shanghai) as a polite status; a failed write as a loud alert with retry. */
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../components/formatTime';
import type { SaveStatus } from './autosaver';
import { errorMessage } from '../../errors/errorMessage';

export function SaveStatusView({
  status,
  lastSavedAt,
  onRetry,
}: {
  status: SaveStatus;
  lastSavedAt: string | undefined;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const text =
    status.state === 'error'
      ? t('checklist.save.notSaved')
      : status.state === 'saving'
        ? t('checklist.save.saving')
        : status.state === 'pending'
          ? t('checklist.save.pending')
          : lastSavedAt !== undefined
            ? t('checklist.save.saved', { time: formatClock(lastSavedAt) })
            : t('checklist.save.idle');
  return (
    <div className="save-status">
      <p role="status" className={`save-state save-state-${status.state}`}>
        {text}
      </p>
      {status.state === 'error' ? (
        <div role="alert" className="save-error">
          {t('checklist.save.failed', {
            message: errorMessage(t, status.error),
            attempt: status.attempt,
          })}{' '}
          <button type="button" onClick={onRetry}>
            {t('checklist.save.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
