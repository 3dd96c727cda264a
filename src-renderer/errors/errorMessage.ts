/**
 * The one way an error reaches a person: a sentence for its AppErrorCode, in the current
 * language (src-renderer/errors/messages.ts). Raw error text is never shown; errors of
 * code `unknown` are logged with what they carried (docs/architecture.md "Error path").
 */
import type { TFunction } from 'i18next';
import i18next from 'i18next';
import type { AppError } from '../../shared/errors/appError';
import { toAppError } from './toAppError';

/** Where unexplained errors go; tests replace it to keep their output quiet. */
let logUnknownError: (error: AppError) => void = (error) => {
  console.error('Unexpected error', error.detail ?? error.code, error.cause ?? error);
};

export function setUnknownErrorLog(log: (error: AppError) => void): void {
  logUnknownError = log;
}

/** Codes whose sentence names the schema problem: the message key of the first issue. */
function reasonOf(t: TFunction, messageKey: unknown): string {
  return typeof messageKey === 'string' && messageKey !== '' && i18next.exists(messageKey)
    ? t(messageKey)
    : t('errors.invalid');
}

export function errorMessage(t: TFunction, error: unknown): string {
  const app = toAppError(error);
  if (app.code === 'unknown') logUnknownError(app);
  // Defaults for every value a sentence names, so a sentence never shows a bare placeholder.
  const params: Record<string, string | number> = {
    status: '—',
    count: 0,
    chars: '—',
    fields: '—',
    ...app.params,
  };
  if (app.code === 'input.invalid' || app.code === 'ipc.invalidInput')
    params['reason'] = reasonOf(t, params['messageKey']);
  return t(`appErrors.${app.code}`, params);
}
