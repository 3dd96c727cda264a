/** Hooks over the window's SyncController (src-renderer/sync/syncController.ts). */
import { useSyncExternalStore } from 'react';
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
