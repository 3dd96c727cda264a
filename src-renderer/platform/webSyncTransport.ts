/**
 * Sync HTTP in a plain browser: fetch straight to the office server, the enrolment (token
 * included) in the app's IndexedDB settings.
 *
 * Why a token in IndexedDB is acceptable here and only here: web mode is the development and
 * test build (dev:web, e2e), run on a trusted machine; any script of the origin could read
 * the token, which is exactly why the Electron build keeps it in main under safeStorage and
 * the renderer never sees it. The same allow-list as main's applies, so both modes behave alike.
 */
import { z } from 'zod';
import { AppError } from '../../shared/errors/appError';
import { appErrorOfHttp } from '../../shared/errors/httpAppError';
import type { SyncTransport } from '../../shared/ipc/bridge';
import { SyncLink, SyncRequest, SyncServerUrl } from '../../shared/ipc/contract';
import { API_PREFIX, EnrolResponse, ErrorBody } from '../../shared/sync/wireSchemas';
import { openDatabase, type AppDatabase } from '../db/database';

const LINK_KEY = 'sync.webLink';
const StoredWebLink = SyncLink.extend({ token: z.string().min(16).max(200) });

export interface WebSyncOptions {
  /** The database holding the enrolment; the app's own by default, opened on first use. */
  readonly db?: () => AppDatabase;
  readonly fetch?: typeof fetch;
}

let defaultDb: AppDatabase | undefined;
const appDb = (): AppDatabase => (defaultDb ??= openDatabase());

async function readLink(db: AppDatabase): Promise<z.infer<typeof StoredWebLink> | null> {
  const parsed = StoredWebLink.safeParse((await db.settings.get(LINK_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export function createWebSyncTransport(options: WebSyncOptions = {}): SyncTransport {
  const db = options.db ?? appDb;
  const doFetch = (input: string, init: RequestInit) =>
    (options.fetch ?? globalThis.fetch)(input, init);
  /** Enrolment's fetch, with "could not reach the server" as sync.network (same as main). */
  const reach = async (input: string, init: RequestInit) => {
    try {
      return await doFetch(input, init);
    } catch (error) {
      throw new AppError('sync.network', undefined, String(error), { cause: error });
    }
  };
  return {
    async status() {
      const stored = await readLink(db());
      if (!stored) return null;
      const { token: _token, ...link } = stored;
      return link;
    },
    async enrol(input) {
      const serverUrl = SyncServerUrl.parse(input.serverUrl);
      const response = await reach(`${serverUrl}${API_PREFIX}/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: input.code.trim(), deviceName: input.deviceName.trim() }),
      });
      const json: unknown = await response.json().catch(() => null);
      if (response.status !== 201) {
        const error = ErrorBody.safeParse(json);
        throw appErrorOfHttp(response.status, error.success ? error.data.error : undefined);
      }
      const enrolment = EnrolResponse.parse(json);
      const link: SyncLink = {
        serverUrl,
        serverDeviceId: enrolment.deviceId,
        scope: enrolment.scope,
        deviceName: input.deviceName.trim(),
        ...(enrolment.role ? { role: enrolment.role } : {}),
      };
      await db().settings.put({
        key: LINK_KEY,
        value: StoredWebLink.parse({ ...link, token: enrolment.token }),
      });
      return link;
    },
    async request(raw) {
      const request = SyncRequest.parse(raw);
      const stored = await readLink(db());
      if (!stored) throw new AppError('sync.notEnrolled');
      const headers: Record<string, string> = { authorization: `Bearer ${stored.token}` };
      if (request.contentType) headers['content-type'] = request.contentType;
      if (request.contentEncoding) headers['content-encoding'] = request.contentEncoding;
      if (request.bundleId) headers['x-bundle-id'] = request.bundleId;
      if (request.bundleChecksum) headers['x-bundle-checksum'] = request.bundleChecksum;
      const response = await doFetch(`${stored.serverUrl}${API_PREFIX}${request.path}`, {
        method: request.method,
        headers,
        ...(request.body ? { body: new Uint8Array(request.body) } : {}),
        redirect: 'error',
      });
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        body: new Uint8Array(await response.arrayBuffer()),
      };
    },
    async forget() {
      await db().settings.delete(LINK_KEY);
    },
  };
}
