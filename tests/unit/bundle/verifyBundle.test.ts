/** shared/bundle: build/verify round trip and each corruption found at its precise path. */
import { describe, expect, it } from 'vitest';
import { buildBundle, bundleChecksum } from '../../../shared/bundle/buildBundle';
import { base64ToBytes, bytesToBase64 } from '../../../shared/bundle/base64';
import { gunzipBounded, gzipText } from '../../../shared/bundle/gzipBundle';
import { readBundle } from '../../../shared/bundle/readBundle';
import { recordBodyHash } from '../../../shared/bundle/recordBodyHash';
import { verifyBundle } from '../../../shared/bundle/verifyBundle';
import { buildReceipt, verifyReceipt } from '../../../shared/bundle/buildReceipt';
import { canonicalHash } from '../../../shared/domain/hash';
import { makeInspection, testDeviceId } from '../../fixtures/builders';

type Json = Record<string, unknown>;
type Edit = (doc: Json) => unknown;
const photo = new TextEncoder().encode('JPEG? 现场照片 🏭');

function sample() {
  const records = [
    makeInspection({ place: '喷涂车间，“活性炭”箱旁' }),
    makeInspection({ findings: [] }),
  ];
  return buildBundle({
    device: { id: testDeviceId, name: '张三的笔记本' },
    records,
    attachments: [
      { mime: 'image/jpeg', bytes: photo },
      { mime: 'image/jpeg', bytes: photo },
    ],
  });
}

function tamper(edit: (doc: Json) => void, reseal = true): Json {
  const doc = JSON.parse(JSON.stringify(sample())) as Json;
  edit(doc);
  return reseal ? { ...doc, checksum: bundleChecksum(doc) } : doc;
}

function issues(json: unknown) {
  const result = verifyBundle(json);
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

describe('bundle v1', () => {
  it('verifies what it builds, after JSON and gzip round trips', () => {
    const bundle = sample();
    expect(bundle.attachments).toHaveLength(1); // the same bytes twice are carried once
    const result = readBundle(gzipText(JSON.stringify(bundle)));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.bundle).toEqual(bundle);
      expect(result.attachmentBytes.get(bundle.attachments[0]!.sha256)).toEqual(photo);
    }
    expect(bundle.records[0]!.hash).toBe(recordBodyHash(bundle.records[0]!.body));
    expect(bundle.checksum).toBe(canonicalHash({ ...bundle, checksum: undefined }));
  });

  it('hashes bodies by content, not key order', () => {
    expect(recordBodyHash({ b: 1, a: '吕梁' })).toBe(recordBodyHash({ a: '吕梁', b: 1 }));
    expect(recordBodyHash({ a: 1 })).not.toBe(recordBodyHash({ a: 2 }));
  });

  const cases: [string, Edit, boolean, string, string][] = [
    [
      'checksum',
      (d: Json) => (d.checksum = '0'.repeat(64)),
      false,
      'checksum_mismatch',
      'checksum',
    ],
    [
      'record hash',
      (d: Json) => ((d.records as Json[])[1]!.hash = 'e'.repeat(64)),
      true,
      'record_hash_mismatch',
      'records[1].hash',
    ],
    [
      'body vs hash',
      (d: Json) => (((d.records as Json[])[0]!.body as Json).place = '别处'),
      true,
      'record_hash_mismatch',
      'records[0].hash',
    ],
    [
      'envelope rev',
      (d: Json) => ((d.records as Json[])[0]!.rev = 9),
      true,
      'record_envelope_mismatch',
      'records[0].rev',
    ],
    [
      'attachment hash',
      (d: Json) => ((d.attachments as Json[])[0]!.sha256 = 'c'.repeat(64)),
      true,
      'attachment_hash_mismatch',
      'attachments[0].sha256',
    ],
    [
      'attachment size',
      (d: Json) => ((d.attachments as Json[])[0]!.size = 2),
      true,
      'attachment_size_mismatch',
      'attachments[0].size',
    ],
    [
      'attachment base64',
      (d: Json) => ((d.attachments as Json[])[0]!.data = 'QUJD\n'),
      true,
      'attachment_bad_base64',
      'attachments[0].data',
    ],
    [
      'duplicate record',
      (d: Json) => (d.records = [(d.records as Json[])[0], (d.records as Json[])[0]]),
      true,
      'duplicate_record',
      'records[1].id',
    ],
    [
      'duplicate attachment',
      (d: Json) => (d.attachments = [(d.attachments as Json[])[0], (d.attachments as Json[])[0]]),
      true,
      'duplicate_attachment',
      'attachments[1].sha256',
    ],
    [
      'site name too long',
      (d: Json) =>
        ((((d.records as Json[])[0]!.body as Json).site as Json).name = '长'.repeat(101)),
      true,
      'schema',
      'records[0].body.site.name',
    ],
    [
      'bad credit code',
      (d: Json) =>
        ((((d.records as Json[])[1]!.body as Json).site as Json).creditCode = '91141181MA0000001X'),
      true,
      'schema',
      'records[1].body.site.creditCode',
    ],
    [
      'unknown kind',
      (d: Json) => ((d.records as Json[])[0]!.kind = 'photo'),
      true,
      'schema',
      'records[0].kind',
    ],
    ['missing device', (d: Json) => delete d.device, true, 'schema', 'device'],
  ];
  it.each(cases)('finds a wrong %s', (_label, edit, reseal, code, path) => {
    const found = issues(tamper(edit, reseal));
    expect(found).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('names an unsupported version clearly', () => {
    expect(issues(tamper((d) => (d.version = 2)))).toEqual([
      { code: 'unsupported_version', message: 'unsupported bundle version 2', path: 'version' },
    ]);
    expect(issues([])[0]?.code).toBe('not_a_bundle');
    expect(issues({ format: 'other' })[0]?.path).toBe('format');
  });

  it('refuses bad JSON, broken gzip and gzip bombs', () => {
    expect(readBundle(new TextEncoder().encode('{"format":')).ok).toBe(false);
    const gz = gzipText(JSON.stringify(sample()));
    const broken = readBundle(gz.subarray(0, gz.length - 10));
    expect(broken.ok ? null : broken.errors[0]?.code).toBe('bad_gzip');
    const bomb = gzipText(' '.repeat(5_000_000));
    expect(gunzipBounded(bomb, 1_000_000)).toEqual({ ok: false, reason: 'too_large' });
    const limited = readBundle(bomb, {
      maxRecords: 10,
      maxAttachments: 1,
      maxAttachmentBytes: 10,
      maxDecompressedBytes: 1_000_000,
    });
    expect(limited.ok ? null : limited.errors[0]?.code).toBe('too_large');
  });

  it('encodes base64 strictly and canonically', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 1000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97) % 256);
      const text = bytesToBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(text)).toEqual(bytes);
    }
    expect(base64ToBytes('QQ=')).toBeNull();
    expect(base64ToBytes('QR==')).toBeNull(); // non-zero padding bits
    expect(base64ToBytes('QQ==')).toEqual(new Uint8Array([65]));
  });

  it('seals and checks receipts', () => {
    const bundle = sample();
    const receipt = buildReceipt({
      bundleId: bundle.bundleId,
      deviceId: testDeviceId,
      bundleChecksum: bundle.checksum,
      serverTime: new Date().toISOString(),
      records: bundle.records.map((r) => ({
        kind: r.kind,
        id: r.id,
        rev: r.rev,
        hash: r.hash,
        result: 'accepted' as const,
        serverRev: 1,
        serverHash: r.hash,
      })),
    });
    expect(verifyReceipt(JSON.parse(JSON.stringify(receipt))).ok).toBe(true);
    const forged = {
      ...receipt,
      records: receipt.records.map((r) => ({ ...r, result: 'duplicate' })),
    };
    expect(verifyReceipt(forged)).toMatchObject({
      ok: false,
      errors: [{ code: 'checksum_mismatch' }],
    });
  });
});
