/**
 * The sync channels (shared/ipc/contract.ts 'sync:*'): main enrols, keeps the token and makes
 * every request to the office server, so a compromised page can reach only the allow-listed
 * paths of the one enrolled server and can never read the token (docs/design.md "Sync HTTP").
 */
import { AppError } from '../../shared/errors/appError';
import { appErrorOfHttp } from '../../shared/errors/httpAppError';
import { API_PREFIX, EnrolResponse, ErrorBody } from '../../shared/sync/wireSchemas';
import {
  isAllowedSyncRequest,
  MAX_SYNC_BODY_BYTES,
  type IpcOutput,
  type SyncLink,
} from '../../shared/ipc/contract';
import type { ParsedInput } from './parsedInput';
import type { SyncLinkStore } from './syncLinkStore';

export interface SyncMainDeps {
  readonly store: SyncLinkStore;
  readonly fetch: typeof fetch;
  /** Per request; a hung server must not hold the sync forever. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** Reads a response body, refusing past the cap (a broken server must not fill memory). */
async function readCapped(response: Response): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_SYNC_BODY_BYTES) throw new AppError('sync.responseTooLarge');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_SYNC_BODY_BYTES) throw new AppError('sync.responseTooLarge');
  return bytes;
}

function timeoutSignal(deps: SyncMainDeps): AbortSignal {
  return AbortSignal.timeout(deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}

/** fetch, with "could not reach the server" (refused, no route, timed out) as sync.network. */
async function reach(deps: SyncMainDeps, url: string, init: RequestInit): Promise<Response> {
  try {
    return await deps.fetch(url, init);
  } catch (error) {
    throw new AppError(
      'sync.network',
      undefined,
      error instanceof Error ? error.message : String(error),
      {
        cause: error,
      },
    );
  }
}

export async function syncStatus(deps: SyncMainDeps): Promise<IpcOutput<'sync:status'>> {
  return (await deps.store.read())?.link ?? null;
}

export async function syncEnrol(
  input: ParsedInput<'sync:enrol'>,
  deps: SyncMainDeps,
): Promise<SyncLink> {
  const response = await reach(deps, `${input.serverUrl}${API_PREFIX}/devices/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: input.code, deviceName: input.deviceName }),
    redirect: 'error',
    signal: timeoutSignal(deps),
  });
  const text = new TextDecoder().decode(await readCapped(response));
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Left null: reported below as an unexpected answer.
  }
  if (response.status !== 201) {
    const error = ErrorBody.safeParse(json);
    throw appErrorOfHttp(response.status, error.success ? error.data.error : undefined);
  }
  const enrolment = EnrolResponse.parse(json);
  const link: SyncLink = {
    serverUrl: input.serverUrl,
    serverDeviceId: enrolment.deviceId,
    scope: enrolment.scope,
    deviceName: input.deviceName,
    ...(enrolment.role ? { role: enrolment.role } : {}),
  };
  await deps.store.write(link, enrolment.token);
  return link;
}

export async function syncRequest(
  input: ParsedInput<'sync:request'>,
  deps: SyncMainDeps,
): Promise<IpcOutput<'sync:request'>> {
  // The contract checked this already; checked again because this is where the token goes out.
  if (!isAllowedSyncRequest(input.method, input.path)) throw new AppError('sync.pathNotAllowed');
  const enrolment = await deps.store.read();
  if (!enrolment) throw new AppError('sync.notEnrolled');
  const headers: Record<string, string> = { authorization: `Bearer ${enrolment.token}` };
  if (input.contentType) headers['content-type'] = input.contentType;
  if (input.contentEncoding) headers['content-encoding'] = input.contentEncoding;
  if (input.bundleId) headers['x-bundle-id'] = input.bundleId;
  if (input.bundleChecksum) headers['x-bundle-checksum'] = input.bundleChecksum;
  const response = await reach(deps, `${enrolment.link.serverUrl}${API_PREFIX}${input.path}`, {
    method: input.method,
    headers,
    ...(input.body ? { body: input.body } : {}),
    // A redirect could carry the bearer token to another host.
    redirect: 'error',
    signal: timeoutSignal(deps),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: await readCapped(response),
  };
}

export async function syncForget(deps: SyncMainDeps): Promise<IpcOutput<'sync:forget'>> {
  return { forgotten: await deps.store.clear() };
}
