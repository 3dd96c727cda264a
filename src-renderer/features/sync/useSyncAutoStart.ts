/**
 * Mounted once in the shell: automatic sync and the rolling backup run on every screen.
 * The sync code (bundles, their schemas, gzip) is imported after the first screen is drawn,
 * not before: a cold open shows the list without it (docs/sync.md "Performance").
 */
import { useEffect } from 'react';
import { useServices } from '../../app/services';
import type { SyncController } from '../../sync/syncController';

export function useSyncAutoStart(): void {
  const { db, bridge, device } = useServices();
  useEffect(() => {
    let unmounted = false;
    let controller: SyncController | undefined;
    void import('../../sync/syncController').then(({ getSyncController }) => {
      if (unmounted) return;
      controller = getSyncController({
        db,
        bridge,
        device: { id: device.deviceId, name: device.name },
      });
      controller.start();
    });
    return () => {
      unmounted = true;
      controller?.stop();
    };
  }, [db, bridge, device]);
}
