/**
 * Two (or more) clients against the REAL office server: each a private Dexie database on
 * fake-indexeddb and the web-mode SyncTransport over Node's fetch, as the browser uses it.
 */
import { createWebSyncTransport } from '../../../src-renderer/platform/webSyncTransport';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import { createSyncApi, type SyncApi } from '../../../src-renderer/sync/syncApi';
import { pushOutbox, type PushResult } from '../../../src-renderer/sync/pushOutbox';
import { pullChanges } from '../../../src-renderer/sync/pullChanges';
import type { SyncTransport } from '../../../shared/ipc/bridge';
import type { SyncLink } from '../../../shared/ipc/contract';
import { createEnrolCode } from '../../../src-server/store/deviceStore';
import type { TestServer } from '../../server/support/testServer';
import type { SyncScope } from '../../../shared/sync/syncScope';
import type { DeviceRole } from '../../../shared/sync/wireSchemas';
import { freshDatabase } from '../testDatabase';

export interface TestClient {
  readonly db: AppDatabase;
  readonly transport: SyncTransport;
  readonly api: SyncApi;
  readonly link: SyncLink;
  readonly device: { id: string; name: string };
  push(api?: SyncApi): Promise<PushResult>;
  pull(): Promise<{ stored: number; conflicts: number; skipped: number; pages: number }>;
}

/** The server's origin (TestServer.url ends in /api/v1). */
export const originOf = (server: TestServer): string => server.url.replace(/\/api\/v1$/, '');

export async function enrolClient(
  server: TestServer,
  scope: SyncScope,
  name: string,
  fetchImpl: typeof fetch = fetch,
  role: DeviceRole = 'field',
): Promise<TestClient> {
  const db = freshDatabase();
  const identity = await getDeviceIdentity(db);
  const transport = createWebSyncTransport({ db: () => db, fetch: fetchImpl });
  const { code } = await createEnrolCode(server.opened.db, scope, 24, new Date(), role);
  const link = await transport.enrol({ serverUrl: originOf(server), code, deviceName: name });
  const api = createSyncApi(transport);
  const device = { id: identity.deviceId, name };
  const fast = { retries: 3, baseMs: 1, capMs: 5 };
  return {
    db,
    transport,
    api,
    link,
    device,
    push: (other) => pushOutbox({ db, api: other ?? api, device, retry: fast }),
    pull: () => pullChanges({ db, api, serverDeviceId: link.serverDeviceId, retry: fast }),
  };
}
