// The machinery registry on real Dexie (fake-indexeddb): validation, duplicates, edits, outbox.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { canonicalHash } from '../../../shared/domain/hash';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { MachineDuplicateError } from '../../../src-renderer/db/machineDuplicateError';
import { shanghaiToday } from '../../../src-renderer/db/machineFields';
import {
  findDuplicates,
  getMachine,
  registerMachine,
  updateMachine,
} from '../../../src-renderer/db/machineRepository';
import { listOutbox } from '../../../src-renderer/db/outboxRepository';
import { RecordStateError } from '../../../src-renderer/db/recordStateError';
import { testDeviceId } from '../../fixtures/builders';
import { dumpTables, freshDatabase } from '../testDatabase';
import { machineFields } from './machineFixtures';

let db: AppDatabase;
afterEach(async () => {
  await db.delete();
});

const options = { deviceId: testDeviceId };

function tomorrow(): string {
  return new Date(Date.parse(`${shanghaiToday()}T12:00:00Z`) + 24 * 3600 * 1000)
    .toISOString()
    .slice(0, 10);
}

describe('registerMachine', () => {
  it('stores the machine (rev 1, draft, keys normalised) with its outbox entry', async () => {
    db = freshDatabase();
    const machine = await registerMachine(
      db,
      machineFields({
        pin: ' sy215c10k8j21034',
        registrationCode: 'ｌｌ２０２６０００１',
        engineNumber: '1619k003456 ',
      }),
      options,
    );
    expect(machine).toMatchObject({
      rev: 1,
      baseRev: 0,
      status: 'draft',
      kind: 'machine',
      deviceId: testDeviceId,
      pin: 'SY215C10K8J21034',
      registrationCode: 'LL20260001',
      engineNumber: '1619K003456',
      owner: '吕梁市某建筑工程有限公司',
    });
    expect(await getMachine(db, machine.id)).toEqual(machine);
    expect(await listOutbox(db)).toEqual([
      expect.objectContaining({
        recordId: machine.id,
        kind: 'machine',
        rev: 1,
        baseRev: 0,
        contentHash: canonicalHash(machine),
      }),
    ]);
  });

  it.each([
    {
      what: 'letters in the rated power',
      patch: { ratedPowerKw: Number('110kW') },
      message: 'errors.number',
    },
    { what: 'a negative power', patch: { ratedPowerKw: -110 }, message: 'errors.positive' },
    { what: 'zero power', patch: { ratedPowerKw: 0 }, message: 'errors.positive' },
    {
      what: 'a manufacture date tomorrow',
      patch: { manufactureDate: tomorrow() },
      message: 'registry.errors.futureDate',
    },
    {
      what: 'a rolled-over date',
      patch: { manufactureDate: '2023-02-30' },
      message: 'errors.date',
    },
    {
      what: 'a wrong credit code',
      patch: { ownerCreditCode: '91141100MA0K12345X' },
      message: 'errors.uscc.checksum',
    },
    { what: 'a malformed phone', patch: { contactPhone: '139-3580-12' }, message: 'errors.phone' },
    { what: 'a blank owner', patch: { owner: ' \u3000 ' }, message: 'errors.required' },
    // An old machine may lack a PIN, but only with the reason (docs/records.md).
    { what: 'no PIN', patch: { pin: '' }, message: 'registry.errors.pinOrReason' },
    {
      what: 'a newline in the model',
      patch: { model: 'SY215C\nX' },
      message: 'errors.controlChars',
    },
    {
      what: 'a 101-character owner',
      patch: { owner: '吕'.repeat(101) },
      message: 'errors.tooLong',
    },
  ])('refuses $what and writes nothing', async ({ patch, message }) => {
    db = freshDatabase();
    const before = await dumpTables(db);
    const error: unknown = await registerMachine(db, machineFields(patch), options).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.message)).toContain(message);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('accepts a machine built today and an empty optional credit code and phone', async () => {
    db = freshDatabase();
    const machine = await registerMachine(
      db,
      machineFields({
        manufactureDate: shanghaiToday(),
        ownerCreditCode: '',
        contactPhone: '',
        registrationCode: '',
      }),
      options,
    );
    expect(machine).toMatchObject({ ownerCreditCode: '', contactPhone: '', registrationCode: '' });
  });
});

describe('duplicates', () => {
  it.each([
    ['the same PIN', 'SY215C10K8J21034'],
    ['lower case', 'sy215c10k8j21034'],
    ['full width', 'ＳＹ２１５Ｃ１０Ｋ８Ｊ２１０３４'],
    ['spaces between groups', ' SY215C 10K8J 21034 '],
  ])(
    'refuses a second machine with %s, even when confirmed, and writes nothing',
    async (_what, pin) => {
      db = freshDatabase();
      const first = await registerMachine(db, machineFields({ pin: 'SY215C10K8J21034' }), options);
      const before = await dumpTables(db);
      const error: unknown = await registerMachine(db, machineFields({ pin }), {
        ...options,
        confirmedDifferentMachine: true,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MachineDuplicateError);
      expect(error).toMatchObject({ key: 'pin', existing: [first] });
      expect(await dumpTables(db)).toEqual(before);
    },
  );

  it('refuses the same registration code until the user confirms a different machine', async () => {
    db = freshDatabase();
    const first = await registerMachine(
      db,
      machineFields({ registrationCode: 'LL-2026-0001' }),
      options,
    );
    const clash = machineFields({ registrationCode: 'll-２０２６-0001' });
    await expect(registerMachine(db, clash, options)).rejects.toMatchObject({
      key: 'registrationCode',
      existing: [first],
    });
    expect(await db.machines.count()).toBe(1);
    const second = await registerMachine(db, clash, {
      ...options,
      confirmedDifferentMachine: true,
    });
    expect(second.registrationCode).toBe('LL-2026-0001');
    expect(await db.machines.count()).toBe(2);
  });

  it('findDuplicates names both clashes, ignores the machine itself and empty codes', async () => {
    db = freshDatabase();
    const a = await registerMachine(
      db,
      machineFields({ pin: 'PIN-A-0001', registrationCode: '' }),
      options,
    );
    const b = await registerMachine(
      db,
      machineFields({ pin: 'PIN-B-0002', registrationCode: 'CODE-B' }),
      options,
    );
    await registerMachine(db, machineFields({ registrationCode: '' }), options);
    expect(
      await findDuplicates(db, { pin: 'pin-a-0001', registrationCode: 'ｃｏｄｅ－ｂ' }),
    ).toEqual({ samePin: [a], sameCode: [b] });
    expect(
      await findDuplicates(db, { id: b.id, pin: b.pin, registrationCode: b.registrationCode }),
    ).toEqual({
      samePin: [],
      sameCode: [],
    });
    expect((await findDuplicates(db, { pin: 'NEW-PIN', registrationCode: '  ' })).sameCode).toEqual(
      [],
    );
  });
});

describe('updateMachine', () => {
  it('saves an edit with rev + 1, the envelope kept and the outbox entry replaced in place', async () => {
    db = freshDatabase();
    const machine = await registerMachine(db, machineFields(), options);
    const [queued] = await listOutbox(db);
    const edited = await updateMachine(db, machine.id, {
      ...machineFields(),
      pin: machine.pin,
      siteOfUse: '交城县夏家营镇光伏项目🏗️',
    });
    expect(edited).toMatchObject({
      id: machine.id,
      rev: 2,
      createdAt: machine.createdAt,
      siteOfUse: '交城县夏家营镇光伏项目🏗️',
    });
    expect(await getMachine(db, machine.id)).toEqual(edited);
    expect(await listOutbox(db)).toEqual([
      expect.objectContaining({
        recordId: machine.id,
        rev: 2,
        contentHash: canonicalHash(edited),
        queuedAt: queued?.queuedAt,
      }),
    ]);
  });

  it('refuses a bad edit, a PIN taken by another machine, a missing or finalized machine; writes nothing', async () => {
    db = freshDatabase();
    const a = await registerMachine(db, machineFields(), options);
    const b = await registerMachine(db, machineFields(), options);
    const before = await dumpTables(db);
    await expect(
      updateMachine(db, a.id, machineFields({ pin: a.pin, ratedPowerKw: -1 })),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      updateMachine(db, a.id, machineFields({ pin: b.pin.toLowerCase() })),
    ).rejects.toMatchObject({ key: 'pin' });
    await expect(updateMachine(db, 'no-such-id', machineFields())).rejects.toMatchObject({
      problem: 'not-found',
    });
    expect(await dumpTables(db)).toEqual(before);
    await db.machines.update(a.id, { status: 'finalized' });
    await expect(updateMachine(db, a.id, machineFields({ pin: a.pin }))).rejects.toBeInstanceOf(
      RecordStateError,
    );
  });

  it('lets an entry that already shares a code (confirmed) be edited without confirming again', async () => {
    db = freshDatabase();
    await registerMachine(db, machineFields({ registrationCode: 'LL0001' }), options);
    const twin = await registerMachine(db, machineFields({ registrationCode: 'LL0001' }), {
      ...options,
      confirmedDifferentMachine: true,
    });
    const edited = await updateMachine(db, twin.id, {
      ...machineFields({ registrationCode: 'LL0001' }),
      pin: twin.pin,
      contactName: '赵六',
    });
    expect(edited.contactName).toBe('赵六');
  });
});

describe('outbox atomicity', () => {
  it('stores no machine when its outbox entry cannot be written', async () => {
    db = freshDatabase();
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(registerMachine(db, machineFields(), options)).rejects.toThrow('disk full');
    expect(await db.machines.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps the old version when the outbox update of an edit fails', async () => {
    db = freshDatabase();
    const machine = await registerMachine(db, machineFields(), options);
    db.outbox.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(
      updateMachine(db, machine.id, machineFields({ pin: machine.pin, owner: '柳林县某公司' })),
    ).rejects.toThrow('disk full');
    expect(await getMachine(db, machine.id)).toEqual(machine);
  });
});
