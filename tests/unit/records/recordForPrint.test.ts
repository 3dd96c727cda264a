// A draft machinery check prints its machine from the registry at export time; a finalised
// record only its own copy (docs/records.md "Machine identity"). Registry values beside the
// nameplate items come from the same identity (shared/templates/registryCompare.ts).
import { describe, expect, it } from 'vitest';
import { Inspection } from '../../../shared/domain/inspection';
import { MachineIdentity, machineIdentityOf, type Machine } from '../../../shared/domain/machine';
import { inspectionModel } from '../../../shared/pdf/inspectionModel';
import { modelTexts } from '../../../shared/pdf/pdfModel';
import { recordForPrint } from '../../../shared/pdf/recordForPrint';
import { computeRecordHash } from '../../../shared/records/contentHash';
import { registryFieldsFor } from '../../../shared/templates/registryCompare';
import { makeFixtureMachine } from '../../fixtures/records/recordFixtures';
import { dustTemplate, makeFinalisable } from './recordFixtures';
import { fixedRecord } from './fixedRecord';

const texts = (record: Inspection) =>
  modelTexts(inspectionModel(record, dustTemplate, '吕梁市生态环境局离石分局'))
    .map((t) => t.text)
    .join('\n');

function draftOf(machine: Machine): Inspection {
  return { ...makeFinalisable(), status: 'draft', machineId: machine.id };
}

describe('recordForPrint', () => {
  it('prints a draft check with the registry entry looked up at export time', () => {
    const machine = makeFixtureMachine({ pin: 'SY021DBCK0C5L7890' });
    const draft = draftOf(machine);
    expect(draft.machine).toBeUndefined();
    const printed = recordForPrint(draft, machine);
    expect(printed.machine).toEqual(machineIdentityOf(machine));
    const text = texts(printed);
    expect(text).toContain('产品识别码（PIN）\nSY021DBCK0C5L7890');
    expect(text).toContain('发动机编号\n6HK1-528031');
    expect(text).toContain('所有人\n山西建投第三建筑工程有限公司');
    // The stored draft itself is not changed.
    expect(draft.machine).toBeUndefined();
  });

  it('ignores another machine and a draft without a machine', () => {
    const machine = makeFixtureMachine();
    const other = makeFixtureMachine({ brand: '徐工' });
    const draft = draftOf(machine);
    expect(recordForPrint(draft, other)).toBe(draft);
    expect(recordForPrint(draft, undefined)).toBe(draft);
    const { machineId: _m, ...plain } = draft;
    expect(recordForPrint(plain as Inspection, machine)).toBe(plain);
    expect(texts(recordForPrint(plain as Inspection, machine))).not.toContain('发动机编号');
  });

  it('keeps a finalised record’s own copy after the registry changed, and its hash', () => {
    const machine = makeFixtureMachine();
    const finalised: Inspection = {
      ...makeFinalisable(),
      status: 'finalized',
      machineId: machine.id,
      machine: machineIdentityOf(machine),
    };
    const edited = { ...machine, engineNumber: '6HK1-999999', owner: '另一家公司' };
    const printed = recordForPrint(finalised, edited);
    expect(printed).toBe(finalised);
    const text = texts(printed);
    expect(text).toContain('发动机编号\n6HK1-528031');
    expect(text).not.toContain('6HK1-999999');
    // A finalised record without a copy (older than the copy) is not given one.
    const old = { ...fixedRecord, machineId: machine.id };
    expect(recordForPrint(old, machine)).toBe(old);
    expect(computeRecordHash(recordForPrint(fixedRecord, machine))).toBe(
      computeRecordHash(fixedRecord),
    );
  });

  it('prints a draft without the machine when the entry no longer parses as an identity', () => {
    const machine = makeFixtureMachine();
    const broken = { ...machine, engineNumber: '' };
    const draft = draftOf(machine);
    expect(recordForPrint(draft, broken)).toBe(draft);
  });
});

describe('registryFieldsFor', () => {
  it('names the fields each nameplate item compares, skipping the empty ones', () => {
    const identity = machineIdentityOf(makeFixtureMachine());
    expect(registryFieldsFor('machinery.nameplate.machine', identity)).toEqual([
      'model',
      'pin',
      'pinMissingReason',
      'factorySerial',
    ]);
    expect(registryFieldsFor('machinery.nameplate.engine', identity)).toEqual([
      'engineModel',
      'engineNumber',
    ]);
    expect(registryFieldsFor('machinery.nameplate.power', identity)).toEqual(['ratedPowerKw']);
    expect(registryFieldsFor('machinery.registration.code-matches', identity)).toEqual([
      'registrationCode',
    ]);
    const bare = machineIdentityOf(
      makeFixtureMachine({ pinMissingReason: '', factorySerial: '', registrationCode: '' }),
    );
    expect(bare.factorySerial).toBeUndefined();
    expect(registryFieldsFor('machinery.nameplate.machine', bare)).toEqual(['model', 'pin']);
    expect(registryFieldsFor('machinery.registration.code-matches', bare)).toEqual([]);
    expect(registryFieldsFor('machinery.zone.stage-allowed', identity)).toEqual([]);
  });

  it('an identity copied before factorySerial existed parses back unchanged (same hash)', () => {
    const { factorySerial: _f, ...old } = machineIdentityOf(makeFixtureMachine());
    expect(MachineIdentity.parse(old)).toEqual(old);
    const finalised = { ...fixedRecord, machine: old };
    expect(computeRecordHash(Inspection.parse(finalised))).toBe(computeRecordHash(finalised));
  });
});
