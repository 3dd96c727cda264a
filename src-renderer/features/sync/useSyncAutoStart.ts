/**
 * Mounted once in the shell: automatic sync and the rolling backup run on every screen.
 * The sync code (bundles, their schemas, gzip) is imported once the first screen is drawn
 * and the page is idle, not before: a cold open shows the list without it (docs/sync.md
 * "Performance").
 */
import { useEffect } from 'react';
import { useServices } from '../../app/services';
import type { SyncController } from '../../sync/syncController';

export function useSyncAutoStart(): void {
  const { db, bridge, device } = useServices();
  useEffect(() => {
    let unmounted = false;
    let controller: SyncController | undefined;
    const load = () =>
      void import('../../sync/syncController').then(({ getSyncController }) => {
        if (unmounted) return;
        controller = getSyncController({
          db,
          bridge,
          device: { id: device.deviceId, name: device.name },
        });
        controller.start();
      });
    // When the first screen has been drawn and the page is idle (at most 2 s later).
    const idle = typeof requestIdleCallback === 'function';
    const handle = idle
      ? requestIdleCallback(load, { timeout: 2_000 })
      : window.setTimeout(load, 500);
    return () => {
      unmounted = true;
      if (idle) cancelIdleCallback(handle);
      else window.clearTimeout(handle);
      controller?.stop();
    };
  }, [db, bridge, device]);
}
