/** Hooks over the window's SyncController (src-renderer/sync/syncController.ts). */
import { useEffect, useSyncExternalStore } from 'react';
import { useServices } from '../../app/services';
import {
  getSyncController,
  type SyncController,
  type SyncSnapshot,
} from '../../sync/syncController';

export function useSyncController(): SyncController {
  const { db, bridge, device } = useServices();
  return getSyncController({ db, bridge, device: { id: device.deviceId, name: device.name } });
}

export function useSyncSnapshot(controller: SyncController): SyncSnapshot {
  return useSyncExternalStore(controller.subscribe, controller.getSnapshot);
}

/** Mounted once in the shell: automatic sync and the rolling backup run on every screen. */
export function useSyncAutoStart(): void {
  const controller = useSyncController();
  useEffect(() => {
    controller.start();
    return () => controller.stop();
  }, [controller]);
}
