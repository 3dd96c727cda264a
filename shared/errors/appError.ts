/**
 * The one typed error that crosses main, IPC and HTTP (docs/architecture.md "Error path").
 * Code that knows what went wrong throws an AppError with a code from errorCodes.ts; the
 * boundaries serialise it, and the renderer turns the code into a sentence.
 */
import type { z } from 'zod';
import { SerialisedAppError, type AppErrorCode, type AppErrorParams } from './errorCodes';

export class AppError extends Error {
  override name = 'AppError';

  constructor(
    readonly code: AppErrorCode,
    readonly params?: AppErrorParams,
    /** For logs: what the code alone does not say (a path, the OS's words). */
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail === undefined ? code : `${code}: ${detail}`, options);
  }

  toJSON(): SerialisedAppError {
    return {
      code: this.code,
      ...(this.params ? { params: this.params } : {}),
      ...(this.detail !== undefined ? { detail: this.detail.slice(0, 4000) } : {}),
    };
  }

  static from(serialised: SerialisedAppError, options?: { cause?: unknown }): AppError {
    return new AppError(serialised.code, serialised.params, serialised.detail, options);
  }
}

/**
 * Electron passes only an error's `message` from main to the renderer (and prefixes it with
 * "Error invoking remote method …"), so main writes the AppError as JSON after this marker
 * and the bridge reads it back: the one place an error crosses as text.
 */
export const IPC_ERROR_MARKER = '§app-error§';

export function encodeIpcErrorMessage(error: AppError): string {
  return `${IPC_ERROR_MARKER}${JSON.stringify(error.toJSON())}`;
}

/** The AppError main wrote into an IPC failure's message; undefined when there is none. */
export function decodeIpcErrorMessage(message: string): SerialisedAppError | undefined {
  const at = message.indexOf(IPC_ERROR_MARKER);
  if (at < 0) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(message.slice(at + IPC_ERROR_MARKER.length));
  } catch {
    return undefined;
  }
  const parsed = SerialisedAppError.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Schema messages of the boundaries' zod schemas (shared/ipc/contract.ts) that name a
 * refusal of their own rather than a form field's problem.
 */
const CODE_OF_SCHEMA_MESSAGE: Readonly<Record<string, AppErrorCode>> = {
  'errors.fileTooLarge': 'file.tooLarge',
  'errors.fileName': 'file.invalidName',
  'errors.sync.serverUrl': 'sync.serverUrl',
  'errors.sync.bodyTooLarge': 'sync.bodyTooLarge',
  'errors.sync.bodyMismatch': 'sync.bodyMismatch',
  'errors.sync.pathNotAllowed': 'sync.pathNotAllowed',
};

/**
 * A failed parse as an AppError: a refusal of its own when the first issue names one, else
 * `input.invalid` (or `fallback`) with the issue's message key for the sentence.
 */
export function appErrorOfZod(
  error: z.ZodError,
  fallback: AppErrorCode = 'input.invalid',
  detailPrefix = '',
): AppError {
  const first = error.issues[0];
  const detail = `${detailPrefix}${error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`)
    .join('; ')}`;
  const own =
    first && Object.hasOwn(CODE_OF_SCHEMA_MESSAGE, first.message)
      ? CODE_OF_SCHEMA_MESSAGE[first.message]
      : undefined;
  if (own) return new AppError(own, undefined, detail, { cause: error });
  const field = first?.path.map(String).join('.') ?? '';
  return new AppError(
    fallback,
    { messageKey: first?.message.slice(0, 200) ?? '', field: field.slice(0, 200) },
    detail,
    { cause: error },
  );
}
