// Fuzz of the CLIENT file import: hundreds of corrupted bundles. Each one must be refused
// with a clear error (a code and a place) and leave every table exactly as it was.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../../shared/bundle/bundleSchema';
import { bytesToText, gunzipBounded } from '../../../shared/bundle/gzipBundle';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import { importSyncFile } from '../../../src-renderer/db/importSyncFile';
import { dumpTables, freshDatabase } from '../testDatabase';
import { encode, gzipped, resealed, sampleBundle } from './importFixtures';

let db: AppDatabase;
let me: string;
let bundle: Bundle;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  db = freshDatabase();
  me = (await getDeviceIdentity(db)).deviceId;
  // Something already stored, so "unchanged" means more than "still empty".
  const seed = sampleBundle().bundle;
  expect((await importSyncFile(db, encode(seed), me)).ok).toBe(true);
  bundle = sampleBundle().bundle;
  before = await dumpTables(db);
});

async function expectRefused(bytes: Uint8Array): Promise<void> {
  const result = await importSyncFile(db, bytes, me);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(e.code).toMatch(/^[a-z0-9_]+$/);
      expect(e.message.length).toBeGreaterThan(0);
    }
  }
  expect(await dumpTables(db)).toEqual(before);
}

const HUGE = '污'.repeat(1_000_000);

/** Named corruptions: each makes exactly one thing wrong. */
const corruptions: [string, () => Uint8Array][] = [
  ['bad JSON', () => new TextEncoder().encode('{"format":"bluesky-bundle",')],
  ['empty file', () => new Uint8Array()],
  ['not an object', () => encode([1, 2, 3])],
  ['truncated', () => encode(bundle).slice(0, 500)],
  ['truncated gzip', () => gzipped(bundle).slice(0, 300)],
  ['wrong checksum', () => encode({ ...bundle, checksum: 'a'.repeat(64) })],
  [
    'wrong record hash',
    () =>
      encode(resealed(bundle, (d) => void ((d.records[1] ?? { hash: '' }).hash = '1'.repeat(64)))),
  ],
  [
    'wrong attachment hash',
    () =>
      encode(
        resealed(
          bundle,
          (d) => void ((d.attachments[0] ?? { sha256: '' }).sha256 = '2'.repeat(64)),
        ),
      ),
  ],
  [
    'wrong attachment size',
    () => encode(resealed(bundle, (d) => void ((d.attachments[0] ?? { size: 0 }).size = 2049))),
  ],
  [
    'bad base64',
    () => encode(resealed(bundle, (d) => void ((d.attachments[0] ?? { data: '' }).data = '%%%'))),
  ],
  ['unknown version', () => encode({ ...bundle, version: 7 })],
  ['wrong format', () => encode({ ...bundle, format: 'pouchdb' })],
  [
    'missing records',
    () => encode(resealed(bundle, (d) => void Reflect.deleteProperty(d, 'records'))),
  ],
  [
    'missing body site',
    () =>
      encode(
        resealed(bundle, (d) => void Reflect.deleteProperty(d.records[0]?.body ?? {}, 'site')),
      ),
  ],
  [
    'huge site name',
    () =>
      encode(
        resealed(bundle, (d) => {
          const r = d.records[0];
          if (r?.kind === 'inspection')
            r.body = { ...r.body, site: { ...r.body.site, name: HUGE } };
        }),
      ),
  ],
  [
    'huge device name',
    () => encode(resealed(bundle, (d) => void (d.device = { ...d.device, name: HUGE }))),
  ],
  [
    'duplicate record ids',
    () =>
      encode(
        resealed(
          bundle,
          (d) => void d.records.push(structuredClone(d.records[0] ?? d.records[1]!)),
        ),
      ),
  ],
  [
    'duplicate attachments',
    () =>
      encode(resealed(bundle, (d) => void d.attachments.push(structuredClone(d.attachments[0]!)))),
  ],
  [
    'envelope differs from body',
    () => encode(resealed(bundle, (d) => void ((d.records[0] ?? { rev: 0 }).rev = 99))),
  ],
  [
    'receipt with a bad checksum',
    () =>
      encode({
        format: 'bluesky-receipt',
        version: 1,
        bundleId: bundle.bundleId,
        deviceId: bundle.device.id,
        bundleChecksum: bundle.checksum,
        serverTime: bundle.createdAt,
        records: [],
        checksum: '3'.repeat(64),
      }),
  ],
];

describe('client import fuzz', () => {
  it.each(corruptions)('%s: refused, store unchanged', async (_name, make) => {
    await expectRefused(make());
  });

  it('random byte flips in the JSON are refused (fast-check)', async () => {
    const plain = encode(bundle);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ at: fc.nat(plain.length - 1), xor: fc.integer({ min: 1, max: 255 }) }),
          { minLength: 1, maxLength: 4 },
        ),
        async (flips) => {
          const bytes = plain.slice();
          for (const f of flips) bytes[f.at] = (bytes[f.at] ?? 0) ^ f.xor;
          await expectRefused(bytes);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('random byte flips in the gzip stream are refused (fast-check)', async () => {
    const packed = gzipped(bundle);
    // Past the 10-byte gzip header: its mtime and OS bytes are not checked by any reader.
    await fc.assert(
      fc.asyncProperty(
        fc.nat(packed.length - 11),
        fc.integer({ min: 1, max: 255 }),
        async (at, xor) => {
          const bytes = packed.slice();
          bytes[at + 10] = (bytes[at + 10] ?? 0) ^ xor;
          // Some flips leave the inflated text intact (e.g. a cleared BFINAL bit followed by an
          // empty block): that is the same bundle, not a corrupted one, and may import.
          const inflated = gunzipBounded(bytes, 1 << 24);
          fc.pre(!inflated.ok || bytesToText(inflated.bytes) !== JSON.stringify(bundle));
          await expectRefused(bytes);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random truncations are refused (fast-check)', async () => {
    const plain = encode(bundle);
    await fc.assert(
      fc.asyncProperty(fc.nat(plain.length - 1), async (length) => {
        await expectRefused(plain.slice(0, length));
      }),
      { numRuns: 100 },
    );
  });
});
