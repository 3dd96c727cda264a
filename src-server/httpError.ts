/**
 * An error that maps to one HTTP status and the `{ error: { code, message } }` body. The code
 * is one of the shared wire codes (shared/errors/errorCodes.ts), which clients map to a
 * sentence (docs/architecture.md "Error path").
 */
import type { WireErrorCode } from '../shared/errors/errorCodes';

export class HttpError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503,
    readonly code: WireErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
