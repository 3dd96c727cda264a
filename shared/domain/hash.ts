/**
 * SHA-256 as lowercase hex. Synchronous (@noble/hashes) on purpose: it runs the same in the
 * renderer, main and server, and can be called where awaiting WebCrypto is not allowed
 * (inside a Dexie transaction).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonicalJson';

export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

/** Hash of a value's canonical JSON: equal for equal content, whatever the key order. */
export function canonicalHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
