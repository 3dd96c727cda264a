// A laptop whose cursor is past the end of the server's change log (the office restored its
// database from a backup) is told so (409 cursor_ahead) and pulls again from the start,
// keeping its own drafts and outbox (docs/sync.md "Cursor ahead").
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDraftInspection,
  getInspection,
  saveDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { listOutbox } from '../../../src-renderer/db/outboxRepository';
import { getCursor } from '../../../src-renderer/db/syncCursor';
import type { Inspection } from '../../../shared/domain/inspection';
import { DeviceId } from '../../../shared/domain/ids';
import { makeInspector, makeSite } from '../../fixtures/builders';
import { dumpTables, startTestServer, type TestServer } from '../../server/support/testServer';
import { enrolClient, type TestClient } from './syncHarness';

let server: TestServer;
let laptop: TestClient;
let office: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  laptop = await enrolClient(server, '141181', '孝义分局 笔记本');
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
  return saveDraft(client.db, { ...draft, place: `${name} 一号车间` });
}

/** What restoring a backup taken at `seq` does to the log and the records after it. */
async function restoreBackupTakenAt(seq: number): Promise<void> {
  const db = server.opened.db;
  const { rows } = await sql<{ id: string }>`select id from changes where seq > ${seq}`.execute(db);
  const ids = rows.map((r) => r.id);
  await sql`delete from changes where seq > ${seq}`.execute(db);
  for (const table of ['records', 'record_heads'] as const) {
    if (ids.length > 0) await db.deleteFrom(table).where('id', 'in', ids).execute();
  }
  await db.deleteFrom('bundles').execute();
}

describe('cursor ahead of the server', () => {
  it('is told, pulls again from 0, and keeps every local draft and its outbox', async () => {
    const first = await newDraft(laptop, '孝义市鹏飞化工');
    expect((await laptop.push()).synced).toBe(1);
    await office.pull();
    const backupSeq = Number(await getCursor(office.db));
    const lost = await newDraft(laptop, '孝义市金达煤焦');
    await newDraft(laptop, '孝义市梧桐建材');
    await laptop.push();
    await office.pull();
    expect(Number(await getCursor(office.db))).toBe(backupSeq + 2);
    const officeDraft = await newDraft(office, '市局 复查记录');

    await restoreBackupTakenAt(backupSeq);
    const after = await newDraft(laptop, '孝义市新兴铸造');
    await laptop.push();
    const before = await dumpTables(server.opened);

    const pulled = await office.pull();
    // From 0 again: the record kept by the backup and the one pushed after the restore.
    expect(pulled.stored + pulled.skipped).toBeGreaterThanOrEqual(1);
    expect(Number(await getCursor(office.db))).toBe(backupSeq + 1);
    expect((await getInspection(office.db, after.id))?.place).toBe(after.place);
    expect((await getInspection(office.db, first.id))?.place).toBe(first.place);
    // Nothing of the laptop's is lost: what the server forgot is still here, and its own draft still queued.
    expect((await getInspection(office.db, lost.id))?.place).toBe(lost.place);
    expect((await getInspection(office.db, officeDraft.id))?.place).toBe(officeDraft.place);
    expect((await listOutbox(office.db)).map((o) => o.recordId)).toEqual([officeDraft.id]);
    // A pull writes nothing on the server.
    expect(await dumpTables(server.opened)).toEqual(before);
  });
});
