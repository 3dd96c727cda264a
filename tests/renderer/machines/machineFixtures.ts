/** What the registration form hands the repository: a machine's fields without the envelope. */
import type { MachineFieldsInput } from '../../../src-renderer/db/machineFields';
import { makeMachine } from '../../fixtures/builders';

export function machineFields(overrides: Partial<MachineFieldsInput> = {}): MachineFieldsInput {
  const {
    id: _id,
    rev: _rev,
    baseRev: _baseRev,
    status: _status,
    deviceId: _device,
    createdAt: _c,
    updatedAt: _u,
    kind: _kind,
    ...fields
  } = makeMachine();
  return { ...fields, ...overrides };
}
