/**
 * Counts committed renders of the checklist's rows when a test asks for it by defining
 * `globalThis.__checklistRenderCounts` (the e2e test does, before the app loads). Costs one
 * property lookup otherwise. It is how "typing in one item does not re-render 150 rows" is
 * measured in the production build, where React's profiler is compiled out.
 */
import { useEffect } from 'react';

const KEY = '__checklistRenderCounts';

export function useRenderProbe(name: string): void {
  useEffect(() => {
    const counts: unknown = Reflect.get(globalThis, KEY);
    if (typeof counts !== 'object' || counts === null) return;
    const previous: unknown = Reflect.get(counts, name);
    Reflect.set(counts, name, (typeof previous === 'number' ? previous : 0) + 1);
  });
}
