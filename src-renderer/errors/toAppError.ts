/**
 * Any thrown value as an AppError (docs/architecture.md "Error path"): AppErrors as they are,
 * failed parses by their first issue, the store's and the renderer's own error classes by
 * their name (so this module imports none of the features), anything else as `unknown`.
 */
import { ZodError } from 'zod';
import { AppError, appErrorOfZod } from '../../shared/errors/appError';

/** A field of an error, read without trusting its shape. */
function field(error: object, key: string): unknown {
  return Reflect.get(error, key) as unknown;
}

const RECORD_STATE_CODES = {
  finalized: 'record.finalized',
  'not-draft': 'record.notDraft',
  'not-found': 'record.notFound',
  'not-finalized': 'record.notFinalized',
} as const;

/** Glyphs the PDF font lacks (shared/pdf/missingGlyphs.ts), as the sentence's values. */
function missingGlyphParams(error: Error): { chars: string; fields: string } {
  const missing = field(error, 'missing');
  const list = Array.isArray(missing) ? (missing as unknown[]) : [];
  const text = (key: string) =>
    [
      ...new Set(
        list.map((m) => (typeof m === 'object' && m !== null ? String(field(m, key)) : '')),
      ),
    ]
      .filter(Boolean)
      .join('、')
      .slice(0, 400);
  return { chars: text('char'), fields: text('field') };
}

/** Dexie wraps the browser's errors; the cause, when there is one, says more. */
function isQuotaError(error: Error): boolean {
  const inner = field(error, 'inner');
  return (
    error.name === 'QuotaExceededError' ||
    (inner instanceof Error && inner.name === 'QuotaExceededError')
  );
}

/** Names of Dexie's and IndexedDB's errors (dexie.org/docs/DexieErrors/DexieError). */
const STORAGE_ERROR_NAMES = new Set([
  'AbortError',
  'ConstraintError',
  'DatabaseClosedError',
  'DataCloneError',
  'DataError',
  'InvalidStateError',
  'InvalidTableError',
  'MissingAPIError',
  'OpenFailedError',
  'PrematureCommitError',
  'ReadOnlyError',
  'SubTransactionError',
  'TransactionInactiveError',
  'UnknownError',
  'VersionError',
]);

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return appErrorOfZod(error);
  if (!(error instanceof Error)) return new AppError('unknown', undefined, String(error));
  const cause = { cause: error };
  if (isQuotaError(error)) return new AppError('storage.full', undefined, error.message, cause);
  switch (error.name) {
    case 'RecordStateError': {
      const problem = field(error, 'problem');
      const code =
        typeof problem === 'string' && Object.hasOwn(RECORD_STATE_CODES, problem)
          ? RECORD_STATE_CODES[problem as keyof typeof RECORD_STATE_CODES]
          : 'unknown';
      return new AppError(code, undefined, error.message, cause);
    }
    case 'FinaliseBlockedError': {
      const problems = field(error, 'problems');
      const count = Array.isArray(problems) ? problems.length : 0;
      return new AppError('record.finaliseBlocked', { count }, error.message, cause);
    }
    case 'AttachmentInUseError':
      return new AppError('attachment.inUse', undefined, error.message, cause);
    case 'MachineDuplicateError':
      return new AppError(
        field(error, 'key') === 'pin' ? 'machine.duplicatePin' : 'machine.duplicateCode',
        undefined,
        error.message,
        cause,
      );
    case 'MissingGlyphError':
      return new AppError('pdf.missingGlyph', missingGlyphParams(error), error.message, cause);
    default:
      return STORAGE_ERROR_NAMES.has(error.name)
        ? new AppError('storage.failed', undefined, `${error.name}: ${error.message}`, cause)
        : new AppError('unknown', undefined, `${error.name}: ${error.message}`, cause);
  }
}
