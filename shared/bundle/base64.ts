/**
 * Strict base64 (RFC 4648 §4, padded) to and from bytes, pure so it runs in renderer, main
 * and server alike. `atob` would accept whitespace and missing padding; a bundle whose
 * attachment text is not exactly canonical base64 is refused instead of guessed at.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    chunk +=
      ALPHABET.charAt((n >> 18) & 63) +
      ALPHABET.charAt((n >> 12) & 63) +
      (i + 1 < bytes.length ? ALPHABET.charAt((n >> 6) & 63) : '=') +
      (i + 2 < bytes.length ? ALPHABET.charAt(n & 63) : '=');
    // Joining in slices keeps string building linear for multi-megabyte photos.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** The decoded bytes, or null when the text is not canonical padded base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const s0 = sextet(text, i);
    const s1 = sextet(text, i + 1);
    const s2 = last && padding === 2 ? 0 : sextet(text, i + 2);
    const s3 = last && padding >= 1 ? 0 : sextet(text, i + 3);
    if (s0 < 0 || s1 < 0 || s2 < 0 || s3 < 0) return null;
    const n = (s0 << 18) | (s1 << 12) | (s2 << 6) | s3;
    out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  // Non-zero bits in the padding would give two texts for the same bytes.
  if (out.length === 0) return out;
  const tail = out.length % 3 || 3;
  return bytesToBase64(out.subarray(out.length - tail)) === text.slice(-4) ? out : null;
}

function sextet(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? (LOOKUP[code] ?? -1) : -1;
}
