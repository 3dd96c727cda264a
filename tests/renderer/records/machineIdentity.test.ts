// A machinery check copies its machine's identity when finalised (docs/records.md "Machine
// identity"): hashed with the record, unchanged by a later registry edit.
import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId } from '../../../shared/domain/ids';
import type { Inspection } from '../../../shared/domain/inspection';
import { computeRecordHash } from '../../../shared/records/contentHash';
import { storeAttachment } from '../../../src-renderer/db/attachmentRepository';
import type { AppDatabase } from '../../../src-renderer/db/database';
import {
  FinaliseBlockedError,
  finaliseInspectionRecord,
  verifyStoredRecord,
  getInspection,
  saveDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { registerMachine, updateMachine } from '../../../src-renderer/db/machineRepository';
import type { MachineFieldsInput } from '../../../src-renderer/db/machineFields';
import { makeMachine, testDeviceId } from '../../fixtures/builders';
import { attachmentBytesOf, makeFinalisable } from '../../unit/records/recordFixtures';
import { printableRecord } from '../../../src-renderer/features/pdf/printableRecord';
import { freshDatabase } from '../testDatabase';

let db: AppDatabase;
afterEach(async () => {
  await db.delete();
});

function fieldsOf(overrides: Partial<MachineFieldsInput> = {}): MachineFieldsInput {
  const {
    id: _i,
    rev: _r,
    baseRev: _b,
    status: _s,
    deviceId: _d,
    createdAt: _c,
    updatedAt: _u,
    kind: _k,
    ...fields
  } = makeMachine();
  return {
    ...fields,
    registeredOn: '2026-03-02',
    enteredSiteOn: '2026-03-05',
    registeringCounty: '141181',
    ...overrides,
  };
}

async function storedDraft(overrides: Partial<Inspection>): Promise<Inspection> {
  const saved = await saveDraft(db, { ...makeFinalisable(), ...overrides });
  const kinds = new Map(saved.attachments.map((a) => [a.sha256, a]));
  for (const [sha256, bytes] of attachmentBytesOf()) {
    const meta = kinds.get(sha256);
    if (meta)
      await storeAttachment(db, {
        recordId: saved.id,
        kind: meta.kind,
        mime: meta.mime,
        blob: new Blob([bytes.slice()]),
      });
  }
  return saved;
}

describe('machine identity in a check record', () => {
  it('is copied at finalising, hashed, and not changed by a later registry edit', async () => {
    db = freshDatabase();
    const machine = await registerMachine(db, fieldsOf(), { deviceId: testDeviceId });
    const draft = await storedDraft({ machineId: machine.id });
    expect(draft.machine).toBeUndefined();
    const done = await finaliseInspectionRecord(db, draft.id, '2026-03-15T02:45:00.000Z');
    expect(done.machine).toMatchObject({
      id: machine.id,
      brand: machine.brand,
      pin: machine.pin,
      engineNumber: machine.engineNumber,
      registeredOn: '2026-03-02',
      enteredSiteOn: '2026-03-05',
      registeringCounty: '141181',
      ratedPowerKw: machine.ratedPowerKw,
    });
    expect((await verifyStoredRecord(db, done.id)).ok).toBe(true);
    // Without the copy the hash differs: the identity is part of the hashed body.
    const { machine: _m, ...withoutCopy } = done;
    expect(computeRecordHash(withoutCopy as Inspection)).not.toBe(done.hash);

    await updateMachine(db, machine.id, fieldsOf({ brand: '柳工', pin: machine.pin }));
    const stored = await getInspection(db, done.id);
    expect(stored?.machine?.brand).toBe(machine.brand);
    expect(computeRecordHash(stored!)).toBe(done.hash);
  });

  it('prints a draft with the registry entry as it is now, a finalised record with its copy', async () => {
    db = freshDatabase();
    const machine = await registerMachine(db, fieldsOf(), { deviceId: testDeviceId });
    const draft = await storedDraft({ machineId: machine.id });
    await updateMachine(
      db,
      machine.id,
      fieldsOf({ engineNumber: '6HK1-999001', pin: machine.pin }),
    );
    const printedDraft = await printableRecord(db, draft);
    expect(printedDraft.machine).toMatchObject({ id: machine.id, engineNumber: '6HK1-999001' });
    // Printing does not store anything: the draft keeps no copy until it is finalised.
    expect((await getInspection(db, draft.id))?.machine).toBeUndefined();

    const done = await finaliseInspectionRecord(db, draft.id, '2026-03-15T02:45:00.000Z');
    await updateMachine(
      db,
      machine.id,
      fieldsOf({ engineNumber: '6HK1-999002', pin: machine.pin }),
    );
    const printedDone = await printableRecord(db, done);
    expect(printedDone).toBe(done);
    expect(printedDone.machine?.engineNumber).toBe('6HK1-999001');
    // A draft whose machine left the registry prints without one (finalising refuses it).
    const orphan = await storedDraft({ machineId: newRecordId() });
    expect((await printableRecord(db, orphan)).machine).toBeUndefined();
  });

  it('blocks finalising when the machine is not in the registry', async () => {
    db = freshDatabase();
    const draft = await storedDraft({ machineId: newRecordId() });
    const error = await finaliseInspectionRecord(db, draft.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FinaliseBlockedError);
    expect((error as FinaliseBlockedError).problems.map((p) => p.code)).toEqual([
      'machine-unknown',
    ]);
  });

  it('registers an old machine without a PIN only with the reason', async () => {
    db = freshDatabase();
    await expect(
      registerMachine(db, fieldsOf({ pin: '' }), { deviceId: testDeviceId }),
    ).rejects.toThrow(/registry\.errors\.pinOrReason/);
    const old = await registerMachine(
      db,
      fieldsOf({ pin: '', pinMissingReason: '2008 年出厂，铭牌无 PIN' }),
      { deviceId: testDeviceId },
    );
    expect(old.pin).toBe('');
    expect(old.pinMissingReason).toBe('2008 年出厂，铭牌无 PIN');
  });
});
