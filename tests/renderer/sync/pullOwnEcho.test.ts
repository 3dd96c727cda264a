// A pull that brings back the revision this device pushed (the office's head is ours): it is
// skipped and nothing is written, whatever the body; a newer head of the same record is not.
import { describe, expect, it } from 'vitest';
import { recordBodyHash } from '../../../shared/bundle/recordBodyHash';
import { DeviceId } from '../../../shared/domain/ids';
import type { Inspection } from '../../../shared/domain/inspection';
import type { RecordChange } from '../../../shared/sync/wireSchemas';
import { getInspection } from '../../../src-renderer/db/inspectionRepository';
import { applyChangesPage } from '../../../src-renderer/db/applyPulledChanges';
import { getSyncState, putSyncState } from '../../../src-renderer/db/recordSyncState';
import { makeInspection } from '../../fixtures/builders';
import { dumpTables, freshDatabase, storeAsIs } from '../testDatabase';

const ME = '0190f5a4-7c1e-7d2a-9b3c-aaaaaaaaaaaa';

function change(body: unknown, hash: string, serverRev: number, seq: number): RecordChange {
  return {
    type: 'record',
    seq,
    kind: 'inspection',
    id: (body as Inspection).id,
    serverRev,
    hash,
    status: 'draft',
    deviceId: DeviceId.parse(ME),
    receivedAt: new Date().toISOString(),
    body: body as RecordChange['body'],
  };
}

describe('pull of our own pushed revision', () => {
  it('is skipped without a write; a newer head is stored', async () => {
    const db = freshDatabase();
    const mine = makeInspection({ place: '吕梁市离石区 🏭 东门', baseRev: 1 });
    await storeAsIs(db, mine);
    const hash = recordBodyHash(mine);
    await putSyncState(db, mine.id, {
      kind: 'inspection',
      state: 'synced',
      origin: 'own',
      serverRev: 1,
      serverHash: hash,
      rev: mine.rev,
      heldAttachments: [],
    });
    const before = await dumpTables(db);
    // The echo is skipped before its body is read: even a body the schema would refuse.
    const echo = await applyChangesPage(
      db,
      { changes: [change({ id: mine.id, nonsense: true }, hash, 1, 1)], cursor: '1', more: false },
      ME,
    );
    expect(echo.skipped).toBe(1);
    const after = await dumpTables(db);
    expect({ ...after, settings: undefined }).toEqual({ ...before, settings: undefined });

    const newer = { ...mine, rev: mine.rev + 1, place: '办公室改过的地点' };
    const head = await applyChangesPage(
      db,
      {
        changes: [change(newer, recordBodyHash(newer), 2, 2)],
        cursor: '2',
        more: false,
      },
      ME,
    );
    expect(head.stored + head.skipped).toBe(1);
    expect(await getSyncState(db, mine.id)).toMatchObject({ serverRev: 2 });
    expect((await getInspection(db, mine.id))?.place).toBe('办公室改过的地点');
  });
});
