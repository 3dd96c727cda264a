/**
 * Hundreds of corrupted bundles against the real server: each must get a clear 4xx JSON
 * error, and every table must be exactly the same afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gzipSync } from 'fflate';
import type { Bundle } from '../../shared/bundle/bundleSchema';
import { bundleChecksum } from '../../shared/bundle/buildBundle';
import { ErrorBody, type EnrolResponse } from '../../shared/sync/wireSchemas';
import { makeInspection } from '../fixtures/builders';
import { bundleFrom, call, pushBundle, pushGzipLabelled, type Reply } from './support/client';
import { dumpTables, startTestServer, type TestServer } from './support/testServer';

type Json = Record<string, unknown>;

function clone(bundle: Bundle): Json {
  return JSON.parse(JSON.stringify(bundle)) as Json;
}

/** A change that keeps the checksum valid, so the deeper checks are the ones that fire. */
function resealed(doc: Json): Json {
  return { ...doc, checksum: bundleChecksum(doc) };
}

function records(doc: Json): Json[] {
  return doc.records as Json[];
}

function expectClearRefusal(reply: Reply, label: string): void {
  expect(reply.status, `${label}: ${JSON.stringify(reply.json).slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(reply.status, label).toBeLessThan(500);
  const body = ErrorBody.safeParse(reply.json);
  expect(body.success, `${label}: error body`).toBe(true);
  if (body.success) {
    expect(body.data.error.code.length).toBeGreaterThan(0);
    expect(body.data.error.message.length).toBeGreaterThan(0);
  }
}

describe('fuzz: corrupted bundles change nothing', () => {
  let server: TestServer;
  let device: EnrolResponse;
  let base: Bundle;
  let before: Record<string, string[]>;
  let sent = 0;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { limits: { bodyLimitBytes: 4 * 1024 * 1024, bundle: { maxRecords: 100, maxAttachments: 10, maxAttachmentBytes: 64 * 1024, maxDecompressedBytes: 8 * 1024 * 1024 } } });
    device = await server.enrol('141181');
    // Something stored already, so "unchanged" means more than "still empty".
    expect((await pushBundle(server.url, device.token, bundleFrom(device, [makeInspection({ deviceId: device.deviceId })]))).status).toBe(200);
    const photo = new TextEncoder().encode('\xff\xd8 假装是一张 JPEG 照片 📷');
    const sha = await crypto.subtle.digest('SHA-256', photo).then((d) => Buffer.from(d).toString('hex'));
    base = bundleFrom(
      device,
      [
        makeInspection({ deviceId: device.deviceId, place: '一号罐区，“呼吸阀”旁' }),
        makeInspection({ deviceId: device.deviceId, attachments: [{ sha256: sha, kind: 'photo', mime: 'image/jpeg', size: photo.length }] }),
      ],
      [{ mime: 'image/jpeg', bytes: photo }],
    );
    before = await dumpTables(server.opened);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function send(body: string | Uint8Array, label: string, gzip = false): Promise<void> {
    sent++;
    expectClearRefusal(await pushBundle(server.url, device.token, body, gzip), label);
  }

  it('refuses malformed and truncated JSON', async () => {
    const text = JSON.stringify(base);
    for (const bad of ['', '{', 'null', '[]', '"bundle"', '42', '{"format":"bluesky-bundle"', '\u0000\u0001', '{"a":1}{"b":2}']) await send(bad, `bad json ${bad}`);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), async (cut) => send(text.slice(0, cut), `truncated at ${cut}`)),
      { numRuns: 80 },
    );
  });

  it('refuses each kind of tampering, named by code and path', async () => {
    const cases: [string, Json, string][] = [];
    const doc = () => clone(base);
    cases.push(['wrong checksum', { ...doc(), checksum: 'f'.repeat(64) }, 'checksum_mismatch']);
    const edited = doc();
    (records(edited)[0] as { body: Json }).body.place = '被篡改的地点';
    cases.push(['body edited, checksum not', edited, 'checksum_mismatch']);
    cases.push(['body edited and resealed', resealed(edited), 'record_hash_mismatch']);
    const hash = doc();
    records(hash)[1]!.hash = 'a'.repeat(64);
    cases.push(['wrong record hash', resealed(hash), 'record_hash_mismatch']);
    const attHash = doc();
    (attHash.attachments as Json[])[0]!.sha256 = 'b'.repeat(64);
    cases.push(['wrong attachment hash', resealed(attHash), 'attachment_hash_mismatch']);
    const attSize = doc();
    (attSize.attachments as Json[])[0]!.size = 3;
    cases.push(['wrong attachment size', resealed(attSize), 'attachment_size_mismatch']);
    for (const version of [2, 0, '1', null]) cases.push([`version ${String(version)}`, resealed({ ...doc(), version }), 'unsupported_version']);
    for (const key of ['bundleId', 'createdAt', 'device', 'records', 'attachments', 'checksum']) {
      const missing = doc();
      delete missing[key];
      cases.push([`missing ${key}`, key === 'checksum' ? missing : resealed(missing), 'invalid_bundle']);
    }
    for (const key of ['kind', 'id', 'rev', 'baseRev', 'status', 'updatedAt', 'hash', 'body']) {
      const missing = doc();
      delete records(missing)[0]![key];
      cases.push([`record without ${key}`, resealed(missing), 'invalid_bundle']);
    }
    const huge = doc();
    ((records(huge)[0] as { body: { site: Json } }).body.site).name = '化工'.repeat(5000);
    cases.push(['huge site name', resealed(huge), 'invalid_bundle']);
    const hugeDevice = doc();
    hugeDevice.device = { id: device.deviceId, name: '长'.repeat(300_000) };
    cases.push(['huge device name', resealed(hugeDevice), 'invalid_bundle']);
    const dup = doc();
    dup.records = [records(dup)[0], records(dup)[0]];
    cases.push(['duplicate record ids', resealed(dup), 'duplicate_record']);
    const dupAtt = doc();
    dupAtt.attachments = [(dupAtt.attachments as Json[])[0], (dupAtt.attachments as Json[])[0]];
    cases.push(['duplicate attachments', resealed(dupAtt), 'duplicate_attachment']);
    const control = doc();
    ((records(control)[0] as { body: Json }).body).place = '车间\u0007里';
    cases.push(['control character', resealed(control), 'control_character']);
    const tooMany = doc();
    tooMany.records = Array.from({ length: 101 }, () => records(tooMany)[0]);
    cases.push(['too many records', resealed(tooMany), 'too_many']);
    const mismatch = doc();
    records(mismatch)[0]!.rev = 7;
    cases.push(['envelope differs from body', resealed(mismatch), 'record_envelope_mismatch']);
    const badB64 = doc();
    (badB64.attachments as Json[])[0]!.data = '@@@@';
    cases.push(['attachment data not base64', resealed(badB64), 'attachment_bad_base64']);

    for (const [label, body, code] of cases) {
      sent++;
      const reply = await pushBundle(server.url, device.token, JSON.stringify(body));
      expectClearRefusal(reply, label);
      expect(ErrorBody.parse(reply.json).error.code, label).toBe(code);
    }
    // The detail names where: e.g. the record hash of records[1].
    const named = await pushBundle(server.url, device.token, JSON.stringify(resealed(hash)));
    expect(JSON.stringify(ErrorBody.parse(named.json).error.details)).toContain('records[1].hash');
  });

  it('refuses random byte flips', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(base));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.integer({ min: 0, max: bytes.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (flips, gzip) => {
          const copy = bytes.slice();
          for (const f of flips) copy[f.at] = copy[f.at] === f.value ? (f.value + 1) % 256 : f.value;
          await send(copy, `flips ${JSON.stringify(flips)}`, gzip);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses gzip bombs and broken gzip', async () => {
    const bomb = gzipSync(new Uint8Array(64 * 1024 * 1024).fill(0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    sent++;
    const reply = await pushGzipLabelled(server.url, device.token, bomb);
    expectClearRefusal(reply, 'gzip bomb');
    expect(reply.status).toBe(413);
    const good = gzipSync(new TextEncoder().encode(JSON.stringify(base)));
    for (const [label, bytes] of [
      ['truncated gzip', good.subarray(0, good.length - 9)],
      ['plain json labelled gzip', new TextEncoder().encode(JSON.stringify(base))],
      ['gzip with a flipped byte', good.map((b, i) => (i === 40 ? b ^ 0xff : b))],
    ] as const) {
      sent++;
      expectClearRefusal(await pushGzipLabelled(server.url, device.token, bytes), label);
    }
    sent++;
    const notJson = await call(`${server.url}/bundles`, { method: 'POST', token: device.token, headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expectClearRefusal(notJson, 'text/plain');
  });

  it('left every table as it was', async () => {
    expect(sent).toBeGreaterThan(300);
    expect(await dumpTables(server.opened)).toEqual(before);
  });
});
