/**
 * An error answer of the office server as an AppError: read once, where the answer arrives
 * (the sync client, the enrolment in main or web mode); docs/architecture.md "Error path".
 */
import { AppError } from './appError';
import { appCodeOfHttp } from './errorCodes';

/** An HTTP error answer that keeps what sync logic decides on: the status and the wire code. */
export class HttpAppError extends AppError {
  override name = 'HttpAppError';

  constructor(
    readonly status: number,
    /** The server's own code (`record_immutable`, `cursor_ahead`…), as on the wire. */
    readonly wireCode: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(
      appCodeOfHttp(status, wireCode),
      { status },
      `HTTP ${status} ${wireCode}: ${message}`.slice(0, 4000),
    );
  }
}

/** The AppError of an answer: its parsed `{ error }` body when it had one, else its status. */
export function appErrorOfHttp(
  status: number,
  body: { code: string; message: string; details?: unknown } | undefined,
): HttpAppError {
  return body
    ? new HttpAppError(status, body.code, body.message, body.details)
    : new HttpAppError(status, 'unexpected_answer', `HTTP ${status}`);
}
