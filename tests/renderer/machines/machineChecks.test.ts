// 开始现场检查 and the machine's check history.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalHash } from '../../../shared/domain/hash';
import { latestTemplate } from '../../../shared/templates/registry';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { getInspection, saveDraft } from '../../../src-renderer/db/inspectionRepository';
import { machineCheckFacts, startMachineCheck } from '../../../src-renderer/db/machineCheckDraft';
import { listChecksOfMachine } from '../../../src-renderer/db/machineChecks';
import { registerMachine } from '../../../src-renderer/db/machineRepository';
import { listOutbox } from '../../../src-renderer/db/outboxRepository';
import { getSite } from '../../../src-renderer/db/siteRepository';
import {
  makeInspection,
  makeInspector,
  makeMachine,
  makeSite,
  testDeviceId,
} from '../../fixtures/builders';
import { dumpTables, freshDatabase, storeAsIs } from '../testDatabase';
import { machineFields } from './machineFixtures';

let db: AppDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** The database of the running test. */
function current(): AppDatabase {
  if (!db) db = freshDatabase();
  return db;
}

const site = () => makeSite({ kind: 'construction', name: '离石区滨河北路安置房项目（二标段）' });

describe('machineCheckFacts', () => {
  it('takes every prefillFrom fact from the machine and leaves empty ones out', () => {
    const template = latestTemplate('machinery');
    const machine = makeMachine({
      registrationCode: 'LL0001',
      emissionStage: 'china4',
      ratedPowerKw: 129.5,
      fuel: 'diesel',
    });
    expect(machineCheckFacts(template, machine)).toEqual({
      registrationCode: 'LL0001',
      emissionStage: 'china4',
      ratedPowerKw: 129.5,
      fuel: 'diesel',
    });
    expect(machineCheckFacts(template, makeMachine({ registrationCode: '' }))).not.toHaveProperty(
      'registrationCode',
    );
  });
});

describe('startMachineCheck', () => {
  it('creates a machinery draft for the machine with its facts, site and outbox entry', async () => {
    const machine = await registerMachine(
      current(),
      machineFields({ emissionStage: 'china3', ratedPowerKw: 110 }),
      { deviceId: testDeviceId },
    );
    const draft = await startMachineCheck(current(), {
      machine,
      site: site(),
      inspectors: [makeInspector()],
      deviceId: testDeviceId,
    });
    const template = latestTemplate('machinery');
    expect(draft).toMatchObject({
      type: 'machinery',
      status: 'draft',
      rev: 1,
      machineId: machine.id,
      template: { id: template.id, version: template.version },
      facts: {
        emissionStage: 'china3',
        ratedPowerKw: 110,
        fuel: 'diesel',
        registrationCode: machine.registrationCode,
      },
    });
    expect(await getInspection(current(), draft.id)).toEqual(draft);
    expect(await getSite(current(), draft.site.id)).toEqual(draft.site);
    expect(await listOutbox(current())).toContainEqual(
      expect.objectContaining({
        recordId: draft.id,
        kind: 'inspection',
        contentHash: canonicalHash(draft),
      }),
    );
  });

  it('refuses an invalid site and writes nothing', async () => {
    const machine = await registerMachine(current(), machineFields(), { deviceId: testDeviceId });
    const before = await dumpTables(current());
    const bad = { ...site(), creditCode: '91141100MA0K12345X' };
    await expect(
      startMachineCheck(current(), { machine, site: bad, inspectors: [], deviceId: testDeviceId }),
    ).rejects.toThrow();
    expect(await dumpTables(current())).toEqual(before);
  });
});

describe('listChecksOfMachine', () => {
  it("lists only this machine's checks, newest first, with their outcome", async () => {
    const options = { deviceId: testDeviceId };
    const excavator = await registerMachine(current(), machineFields(), options);
    const loader = await registerMachine(
      current(),
      machineFields({ machineType: 'loader' }),
      options,
    );
    const start = (machine: typeof excavator) =>
      startMachineCheck(current(), {
        machine,
        site: site(),
        inspectors: [makeInspector()],
        deviceId: testDeviceId,
      });
    const first = await start(excavator);
    await start(loader);
    await storeAsIs(current(), makeInspection({ type: 'dust', site: site() }));
    const second = await start(excavator);
    const failed = await saveDraft(current(), {
      ...second,
      answers: { 'machinery.registration.label-present': { result: 'fail', note: '未见环保号牌' } },
    });
    await storeAsIs(
      current(),
      makeInspection({
        ...first,
        type: 'machinery',
        status: 'finalized',
        recordNumber: '离石-2026-D7K-0001',
        updatedAt: new Date().toISOString(),
      }),
    );

    const history = await listChecksOfMachine(current(), excavator.id);
    expect(history.map((c) => [c.id, c.outcome, c.status])).toEqual([
      [first.id, 'pass', 'finalized'],
      [failed.id, 'fail', 'draft'],
    ]);
    expect(history[0]).toMatchObject({
      recordNumber: '离石-2026-D7K-0001',
      siteName: '离石区滨河北路安置房项目（二标段）',
    });
    expect(await listChecksOfMachine(current(), loader.id)).toHaveLength(1);
    expect(await listChecksOfMachine(current(), makeMachine().id)).toEqual([]);
  });
});
