/** Random secrets and their stored form: tokens and enrolment codes are kept only hashed. */
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** 256 random bits, base64url: well past the ≥ 128 bits docs/design.md asks for. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

// No 0/O, 1/I/L, 5/S, 2/Z: the code is read aloud or typed from paper.
const CODE_ALPHABET = '346789ABCDEFGHJKMNPQRTUVWXY';

/** 12 characters (≈ 57 bits) in three groups, e.g. `K7QM-XHD9-PWA3`; one-time and expiring. */
export function newEnrolCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += CODE_ALPHABET.charAt(randomInt(CODE_ALPHABET.length));
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** What people type: any case, spaces or dashes between groups. */
export function normalizeEnrolCode(typed: string): string {
  const plain = typed.replace(/[\s\-\u3000]/g, '').toUpperCase();
  return `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`;
}
