/** A failure's code (server error code, platform refusal or error name) as text for people. */
import type { TFunction } from 'i18next';

export function syncErrorText(t: TFunction, code: string): string {
  if (code === 'SyncNetworkError' || code === 'TypeError' || code === 'Failed to fetch')
    return t('sync.errors.network');
  const refused = /enrolRefused:(\w+)/.exec(code)?.[1];
  if (refused === 'enrol_code_invalid') return t('sync.errors.enrol_code_invalid');
  if (code.includes('serverUrl')) return t('sync.errors.serverUrl');
  if (code.includes('notEnrolled')) return t('sync.errors.notEnrolled');
  return t('sync.errors.generic', { message: refused ?? code });
}
