// Two field laptops and an office against the REAL server (buildApp on 127.0.0.1:0, temp
// SQLite): push, read-only pull, no push while the outbox is empty, a conflict shown on both
// and resolved by a person, and a network that drops mid-push (nothing lost or duplicated).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDraftInspection,
  getInspection,
  listInspections,
  saveDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { listOutbox } from '../../../src-renderer/db/outboxRepository';
import {
  getBadgeStates,
  getConflictCopy,
  getSyncState,
} from '../../../src-renderer/db/recordSyncState';
import { resolveConflict } from '../../../src-renderer/db/resolveConflict';
import { createSyncApi } from '../../../src-renderer/sync/syncApi';
import { diffRecords, mergeChoices } from '../../../src-renderer/sync/conflictDiff';
import type { SyncTransport } from '../../../shared/ipc/bridge';
import type { Inspection } from '../../../shared/domain/inspection';
import { DeviceId } from '../../../shared/domain/ids';
import { sha256Hex } from '../../../shared/domain/hash';
import { machineOutboxRow, toMachineRow } from '../../../src-renderer/db/machineRows';
import { makeInspector, makeMachine, makeSite } from '../../fixtures/builders';
import { startTestServer, type TestServer } from '../../server/support/testServer';
import { enrolClient, type TestClient } from './syncHarness';

let server: TestServer;
let laptopA: TestClient;
let laptopB: TestClient;
let office: TestClient;
const requests: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const counting: typeof fetch = (input, init) => {
    requests.push(
      `${init?.method ?? 'GET'} ${input instanceof Request ? input.url : input.toString()}`,
    );
    return fetch(input, init);
  };
  laptopA = await enrolClient(server, '141181', '孝义分局 笔记本 A', counting);
  laptopB = await enrolClient(server, '141181', '孝义分局 笔记本 B');
  office = await enrolClient(server, 'city', '吕梁市局 办公室');
});
afterAll(async () => server.close());

async function newDraft(client: TestClient, name: string): Promise<Inspection> {
  const draft = await createDraftInspection(client.db, {
    type: 'vocs',
    template: { id: 'vocs-general', version: 1 },
    site: makeSite({ name, countyCode: '141181' }),
    inspectors: [makeInspector()],
    deviceId: DeviceId.parse(client.device.id),
  });
  return saveDraft(client.db, {
    ...draft,
    place: '二号车间（喷涂线）🏭',
    answers: { 'vocs.collection.face-velocity': { result: 'pass', note: '风速正常' } },
  });
}

async function serverRows(table: 'records' | 'changes'): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
    server.opened.db,
  );
  return Number(rows[0]?.n ?? 0);
}

describe('two laptops and an office', () => {
  let shared: Inspection;

  it('pushes the outbox, marks it at the office and empties the queue', async () => {
    shared = await newDraft(laptopA, '孝义市“鑫源”焦化有限公司');
    const result = await laptopA.push();
    expect(result).toMatchObject({ pushed: true, synced: 1, conflicts: 0, rejected: 0 });
    expect(await listOutbox(laptopA.db)).toEqual([]);
    expect((await getBadgeStates(laptopA.db, [shared.id])).get(shared.id)).toBe('office');
    expect((await getInspection(laptopA.db, shared.id))?.baseRev).toBe(1);
  });

  it('sends nothing while the outbox is empty', async () => {
    requests.length = 0;
    const result = await laptopA.push();
    expect(result.pushed).toBe(false);
    expect(requests).toEqual([]);
  });

  it('the city office pulls it read-only: stored, from another device, never queued', async () => {
    const pulled = await office.pull();
    expect(pulled.stored).toBeGreaterThanOrEqual(1);
    const copy = await getInspection(office.db, shared.id);
    expect(copy?.site.name).toBe('孝义市“鑫源”焦化有限公司');
    expect(await listOutbox(office.db)).toEqual([]);
    expect((await getSyncState(office.db, shared.id))?.origin).toBe('foreign');
    expect((await getBadgeStates(office.db, [shared.id])).get(shared.id)).toBe('foreign');
    expect((await listInspections(office.db)).items.map((i) => i.id)).toContain(shared.id);
    // A second pull brings nothing new and writes nothing.
    expect((await office.pull()).stored).toBe(0);
  });

  it('a draft changed on two laptops becomes a conflict on both, and a person resolves it', async () => {
    await laptopB.pull();
    const onB = await getInspection(laptopB.db, shared.id);
    if (!onB) throw new Error('B did not pull the draft');
    const current = await getInspection(laptopA.db, shared.id);
    if (!current) throw new Error('A lost its draft');
    await saveDraft(laptopA.db, { ...current, place: 'A：一号车间' });
    await saveDraft(laptopB.db, {
      ...onB,
      place: 'B：三号车间（新增）',
      facts: { controlLevel: '重点' },
    });

    expect((await laptopA.push()).synced).toBe(1);
    const onBPush = await laptopB.push();
    expect(onBPush).toMatchObject({ synced: 0, conflicts: 1 });
    await laptopB.pull();
    await laptopA.pull();

    for (const client of [laptopA, laptopB]) {
      expect((await getBadgeStates(client.db, [shared.id])).get(shared.id)).toBe('conflict');
      expect(await getConflictCopy(client.db, shared.id)).toBeDefined();
    }
    // B: its own version vs the office's head (A's edit), field by field.
    const mineB = await getInspection(laptopB.db, shared.id);
    const copyB = await getConflictCopy(laptopB.db, shared.id);
    if (!mineB || !copyB || copyB.body.kind !== 'inspection') throw new Error('conflict not kept');
    const paths = diffRecords(mineB, copyB.body).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['place', 'facts.controlLevel']));
    // Keeps the office's place, its own fact: saved as a draft on the server's head.
    const merged = mergeChoices(mineB, copyB.body, { place: 'theirs' });
    const resolved = await resolveConflict(laptopB.db, merged);
    expect(resolved.baseRev).toBe(copyB.serverRev);
    expect(await getConflictCopy(laptopB.db, shared.id)).toBeUndefined();
    expect(await laptopB.push()).toMatchObject({ synced: 1, conflicts: 0 });

    // A sees the resolution and its conflict is settled.
    await laptopA.pull();
    const onA = await getInspection(laptopA.db, shared.id);
    expect(onA?.place).toBe('A：一号车间');
    expect(onA?.facts).toEqual({ controlLevel: '重点' });
    expect(await getConflictCopy(laptopA.db, shared.id)).toBeUndefined();
    expect((await getBadgeStates(laptopA.db, [shared.id])).get(shared.id)).toBe('office');
  });

  it('a network that drops mid-push retries and completes with nothing lost or duplicated', async () => {
    const second = await newDraft(laptopA, '汾阳市杏花村建材厂');
    const recordsBefore = await serverRows('records');
    let bundlePosts = 0;
    // The first POST reaches the server but its answer is lost; the next two never arrive.
    const flaky: SyncTransport = {
      ...laptopA.transport,
      request: async (request) => {
        if (request.path !== '/bundles') return laptopA.transport.request(request);
        bundlePosts++;
        if (bundlePosts === 1) {
          await laptopA.transport.request(request);
          throw new TypeError('Failed to fetch');
        }
        if (bundlePosts <= 3) throw new TypeError('Failed to fetch');
        return laptopA.transport.request(request);
      },
    };
    const result = await laptopA.push(createSyncApi(flaky));
    expect(bundlePosts).toBe(4);
    expect(result).toMatchObject({ pushed: true, synced: 1 });
    expect(await listOutbox(laptopA.db)).toEqual([]);
    expect(await serverRows('records')).toBe(recordsBefore + 1);
    expect((await getSyncState(laptopA.db, second.id))?.state).toBe('synced');
  });

  it('photos go first and only once: a push cut off after them resumes without resending', async () => {
    const photo = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 13) % 251));
    const sha256 = sha256Hex(photo);
    const draft = await newDraft(laptopA, '孝义市“华兴”化工（带照片）');
    await laptopA.db.attachments.put({
      sha256,
      recordId: draft.id,
      mime: 'image/jpeg',
      size: photo.length,
      blob: new Blob([photo]),
      createdAt: new Date().toISOString(),
    });
    await saveDraft(laptopA.db, {
      ...draft,
      attachments: [
        { sha256, kind: 'photo', mime: 'image/jpeg', size: photo.length, caption: '集气罩破损 📷' },
      ],
    });
    const machine = makeMachine({
      deviceId: DeviceId.parse(laptopA.device.id),
      siteOfUse: '孝义市梧桐镇工地',
    });
    await laptopA.db.transaction('rw', laptopA.db.machines, laptopA.db.outbox, async () => {
      await laptopA.db.machines.put(toMachineRow(machine));
      await laptopA.db.outbox.put(machineOutboxRow(machine, undefined, new Date().toISOString()));
    });
    const puts: string[] = [];
    let down = true;
    const cutOff: SyncTransport = {
      ...laptopA.transport,
      request: (request) => {
        if (request.method === 'PUT') puts.push(request.path);
        if (request.path === '/bundles' && down)
          return Promise.resolve({
            status: 503,
            contentType: 'application/json',
            body: new TextEncoder().encode(
              '{"error":{"code":"unavailable","message":"restarting"}}',
            ),
          });
        return laptopA.transport.request(request);
      },
    };
    await expect(laptopA.push(createSyncApi(cutOff))).rejects.toMatchObject({ status: 503 });
    expect(puts).toEqual([`/attachments/${sha256}`]);
    expect(await laptopA.db.outbox.count()).toBe(2);
    down = false;
    const result = await laptopA.push(createSyncApi(cutOff));
    expect(result).toMatchObject({ synced: 2, attachmentsSent: 0 });
    expect(puts).toHaveLength(1);
    expect((await getSyncState(laptopA.db, draft.id))?.heldAttachments).toEqual([sha256]);
    expect((await getBadgeStates(laptopA.db, [machine.id])).get(machine.id)).toBe('office');
  });

  it('a 4xx is not retried', async () => {
    await newDraft(laptopA, '交城县义望铁合金厂');
    let posts = 0;
    const refusing: SyncTransport = {
      ...laptopA.transport,
      request: (request) => {
        if (request.path === '/bundles') posts++;
        return request.path === '/bundles'
          ? Promise.resolve({
              status: 403,
              contentType: 'application/json',
              body: new TextEncoder().encode('{"error":{"code":"out_of_scope","message":"no"}}'),
            })
          : laptopA.transport.request(request);
      },
    };
    await expect(laptopA.push(createSyncApi(refusing))).rejects.toMatchObject({
      status: 403,
      wireCode: 'out_of_scope',
      code: 'server.outOfScope',
    });
    expect(posts).toBe(1);
    expect(await listOutbox(laptopA.db)).toHaveLength(1);
  });
});
