// Every machine write and every machinery-check draft appends its audit entry in the same
// transaction as the write: both there, chained and verifiable, or both absent.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalHash } from '../../../shared/domain/hash';
import { listAuditLog, verifyStoredAuditLog } from '../../../src-renderer/db/auditLog';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import { startMachineCheck } from '../../../src-renderer/db/machineCheckDraft';
import { MachineDuplicateError } from '../../../src-renderer/db/machineDuplicateError';
import {
  getMachine,
  registerMachine,
  updateMachine,
} from '../../../src-renderer/db/machineRepository';
import { listOutbox } from '../../../src-renderer/db/outboxRepository';
import { makeInspector, makeSite, testDeviceId } from '../../fixtures/builders';
import { dumpTables, freshDatabase } from '../testDatabase';
import { machineFields } from './machineFixtures';

let db: AppDatabase;
afterEach(async () => {
  await db.delete();
});

const options = { deviceId: testDeviceId };

/** Makes every new audit entry fail, as a full disk would at that very write. */
function failAuditWrites(): () => void {
  const fail = () => {
    throw new Error('simulated audit log failure');
  };
  db.auditLog.hook('creating', fail);
  return () => db.auditLog.hook('creating').unsubscribe(fail);
}

describe('audit entries of the machinery registry', () => {
  it('registering and editing a machine each append a chained entry hashed like the outbox', async () => {
    db = freshDatabase();
    const machine = await registerMachine(
      db,
      machineFields({ owner: '孝义市“鑫磊”土石方工程队 🚜', ratedPowerKw: 110 }),
      options,
    );
    const [queuedOnCreate] = await listOutbox(db);
    const edited = await updateMachine(
      db,
      machine.id,
      machineFields({ ...machine, siteOfUse: '离石区滨河北路安置房项目（二标段）' }),
    );
    const [queuedOnEdit] = await listOutbox(db);
    const log = await listAuditLog(db, machine.id);
    const { deviceId } = await getDeviceIdentity(db);
    expect(log.map((e) => [e.seq, e.recordKind, e.action, e.rev])).toEqual([
      [1, 'machine', 'create', 1],
      [2, 'machine', 'update', 2],
    ]);
    expect(log[0]?.contentHash).toBe(queuedOnCreate?.contentHash);
    expect(log[1]?.contentHash).toBe(queuedOnEdit?.contentHash);
    expect(log[1]?.contentHash).toBe(canonicalHash(edited));
    expect(log.every((e) => e.deviceId === deviceId)).toBe(true);
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });
  });

  it('starting a machinery check appends a create entry for the draft on the same chain', async () => {
    db = freshDatabase();
    const machine = await registerMachine(db, machineFields(), options);
    const draft = await startMachineCheck(db, {
      machine,
      site: makeSite({ kind: 'construction', name: '离石区滨河北路安置房项目（二标段）' }),
      inspectors: [makeInspector()],
      deviceId: testDeviceId,
    });
    const log = await listAuditLog(db);
    expect(log.map((e) => [e.seq, e.recordKind, e.recordId, e.action])).toEqual([
      [1, 'machine', machine.id, 'create'],
      [2, 'inspection', draft.id, 'create'],
    ]);
    expect(log[1]?.contentHash).toBe(canonicalHash(draft));
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });
  });

  it('a refused duplicate writes neither machine nor entry', async () => {
    db = freshDatabase();
    const first = await registerMachine(db, machineFields(), options);
    const before = await dumpTables(db);
    await expect(
      registerMachine(db, machineFields({ pin: first.pin.toLowerCase() }), options),
    ).rejects.toBeInstanceOf(MachineDuplicateError);
    expect(await dumpTables(db)).toEqual(before);
    expect(await listAuditLog(db)).toHaveLength(1);
  });

  it('a failing audit entry rolls back the registration, the edit and the check draft', async () => {
    db = freshDatabase();
    const machine = await registerMachine(db, machineFields(), options);
    const before = await dumpTables(db);
    const restore = failAuditWrites();
    await expect(
      registerMachine(db, machineFields({ brand: '柳工', model: 'CLG856H' }), options),
    ).rejects.toThrow('simulated audit log failure');
    await expect(
      updateMachine(db, machine.id, machineFields({ ...machine, owner: '另一家公司' })),
    ).rejects.toThrow('simulated audit log failure');
    await expect(
      startMachineCheck(db, {
        machine,
        site: makeSite({ kind: 'construction' }),
        inspectors: [makeInspector()],
        deviceId: testDeviceId,
      }),
    ).rejects.toThrow('simulated audit log failure');
    restore();
    expect(await dumpTables(db)).toEqual(before);
    expect(await getMachine(db, machine.id)).toEqual(machine);
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });
  });
});
