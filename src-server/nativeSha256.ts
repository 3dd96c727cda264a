/** node:crypto's SHA-256, the same function as shared/domain/hash.ts sha256Hex, much faster. */
import { createHash } from 'node:crypto';

export function nativeSha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
