/**
 * The server trusts nothing a client claims (docs/sync.md "What the server refuses"): replays
 * only for the sender's identical body, finalised records verified as the laptop verifies
 * them, ids that keep their kind, and odd JSON answered 4xx with the store unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChecksum } from '../../shared/bundle/buildBundle';
import { type Bundle, BundleRecord } from '../../shared/bundle/bundleSchema';
import { recordBodyHash } from '../../shared/bundle/recordBodyHash';
import { Receipt } from '../../shared/bundle/receiptSchema';
import { Inspection } from '../../shared/domain/inspection';
import { computeRecordHash } from '../../shared/records/contentHash';
import { ChangesResponse, ErrorBody, type EnrolResponse } from '../../shared/sync/wireSchemas';
import { makeInspection, makeMachine } from '../fixtures/builders';
import { bundleFrom, call, pull, pushBundle, type Reply } from './support/client';
import { asEditionOne, finalisedDust, finalisedRefusal } from './support/finalised';
import { dumpTables, engines, startTestServer, type TestServer } from './support/testServer';

type Json = Record<string, unknown>;

function error(reply: Reply): { code: string; message: string; details?: unknown } {
  return ErrorBody.parse(reply.json).error;
}

function clone(bundle: Bundle): Json {
  return JSON.parse(JSON.stringify(bundle)) as Json;
}

function firstBody(doc: Json): Json {
  return ((doc.records as Json[])[0] as { body: Json }).body;
}

/** Each record's hash over its body as the schema outputs it, where the schema takes it. */
function rehashRecords(doc: Json): Json {
  for (const record of doc.records as Json[]) {
    const parsed = BundleRecord.safeParse(record);
    if (parsed.success) record.hash = recordBodyHash(parsed.data.body);
  }
  return doc;
}

function resealed(doc: Json): Json {
  return { ...doc, checksum: bundleChecksum(doc) };
}

/** Finalised again by hand over an edited body: a "finalised" record no laptop produced. */
function rehashed(record: Inspection, edit: Partial<Inspection>): Inspection {
  const body = Inspection.parse({ ...record, ...edit, hash: undefined });
  return { ...body, hash: computeRecordHash(body) };
}

describe.each(engines)('trust nothing a client claims, on %s', (engine) => {
  let server: TestServer;
  let xiaoyi: EnrolResponse;
  let xiaoyi2: EnrolResponse;
  let lishi: EnrolResponse;

  beforeAll(async () => {
    server = await startTestServer(engine, { limits: { bodyLimitBytes: 4 * 1024 * 1024 } });
    xiaoyi = await server.enrol('141181', '孝义分局 笔记本 01');
    xiaoyi2 = await server.enrol('141181', '孝义分局 笔记本 02');
    lishi = await server.enrol('141102', '离石分局 笔记本');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a replay only to the sender, for the same body; a probe from another county learns nothing', async () => {
    const record = makeInspection({ deviceId: xiaoyi.deviceId, place: '孝义 一号车间' });
    const bundle = bundleFrom(xiaoyi, [record]);
    expect((await pushBundle(server.url, xiaoyi.token, bundle)).status).toBe(200);
    const before = await dumpTables(server.opened);

    const probe = { bundleId: bundle.bundleId, checksum: bundle.checksum };
    for (const body of [JSON.stringify(probe), JSON.stringify({ ...bundle, records: [] })]) {
      const res = await pushBundle(server.url, lishi.token, body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.json)).not.toContain(record.id);
    }
    // The whole bundle from another county: its scope, not the replay, answers.
    const whole = await pushBundle(server.url, lishi.token, bundle);
    expect(whole.status).toBe(403);
    expect(error(whole).code).toBe('out_of_scope');
    expect(JSON.stringify(whole.json)).not.toContain(xiaoyi.deviceId);
    // The sender itself, sending only the names, is not answered from the store either.
    expect((await pushBundle(server.url, xiaoyi.token, JSON.stringify(probe))).status).toBe(400);

    // A device in scope relaying the same bundle is verified in full: duplicates.
    const relayed = await pushBundle(server.url, xiaoyi2.token, bundle);
    expect(relayed.status).toBe(200);
    expect(Receipt.parse(relayed.json).records.map((r) => r.result)).toEqual(['duplicate']);
    expect(await dumpTables(server.opened)).toEqual(before);
  });

  it('refuses a finalised record changed under its old bundle id', async () => {
    const { record, attachments } = finalisedDust(xiaoyi.deviceId);
    const bundle = bundleFrom(xiaoyi, [record], attachments);
    expect((await pushBundle(server.url, xiaoyi.token, bundle)).status).toBe(200);
    const before = await dumpTables(server.opened);

    const changed = clone(bundle);
    const forged = rehashed(record, { place: '被改过的地点' });
    (changed.records as Json[])[0] = {
      ...(changed.records as Json[])[0],
      body: forged,
      hash: bundleFrom(xiaoyi, [forged]).records[0]?.hash,
    };
    // Old checksum kept: answered "duplicate" from the store before; now verified, and refused.
    const stale = await pushBundle(server.url, xiaoyi.token, JSON.stringify(changed));
    expect(stale.status).toBe(400);
    expect(error(stale).code).toBe('checksum_mismatch');
    // Resealed: a valid bundle reusing the id of another.
    const reused = await pushBundle(server.url, xiaoyi.token, JSON.stringify(resealed(changed)));
    expect(reused.status).toBe(409);
    expect(error(reused).code).toBe('bundle_id_reused');
    expect(await dumpTables(server.opened)).toEqual(before);
  });

  it('accepts records finalised by the laptop: this edition, edition 1, a refusal', async () => {
    const dust = finalisedDust(xiaoyi.deviceId);
    const old = finalisedDust(xiaoyi.deviceId);
    const editionOne = asEditionOne(old.record);
    expect(editionOne.finaliseRules).toBeUndefined();
    const refused = finalisedRefusal(xiaoyi.deviceId);
    for (const [label, record, attachments] of [
      ['edition 2', dust.record, dust.attachments],
      ['edition 1', editionOne, old.attachments],
      ['party refused, witness signed', refused.record, refused.attachments],
    ] as const) {
      const res = await pushBundle(
        server.url,
        xiaoyi.token,
        bundleFrom(xiaoyi, [record], attachments),
        true,
      );
      expect(res.status, `${label}: ${JSON.stringify(res.json).slice(0, 400)}`).toBe(200);
      expect(Receipt.parse(res.json).records[0]).toMatchObject({
        id: record.id,
        result: 'accepted',
      });
    }
  });

  it('refuses a record pushed as finalised that the laptop would not have finalised, with the reason', async () => {
    const { record, attachments } = finalisedDust(xiaoyi.deviceId);
    const before = await dumpTables(server.opened);
    const noParty = record.signatures.filter((s) => s.role !== 'party');
    const cases: [string, Inspection, string, string][] = [
      [
        'hash ffff…',
        { ...record, hash: 'f'.repeat(64) },
        'finalised_hash_mismatch',
        'records[0].body.hash',
      ],
      ['no hash', { ...record, hash: undefined }, 'finalised_hash_missing', 'records[0].body.hash'],
      [
        'no record number',
        rehashed(record, { recordNumber: '' }),
        'record_number_invalid',
        'records[0].body.recordNumber',
      ],
      [
        'number of another county',
        rehashed(record, { recordNumber: '离石-2026-D7K-0001' }),
        'record_number_invalid',
        'records[0].body.recordNumber',
      ],
      [
        'no party signature',
        rehashed(record, { signatures: noParty }),
        'finalise_rules_unmet',
        'records[0].body.party.signature',
      ],
      [
        'no inspectors signed',
        rehashed(record, { signatures: [] }),
        'finalise_rules_unmet',
        'records[0].body.inspectors.0.signature',
      ],
      [
        'a finding without requirement',
        rehashed(record, {
          findings: [
            {
              id: record.id,
              description: '围挡缺失',
              rule: '',
              requirement: '',
              deadline: '2026-12-01',
            },
          ],
        }),
        'finalise_rules_unmet',
        'records[0].body.findings',
      ],
    ];
    for (const [label, forged, code, path] of cases) {
      const res = await pushBundle(
        server.url,
        xiaoyi.token,
        bundleFrom(xiaoyi, [forged], attachments),
      );
      expect(res.status, `${label}: ${JSON.stringify(res.json).slice(0, 300)}`).toBe(400);
      expect(error(res).code, label).toBe(code);
      expect(JSON.stringify(error(res).details), label).toContain(path);
    }
    expect(await dumpTables(server.opened)).toEqual(before);
  });

  it('keeps a record id to one kind', async () => {
    const inspection = makeInspection({ deviceId: xiaoyi.deviceId });
    expect(
      (await pushBundle(server.url, xiaoyi.token, bundleFrom(xiaoyi, [inspection]))).status,
    ).toBe(200);
    const before = await dumpTables(server.opened);
    const machine = makeMachine({
      id: inspection.id,
      deviceId: xiaoyi.deviceId,
      siteOfUse: '孝义市梧桐镇工地',
    });
    const res = await pushBundle(server.url, xiaoyi.token, bundleFrom(xiaoyi, [machine]));
    expect(res.status).toBe(409);
    expect(error(res)).toMatchObject({ code: 'record_kind_changed' });
    expect(error(res).message).toContain('records[0]');
    expect(await dumpTables(server.opened)).toEqual(before);
    const page = ChangesResponse.parse((await pull(server.url, xiaoyi.token)).json);
    expect(
      page.changes
        .filter((c) => c.type !== 'reference' && c.id === inspection.id)
        .map((c) => c.type !== 'reference' && c.kind),
    ).toEqual(['inspection']);
  });

  it('answers odd JSON with 4xx naming the path, never 500, and stores nothing', async () => {
    const bundle = bundleFrom(xiaoyi, [makeInspection({ deviceId: xiaoyi.deviceId })]);
    const text = JSON.stringify(bundle);
    const before = await dumpTables(server.opened);
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const raw: [string, string, string, string][] = [
      [
        '1e400 in an unknown key',
        text.replace('"place":', '"junk":1e400,"place":'),
        'bad_number',
        'records[0].body.junk',
      ],
      ['1e400 as rev', text.replace('"rev":1,', '"rev":1e400,'), 'bad_number', 'records[0].rev'],
      [
        'lone surrogate',
        text.replace('"place":"', '"place":"\\ud800'),
        'bad_string',
        'records[0].body.place',
      ],
      [
        'lone low surrogate in a key',
        text.replace('"place":', '"\\udc00":1,"place":'),
        'bad_string',
        'records[0].body.\udc00',
      ],
      [
        '5,000 deep in an unknown key',
        text.replace('"place":', `"junk":${deep},"place":`),
        'too_deep',
        'records[0].body.junk',
      ],
    ];
    for (const [label, body, code, path] of raw) {
      const res = await pushBundle(server.url, xiaoyi.token, body);
      expect(res.status, label).toBe(400);
      expect(error(res).code, label).toBe(code);
      expect(JSON.stringify(error(res).details), label).toContain(
        JSON.stringify(path).slice(1, -1),
      );
    }

    const sealed: [string, (doc: Json) => void, string, string][] = [
      [
        'NUL in a unit',
        (doc) => {
          firstBody(doc).answers = {
            'vocs.collection.face-velocity': {
              result: 'pass',
              note: '',
              reading: { values: [0.4], unit: 'm/s\u0000' },
            },
          };
        },
        'control_character',
        'records[0].body.answers.vocs.collection.face-velocity.reading.unit',
      ],
      [
        'bell in a fact',
        (doc) => {
          firstBody(doc).facts = { permitNumber: '91141181\u0007' };
        },
        'control_character',
        'records[0].body.facts.permitNumber',
      ],
      [
        'escape in an option',
        (doc) => {
          firstBody(doc).options = ['chemicals\u001b'];
        },
        'control_character',
        'records[0].body.options[0]',
      ],
      [
        'NUL in the device name',
        (doc) => {
          doc.device = { id: xiaoyi.deviceId, name: '笔记本\u0000' };
        },
        'control_character',
        'device.name',
      ],
      [
        'an unknown key in a body',
        (doc) => {
          firstBody(doc).inspectorMood = '很好';
        },
        'unknown_key',
        'records[0].body.inspectorMood',
      ],
      [
        'an unknown key deep in a body',
        (doc) => {
          (firstBody(doc).site as Json).gps = '37.5,111.1';
        },
        'unknown_key',
        'records[0].body.site.gps',
      ],
    ];
    for (const [label, edit, code, path] of sealed) {
      const doc = clone(bundle);
      edit(doc);
      // Every record hash re-made as a client would, so only the point under test is wrong.
      const rebuilt = resealed(rehashRecords(doc));
      const res = await pushBundle(server.url, xiaoyi.token, JSON.stringify(rebuilt));
      expect(
        res.status,
        `${label}: ${JSON.stringify(res.json).slice(0, 300)}`,
      ).toBeGreaterThanOrEqual(400);
      expect(res.status, label).toBeLessThan(500);
      expect(error(res).code, label).toBe(code);
      expect(JSON.stringify(error(res).details), label).toContain(path);
    }
    expect(await dumpTables(server.opened)).toEqual(before);
  });

  it('refuses control characters in a device name at enrolment (PostgreSQL answered 500)', async () => {
    const { createEnrolCode } = await import('../../src-server/store/deviceStore');
    const before = await dumpTables(server.opened);
    for (const deviceName of ['笔记本\u0000', '笔记本\u0007', '两行\n名字']) {
      const { code } = await createEnrolCode(server.opened.db, '141181', 24, new Date());
      const res = await call(`${server.url}/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, deviceName }),
      });
      expect(res.status, JSON.stringify(deviceName)).toBe(400);
      expect(error(res).message).toContain('deviceName');
    }
    const after = await dumpTables(server.opened);
    expect(after.devices).toEqual(before.devices);
  });
});
