/**
 * A failure's code (server error code, platform refusal or error name) as a sentence for
 * people. Platform refusals arrive as message keys, sometimes inside a longer text (Electron
 * wraps IPC errors, zod lists its issues as JSON): the key is picked out of it, and neither
 * the key nor the text around it is ever shown.
 */
import type { TFunction } from 'i18next';

/** Codes with a sentence of their own in `sync.errors` (messages.ts). */
const KNOWN = new Set([
  'enrol_code_invalid',
  'attachments_missing',
  'out_of_scope',
  'unauthorized',
  'device_revoked',
  'admin_only',
  'rate_limited',
  'receipt_mismatch',
  'cancelled',
  'notEnrolled',
  'serverUrl',
]);

/** Every way "too big to send or to open" is said on these paths. */
const TOO_LARGE = new Set([
  'bodyTooLarge',
  'body_too_large',
  'too_large',
  'attachment_too_large',
  'responseTooLarge',
]);

export function syncErrorText(t: TFunction, raw: string): string {
  if (raw === 'SyncNetworkError' || raw === 'TypeError' || raw.includes('Failed to fetch'))
    return t('sync.errors.network');
  const refused = /enrolRefused:(\w+)/.exec(raw)?.[1];
  const key = /errors\.(?:sync\.)?(\w+)/.exec(raw)?.[1];
  const code = refused ?? key ?? raw;
  if (code === 'fileTooLarge') return t('sync.errors.fileTooLarge');
  if (TOO_LARGE.has(code)) return t('sync.errors.bodyTooLarge');
  if (KNOWN.has(code)) return t(`sync.errors.${code}`);
  if (/^\w{1,40}$/.test(code)) return t('sync.errors.code', { code });
  return t('sync.errors.unknown');
}
