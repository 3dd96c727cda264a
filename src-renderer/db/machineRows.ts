/**
 * Machines as stored: the domain Machine plus search tokens, and its outbox entry. Pure
 * functions: the one module that writes machines is machineRepository.ts
 * (docs/architecture.md "Write path"). Hashing is synchronous (docs/tech-notes.md §5).
 */
import { canonicalHash } from '../../shared/domain/hash';
import type { Machine } from '../../shared/domain/machine';
import type { MachineRow, OutboxRow } from './database';
import { searchTokensFor } from './searchTokens';

/** The texts a registry search looks in (issue 3 item 5, plus brand and model). */
export function searchableTexts(machine: Machine): string[] {
  return [
    machine.registrationCode,
    machine.pin,
    machine.owner,
    machine.engineNumber,
    machine.brand,
    machine.model,
  ];
}

export function toMachineRow(machine: Machine): MachineRow {
  const tokens = new Set(searchableTexts(machine).flatMap(searchTokensFor));
  return { ...machine, searchTokens: [...tokens] };
}

export function fromMachineRow(row: MachineRow): Machine {
  const { searchTokens: _tokens, ...machine } = row;
  return machine;
}

/** The outbox row of the saved version, keeping the place in the queue of `queued`. */
export function machineOutboxRow(
  machine: Machine,
  queued: OutboxRow | undefined,
  now: string,
): OutboxRow {
  return {
    recordId: machine.id,
    kind: 'machine',
    rev: machine.rev,
    baseRev: machine.baseRev,
    contentHash: canonicalHash(machine),
    queuedAt: queued?.queuedAt ?? now,
  };
}
