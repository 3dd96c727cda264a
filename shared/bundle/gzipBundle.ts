/**
 * Gzip for `.json.gz` bundles and `Content-Encoding: gzip` pushes. Decompression streams
 * through fflate's Gunzip and stops as soon as the output passes a limit: gunzipSync trusts
 * the size in the gzip trailer, which a zip bomb can fake, and would inflate it all first.
 */
import { Gunzip, gzipSync, strFromU8, strToU8 } from 'fflate';
import { crc32 } from './crc32';

export function gzipText(text: string): Uint8Array {
  return gzipSync(strToU8(text), { level: 6 });
}

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export type GunzipResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too_large' | 'bad_gzip' };

/** Inflates at most `maxBytes`; refuses (and stops work) beyond that. */
export function gunzipBounded(input: Uint8Array, maxBytes: number): GunzipResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let ended = false;
  const stream = new Gunzip((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) tooLarge = true;
    else chunks.push(chunk);
    if (final) ended = true;
  });
  // Small input slices bound how far one push can inflate past the limit (≤ ~1032:1).
  const step = 16 * 1024;
  try {
    for (let i = 0; i < input.length && !tooLarge; i += step) {
      stream.push(input.subarray(i, i + step), i + step >= input.length);
    }
  } catch {
    return { ok: false, reason: 'bad_gzip' };
  }
  if (tooLarge) return { ok: false, reason: 'too_large' };
  if (!ended) return { ok: false, reason: 'bad_gzip' };
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  // The trailer (RFC 1952: CRC-32 and length mod 2^32, little-endian) must match what was
  // inflated: a file cut short can end its deflate data early and still inflate "whole".
  if (input.length < 18) return { ok: false, reason: 'bad_gzip' };
  const trailer = new DataView(input.buffer, input.byteOffset + input.length - 8, 8);
  if (trailer.getUint32(4, true) !== total >>> 0) return { ok: false, reason: 'bad_gzip' };
  if (trailer.getUint32(0, true) !== crc32(out)) return { ok: false, reason: 'bad_gzip' };
  return { ok: true, bytes: out };
}

export function bytesToText(bytes: Uint8Array): string {
  return strFromU8(bytes);
}
