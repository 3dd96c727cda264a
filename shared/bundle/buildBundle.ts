/**
 * Builds a bundle from records and attachment bytes: each body parsed with its domain
 * schema once, hashed with recordBodyHash's rule (the body's canonical text kept for the
 * checksum), and the whole document sealed with its checksum.
 * Throws on invalid input: a bundle that verifyBundle would refuse is never produced.
 */
import { v4 as uuidv4 } from 'uuid';
import { canonicalJson } from '../domain/canonicalJson';
import { sha256Hex } from '../domain/hash';
import type { Inspection } from '../domain/inspection';
import type { Machine } from '../domain/machine';
import { bytesToBase64 } from './base64';
import { defaultBundleLimits } from './bundleLimits';
import { Bundle, BUNDLE_FORMAT, BUNDLE_VERSION, BundleRecord } from './bundleSchema';
import { canonicalUnsealed } from './canonicalUnsealed';

export interface BundleInputAttachment {
  readonly mime: 'image/jpeg' | 'image/png' | 'application/pdf';
  readonly bytes: Uint8Array;
}

export interface BuildBundleInput {
  readonly device: { readonly id: string; readonly name: string };
  /** Whole records as stored on the device; envelope fields are taken from the body. */
  readonly records: readonly (Inspection | Machine)[];
  /** Bytes to carry inside the bundle (USB); over HTTP they usually go separately. */
  readonly attachments?: readonly BundleInputAttachment[];
  readonly bundleId?: string;
  readonly createdAt?: string;
}

export function buildBundle(input: BuildBundleInput): Bundle {
  const records = input.records.map((body) =>
    BundleRecord.parse({
      kind: body.kind,
      id: body.id,
      rev: body.rev,
      baseRev: body.baseRev,
      status: body.status,
      updatedAt: body.updatedAt,
      hash: '0'.repeat(64),
      body,
    }),
  );
  // Hash the parsed body, as verifyBundle does: what is hashed is exactly what is stored.
  // Each body is canonicalised once; the checksum reuses the text (canonicalUnsealed).
  const bodyTexts = new Map<object, string>();
  const hashed = records.map((r) => {
    const text = canonicalJson(r.body);
    bodyTexts.set(r.body, text);
    return { ...r, hash: sha256Hex(text) };
  });
  const seen = new Set<string>();
  const attachments = (input.attachments ?? []).flatMap((a) => {
    const sha256 = sha256Hex(a.bytes);
    if (seen.has(sha256)) return [];
    seen.add(sha256);
    return [{ sha256, mime: a.mime, size: a.bytes.length, data: bytesToBase64(a.bytes) }];
  });
  // The head is checked before sealing (the schema trims the device name), and the records,
  // parsed above, are not parsed a second time.
  const head = BundleHead.parse({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    bundleId: input.bundleId ?? uuidv4(),
    createdAt: input.createdAt ?? new Date().toISOString(),
    device: { id: input.device.id, name: input.device.name },
    attachments,
  });
  if (hashed.length > defaultBundleLimits.maxRecords)
    throw new RangeError(`a bundle holds at most ${defaultBundleLimits.maxRecords} records`);
  const { attachments: checked, ...envelope } = head;
  const unsealed = { ...envelope, records: hashed, attachments: checked };
  const checksum = sha256Hex(
    canonicalUnsealed(unsealed, (_i, sent) => bodyTexts.get(sent as object)),
  );
  return { ...unsealed, checksum };
}

const BundleHead = Bundle.omit({ records: true, checksum: true });

/** Hex SHA-256 of UTF-8 text or bytes (shared/domain/hash.ts sha256Hex or a faster native one). */
export type Sha256Fn = (data: Uint8Array | string) => string;

/** sha256 of the canonical JSON of the bundle without its `checksum` field. */
export function bundleChecksum(bundle: object, sha256: Sha256Fn = sha256Hex): string {
  const { checksum: _ignored, ...rest } = bundle as { checksum?: unknown };
  return sha256(canonicalJson(rest));
}
