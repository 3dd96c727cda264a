/** What every part of one open checklist shares; stable for the life of the screen. */
import { createContext, useContext } from 'react';
import type { MachineIdentity } from '../../../shared/domain/machine';
import type { ChecklistEnv } from './checklistEnv';
import type { ChecklistStore } from './checklistStore';

export interface ChecklistContextValue {
  readonly store: ChecklistStore;
  readonly env: ChecklistEnv;
  readonly readOnly: boolean;
  /** The machine a machinery check compares against (registry, or the record's copy). */
  readonly machine?: MachineIdentity;
}

export const ChecklistContext = createContext<ChecklistContextValue | null>(null);

export function useChecklist(): ChecklistContextValue {
  const value = useContext(ChecklistContext);
  if (!value) throw new Error('useChecklist outside ChecklistContext');
  return value;
}
