/**
 * The hash a bundle record carries: lowercase hex SHA-256 of the RFC 8785 canonical JSON of
 * its body, the body as the domain schema outputs it (defaults filled, text trimmed, unknown
 * keys dropped). It identifies one revision of a record for sync: equal bodies give equal
 * hashes whatever the key order, so a replay is recognised as a duplicate.
 *
 * This is deliberately not the finalised record's content hash (shared/records/contentHash,
 * which also covers attachment bytes' hashes in its own way): sync needs a hash for every
 * revision, drafts included, and must not change if the finalisation rules do.
 */
import { canonicalJson } from '../domain/canonicalJson';
import { sha256Hex } from '../domain/hash';

/** @param sha256 the same function computed faster (node:crypto on the server), if given. */
export function recordBodyHash(
  body: unknown,
  sha256: (text: string) => string = sha256Hex,
): string {
  return sha256(canonicalJson(body));
}
