/**
 * A registration refused because the registry already holds the machine: the same PIN
 * (always refused: a PIN names one machine) or the same registration code (allowed only
 * after the user confirms it is a different machine). Carries the existing entries so the
 * form can show them and link to them.
 */
import type { Machine } from '../../shared/domain/machine';

export type DuplicateKey = 'pin' | 'registrationCode';

export interface MachineDuplicates {
  readonly samePin: readonly Machine[];
  readonly sameCode: readonly Machine[];
}

export class MachineDuplicateError extends Error {
  override readonly name = 'MachineDuplicateError';

  constructor(
    readonly key: DuplicateKey,
    readonly existing: readonly Machine[],
  ) {
    super(
      `Another machine in the registry has the same ${key}: ${existing.map((m) => m.id).join(', ')}`,
    );
  }
}
