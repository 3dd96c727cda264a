/**
 * The office server end to end: the real server on a loopback port, a temporary SQLite file
 * (and PostgreSQL when DATABASE_URL is set), two or three enrolled devices talking fetch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { bundleChecksum } from '../../shared/bundle/buildBundle';
import { Receipt } from '../../shared/bundle/receiptSchema';
import { computeRecordHash } from '../../shared/records/contentHash';
import {
  BUNDLE_CHECKSUM_HEADER,
  BUNDLE_ID_HEADER,
  ChangesResponse,
  ErrorBody,
  type EnrolResponse,
} from '../../shared/sync/wireSchemas';
import { newRecordId } from '../../shared/domain/ids';
import { Inspection } from '../../shared/domain/inspection';
import { createEnrolCode, revokeDevice } from '../../src-server/store/deviceStore';
import { makeInspection, makeSite } from '../fixtures/builders';
import { bundleFrom, call, pull, pushBundle } from './support/client';
import { finalisedDust } from './support/finalised';
import { dumpTables, engines, startTestServer, type TestServer } from './support/testServer';

/** The next saved revision of a record on a device: what the client's autosave does. */
function edit(record: Inspection, baseRev: number, note: string): Inspection {
  return {
    ...record,
    rev: record.rev + 1,
    baseRev,
    updatedAt: new Date(Date.parse(record.updatedAt) + 1000).toISOString(),
    answers: { ...record.answers, 'vocs.storage.sealed': { result: 'fail', note } },
  };
}

function errorCode(json: unknown): string {
  return ErrorBody.parse(json).error.code;
}

describe.each(engines)('office server on %s', (engine) => {
  let server: TestServer;
  let laptopA: EnrolResponse;
  let laptopB: EnrolResponse;
  let office: EnrolResponse;
  let lishi: EnrolResponse;

  beforeAll(async () => {
    server = await startTestServer(engine, { limits: { bodyLimitBytes: 2 * 1024 * 1024 } });
    laptopA = await server.enrol('141181', '孝义分局 张三的笔记本');
    laptopB = await server.enrol('141181', '孝义分局 李四的笔记本');
    office = await server.enrol('city', '吕梁市局 内勤');
    lishi = await server.enrol('141102', '离石分局 笔记本');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers health without auth', async () => {
    const res = await call(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ ok: true });
  });

  it('two devices push and pull; the city office sees it, another county does not', async () => {
    const draft = makeInspection({ deviceId: laptopA.deviceId, place: '二号车间（喷涂线）🏭' });
    const res = await pushBundle(server.url, laptopA.token, bundleFrom(laptopA, [draft]), true);
    expect(res.status).toBe(200);
    const receipt = Receipt.parse(res.json);
    expect(receipt.records).toEqual([
      expect.objectContaining({ id: draft.id, result: 'accepted', serverRev: 1 }),
    ]);

    for (const reader of [laptopB, office]) {
      const page = ChangesResponse.parse((await pull(server.url, reader.token)).json);
      const change = page.changes.find((c) => c.type === 'record' && c.id === draft.id);
      expect(change).toMatchObject({
        serverRev: 1,
        status: 'draft',
        body: { place: '二号车间（喷涂线）🏭' },
      });
    }
    const other = ChangesResponse.parse((await pull(server.url, lishi.token)).json);
    expect(other.changes.some((c) => c.type === 'record' && c.id === draft.id)).toBe(false);
  });

  it('stores nothing new for the same bundle twice and answers duplicate', async () => {
    const records = [
      makeInspection({ deviceId: laptopA.deviceId }),
      makeInspection({ deviceId: laptopA.deviceId }),
    ];
    const bundle = bundleFrom(laptopA, records);
    const first = await pushBundle(server.url, laptopA.token, bundle);
    expect(first.status).toBe(200);
    const before = await dumpTables(server.opened);
    const again = await pushBundle(server.url, laptopA.token, bundle);
    expect(again.status).toBe(200);
    const receipt = Receipt.parse(again.json);
    expect(receipt.records.map((r) => r.result)).toEqual(['duplicate', 'duplicate']);
    expect(receipt.records.map((r) => r.serverRev)).toEqual([1, 1]);
    expect(receipt.bundleChecksum).toBe(bundle.checksum);
    expect(await dumpTables(server.opened)).toEqual(before);

    // Named in headers, the replay is answered before the body is even parsed.
    const named = await call(`${server.url}/bundles`, {
      method: 'POST',
      token: laptopA.token,
      body: JSON.stringify(bundle),
      headers: {
        'content-type': 'application/json',
        [BUNDLE_ID_HEADER]: bundle.bundleId,
        [BUNDLE_CHECKSUM_HEADER]: bundle.checksum,
      },
    });
    expect(Receipt.parse(named.json).records.map((r) => r.result)).toEqual([
      'duplicate',
      'duplicate',
    ]);
    expect(await dumpTables(server.opened)).toEqual(before);

    // The same records in a new bundle (a retry after a lost answer) are duplicates too.
    const retry = await pushBundle(server.url, laptopA.token, bundleFrom(laptopA, records));
    expect(Receipt.parse(retry.json).records.map((r) => r.result)).toEqual([
      'duplicate',
      'duplicate',
    ]);
  });

  it('keeps both revisions when two devices edit the same draft from baseRev 1', async () => {
    const draft = makeInspection({ deviceId: laptopA.deviceId });
    await pushBundle(server.url, laptopA.token, bundleFrom(laptopA, [draft]));
    const onA = edit(draft, 1, '储罐呼吸阀未密闭，现场有明显异味。');
    const onB = { ...edit(draft, 1, 'B 机记录：呼吸阀已整改？待复查'), deviceId: laptopB.deviceId };

    const a = Receipt.parse(
      (await pushBundle(server.url, laptopA.token, bundleFrom(laptopA, [onA]))).json,
    );
    expect(a.records[0]).toMatchObject({ result: 'accepted', serverRev: 2 });
    const b = Receipt.parse(
      (await pushBundle(server.url, laptopB.token, bundleFrom(laptopB, [onB]))).json,
    );
    expect(b.records[0]).toMatchObject({
      result: 'conflict',
      reason: 'stale_base_rev',
      serverRev: 2,
      serverHash: a.records[0]?.hash,
    });

    const stored = await server.opened.db
      .selectFrom('records')
      .select(['hash', 'outcome'])
      .where('id', '=', draft.id)
      .execute();
    expect(stored).toHaveLength(3);
    expect(stored.filter((r) => r.outcome === 'conflict').map((r) => r.hash)).toEqual([
      b.records[0]?.hash,
    ]);
    const head = await server.opened.db
      .selectFrom('record_heads')
      .selectAll()
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(head).toMatchObject({ server_rev: 2, hash: a.records[0]?.hash });

    // Both devices are told: the conflict travels in the change feed with its body.
    const page = ChangesResponse.parse((await pull(server.url, laptopA.token)).json);
    const conflict = page.changes.find((c) => c.type === 'conflict' && c.id === draft.id);
    expect(conflict).toMatchObject({
      serverRev: 2,
      body: { answers: { 'vocs.storage.sealed': { note: 'B 机记录：呼吸阀已整改？待复查' } } },
    });
  });

  it('rejects a finalised record re-sent with another body (409) and keeps the stored one', async () => {
    const { record: finalised, attachments } = finalisedDust(laptopA.deviceId);
    const draft: Inspection = Inspection.parse({
      ...finalised,
      status: 'draft',
      rev: 1,
      baseRev: 0,
      hash: undefined,
      recordNumber: undefined,
      finaliseRules: undefined,
    });
    await pushBundle(server.url, laptopA.token, bundleFrom(laptopA, [draft], attachments));
    const final: Inspection = { ...finalised, baseRev: 1 };
    const ok = Receipt.parse(
      (await pushBundle(server.url, laptopA.token, bundleFrom(laptopA, [final]))).json,
    );
    expect(ok.records[0]).toMatchObject({ result: 'accepted', serverRev: 2 });
    const before = await dumpTables(server.opened);

    // Changed and re-hashed as a laptop would: a valid finalised record, but not the stored one.
    const changed = Inspection.parse({
      ...final,
      place: '改过的地点',
      rev: final.rev + 1,
      baseRev: 2,
      hash: undefined,
    });
    const tampered: Inspection = { ...changed, hash: computeRecordHash(changed) };
    const res = await pushBundle(server.url, laptopB.token, bundleFrom(laptopB, [tampered]));
    expect(res.status).toBe(409);
    expect(errorCode(res.json)).toBe('record_immutable');
    const receipt = Receipt.parse(
      (ErrorBody.parse(res.json).error.details as { receipt: unknown }).receipt,
    );
    expect(receipt.records[0]).toMatchObject({
      result: 'rejected',
      reason: 'finalized_immutable',
      serverHash: ok.records[0]?.hash,
    });
    const head = await server.opened.db
      .selectFrom('record_heads')
      .selectAll()
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(head).toMatchObject({ status: 'finalized', hash: ok.records[0]?.hash, server_rev: 2 });
    const after = await dumpTables(server.opened);
    expect(after.records).toEqual(before.records);
    expect(after.changes).toEqual(before.changes);
  });

  it('refuses a record outside the device scope with 403 and writes nothing', async () => {
    const before = await dumpTables(server.opened);
    const inXiaoyi = makeInspection({ deviceId: lishi.deviceId });
    const res = await pushBundle(
      server.url,
      lishi.token,
      bundleFrom(lishi, [
        makeInspection({ deviceId: lishi.deviceId, site: makeSite({ countyCode: '141102' }) }),
        inXiaoyi,
      ]),
    );
    expect(res.status).toBe(403);
    expect(errorCode(res.json)).toBe('out_of_scope');
    expect(ErrorBody.parse(res.json).error.message).toContain('records[1]');
    expect(await dumpTables(server.opened)).toEqual(before);
  });

  it('answers 401 to no token, a wrong token and a revoked device', async () => {
    expect((await pull(server.url, '')).status).toBe(401);
    const wrong = await pull(server.url, 'x'.repeat(43));
    expect(wrong.status).toBe(401);
    expect(errorCode(wrong.json)).toBe('unauthorized');
    expect(
      (
        await call(`${server.url}/changes`, {
          headers: { authorization: `Basic ${laptopA.token}` },
        })
      ).status,
    ).toBe(401);
    const spare = await server.enrol('141181', '备用机');
    expect((await pull(server.url, spare.token)).status).toBe(200);
    await revokeDevice(server.opened.db, spare.deviceId);
    expect((await pull(server.url, spare.token)).status).toBe(401);
    expect(
      (await pushBundle(server.url, spare.token, bundleFrom(spare, [makeInspection()]))).status,
    ).toBe(401);
  });

  it('answers 413 to an oversized body', async () => {
    const huge = new Uint8Array(3 * 1024 * 1024).fill(0x20);
    const res = await pushBundle(server.url, laptopA.token, huge);
    expect(res.status).toBe(413);
    expect(errorCode(res.json)).toBe('body_too_large');
  });

  it('refuses an expired or reused enrolment code', async () => {
    const { code } = await createEnrolCode(
      server.opened.db,
      '141181',
      1,
      new Date(Date.now() - 2 * 3_600_000),
    );
    const expired = await call(`${server.url}/devices/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, deviceName: '过期码' }),
    });
    expect(expired.status).toBe(403);
    expect(errorCode(expired.json)).toBe('enrol_code_invalid');

    const fresh = await createEnrolCode(server.opened.db, '141181', 24, new Date());
    const typed = fresh.code.toLowerCase().replace(/-/g, ' ');
    const first = await call(`${server.url}/devices/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: typed, deviceName: '新笔记本' }),
    });
    expect(first.status).toBe(201);
    const second = await call(`${server.url}/devices/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: fresh.code, deviceName: '另一台' }),
    });
    expect(second.status).toBe(403);
    const bad = await call(`${server.url}/devices/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"code":12}',
    });
    expect(bad.status).toBe(400);
  });

  it('pages /changes with limit without skipping or repeating a row', async () => {
    const start = ChangesResponse.parse((await pull(server.url, lishi.token)).json);
    const records = Array.from({ length: 7 }, (_, i) =>
      makeInspection({
        deviceId: lishi.deviceId,
        place: `离石 第${i + 1}号点`,
        site: makeSite({ countyCode: '141102' }),
      }),
    );
    expect((await pushBundle(server.url, lishi.token, bundleFrom(lishi, records))).status).toBe(
      200,
    );
    const seen: string[] = [];
    const pages: boolean[] = [];
    let cursor = start.cursor;
    for (;;) {
      const page = ChangesResponse.parse((await pull(server.url, lishi.token, cursor, 3)).json);
      seen.push(...page.changes.map((c) => (c.type === 'reference' ? c.key : c.id)));
      pages.push(page.more);
      cursor = page.cursor;
      if (!page.more) break;
    }
    expect(pages).toEqual([true, true, false]);
    expect(seen).toEqual(records.map((r) => r.id));
    const empty = await pull(server.url, lishi.token, cursor);
    expect(ChangesResponse.parse(empty.json).changes).toEqual([]);
    expect(empty.bytes).toBeLessThanOrEqual(1024);
    expect((await pull(server.url, lishi.token, 'abc')).status).toBe(400);
  });

  it('handles attachments: missing, put with hash check, get in scope only', async () => {
    const photo = new Uint8Array(5000).map((_, i) => (i * 31 + 7) % 256);
    const sha256 = createHash('sha256').update(photo).digest('hex');
    const missing = await call(`${server.url}/attachments/missing`, {
      method: 'POST',
      token: laptopA.token,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hashes: [sha256] }),
    });
    expect(missing.json).toEqual({ missing: [sha256] });

    const wrong = await call(`${server.url}/attachments/${'0'.repeat(64)}`, {
      method: 'PUT',
      token: laptopA.token,
      headers: { 'content-type': 'image/jpeg' },
      body: photo,
    });
    expect(wrong.status).toBe(400);
    expect(errorCode(wrong.json)).toBe('hash_mismatch');
    const put = await call(`${server.url}/attachments/${sha256}`, {
      method: 'PUT',
      token: laptopA.token,
      headers: { 'content-type': 'image/jpeg' },
      body: photo,
    });
    expect(put.status).toBe(201);
    const again = await call(`${server.url}/attachments/${sha256}`, {
      method: 'PUT',
      token: laptopA.token,
      headers: { 'content-type': 'image/jpeg' },
      body: photo,
    });
    expect(again).toMatchObject({ status: 200, json: { stored: false } });
    const none = await call(`${server.url}/attachments/missing`, {
      method: 'POST',
      token: laptopA.token,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hashes: [sha256] }),
    });
    expect(none.json).toEqual({ missing: [] });

    // Not referenced by any record yet: nobody may read it back.
    expect(
      (await call(`${server.url}/attachments/${sha256}`, { token: laptopA.token })).status,
    ).toBe(404);
    const withPhoto = makeInspection({
      deviceId: laptopA.deviceId,
      attachments: [
        { sha256, kind: 'photo', mime: 'image/jpeg', size: photo.length, caption: '废气收集罩' },
      ],
    });
    expect(
      (await pushBundle(server.url, laptopA.token, bundleFrom(laptopA, [withPhoto]))).status,
    ).toBe(200);
    const got = await fetch(`${server.url}/attachments/${sha256}`, {
      headers: { authorization: `Bearer ${laptopB.token}` },
    });
    expect(got.status).toBe(200);
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(photo);
    expect((await call(`${server.url}/attachments/${sha256}`, { token: lishi.token })).status).toBe(
      404,
    );
    expect(
      (await call(`${server.url}/attachments/${sha256}`, { token: office.token })).status,
    ).toBe(200);

    // A record whose photo never reached the server is refused until it is uploaded.
    const lost = 'ab'.repeat(32);
    const orphan = makeInspection({
      deviceId: laptopA.deviceId,
      attachments: [{ sha256: lost, kind: 'photo', mime: 'image/jpeg', size: 10 }],
    });
    const refused = await pushBundle(server.url, laptopA.token, bundleFrom(laptopA, [orphan]));
    expect(refused.status).toBe(409);
    expect(ErrorBody.parse(refused.json).error).toMatchObject({
      code: 'attachments_missing',
      details: { missing: [lost] },
    });

    // Or it carries the bytes inside the bundle (the USB path).
    const scan = new TextEncoder().encode('%PDF-1.7 整改通知书扫描件');
    const carried = makeInspection({
      deviceId: laptopA.deviceId,
      attachments: [
        {
          sha256: createHash('sha256').update(scan).digest('hex'),
          kind: 'document',
          mime: 'application/pdf',
          size: scan.length,
        },
      ],
    });
    const res = await pushBundle(
      server.url,
      laptopA.token,
      bundleFrom(laptopA, [carried], [{ mime: 'application/pdf', bytes: scan }]),
    );
    expect(res.status).toBe(200);
  });

  it('refuses a reused bundle id with other content', async () => {
    const bundle = bundleFrom(laptopA, [makeInspection({ deviceId: laptopA.deviceId })]);
    expect((await pushBundle(server.url, laptopA.token, bundle)).status).toBe(200);
    const other = bundleFrom(laptopA, [
      makeInspection({ deviceId: laptopA.deviceId, id: newRecordId() }),
    ]);
    // A valid bundle (sealed with its own checksum) that reuses the id: 409 only once it verifies.
    const reused = { ...other, bundleId: bundle.bundleId };
    const res = await pushBundle(server.url, laptopA.token, {
      ...reused,
      checksum: bundleChecksum(reused),
    });
    expect(res.status).toBe(409);
    expect(errorCode(res.json)).toBe('bundle_id_reused');
  });
});
