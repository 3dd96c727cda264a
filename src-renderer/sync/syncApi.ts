/**
 * The office server's API as typed calls over the platform's SyncTransport. Every answer is
 * parsed with the wire schemas (shared/sync/wireSchemas.ts); an unreachable server becomes
 * SyncNetworkError and an error answer SyncHttpError, which retry.ts tells apart.
 */
import { Receipt } from '../../shared/bundle/receiptSchema';
import { AppError } from '../../shared/errors/appError';
import type { SyncTransport } from '../../shared/ipc/bridge';
import type { SyncRequest, SyncResponse } from '../../shared/ipc/contract';
import {
  AttachmentsMissingResponse,
  ChangesResponse,
  DeviceListResponse,
  DeviceSelfResponse,
  ErrorBody,
  HealthResponse,
  MAX_MISSING_QUERY,
} from '../../shared/sync/wireSchemas';
import { SyncHttpError, SyncNetworkError } from './retry';

export interface SyncApi {
  health(): Promise<boolean>;
  missingAttachments(hashes: readonly string[]): Promise<string[]>;
  putAttachment(
    sha256: string,
    mime: 'image/jpeg' | 'image/png' | 'application/pdf',
    bytes: Uint8Array,
  ): Promise<void>;
  /** The receipt; a 409 `record_immutable` still carries one (docs/sync.md). */
  postBundle(gzipped: Uint8Array, bundleId: string, checksum: string): Promise<Receipt>;
  /** `outbox`: records still to send, reported to the office's device list (first page only). */
  changes(since: string, limit: number, outbox?: number): Promise<ChangesResponse>;
  /** What the server knows of this device: its short id, scope and role. */
  me(): Promise<DeviceSelfResponse>;
  /** Every device (admin devices only: 403 `admin_only` otherwise). */
  listDevices(): Promise<DeviceListResponse>;
  revokeDevice(deviceId: string): Promise<void>;
}

function jsonOf(response: SyncResponse): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(response.body));
  } catch {
    return undefined;
  }
}

/** Every error answer is read here, once, into the typed error (docs/architecture.md "Error path"). */
function httpError(response: SyncResponse): SyncHttpError {
  const body = ErrorBody.safeParse(jsonOf(response));
  return body.success
    ? new SyncHttpError(
        response.status,
        body.data.error.code,
        body.data.error.message,
        body.data.error.details,
      )
    : new SyncHttpError(response.status, 'unexpected_answer', `HTTP ${response.status}`);
}

/** The contract wants ArrayBuffer-backed bytes; copy only when they sit on shared memory. */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}

export function createSyncApi(transport: SyncTransport): SyncApi {
  async function send(request: SyncRequest): Promise<SyncResponse> {
    try {
      return await transport.request(request);
    } catch (error) {
      // The platform's own refusals (not enrolled, path not allowed…) arrive typed and are
      // not network trouble; anything else (fetch's TypeError, a failure main could not
      // name) is treated as an unreachable server, which is retried.
      if (error instanceof AppError && error.code !== 'unknown' && error.code !== 'sync.network')
        throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new SyncNetworkError(message, { cause: error });
    }
  }
  async function json(request: SyncRequest): Promise<unknown> {
    const response = await send(request);
    if (response.status < 200 || response.status >= 300) throw httpError(response);
    return jsonOf(response);
  }
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

  return {
    async health() {
      return HealthResponse.safeParse(await json({ method: 'GET', path: '/health' })).success;
    },
    async missingAttachments(hashes) {
      const missing: string[] = [];
      for (let i = 0; i < hashes.length; i += MAX_MISSING_QUERY) {
        const body = encode({ hashes: hashes.slice(i, i + MAX_MISSING_QUERY) });
        missing.push(
          ...AttachmentsMissingResponse.parse(
            await json({
              method: 'POST',
              path: '/attachments/missing',
              contentType: 'application/json',
              body,
            }),
          ).missing,
        );
      }
      return missing;
    },
    async putAttachment(sha256, mime, bytes) {
      await json({
        method: 'PUT',
        path: `/attachments/${sha256}`,
        contentType: mime,
        body: ownBytes(bytes),
      });
    },
    async postBundle(gzipped, bundleId, checksum) {
      const response = await send({
        method: 'POST',
        path: '/bundles',
        contentType: 'application/json',
        contentEncoding: 'gzip',
        bundleId,
        bundleChecksum: checksum,
        body: ownBytes(gzipped),
      });
      if (response.status === 200) return Receipt.parse(jsonOf(response));
      const error = httpError(response);
      if (response.status === 409 && error.wireCode === 'record_immutable') {
        const inner: unknown =
          typeof error.details === 'object' && error.details !== null
            ? Reflect.get(error.details, 'receipt')
            : undefined;
        return Receipt.parse(inner);
      }
      throw error;
    },
    async changes(since, limit, outbox) {
      const reported = outbox === undefined ? '' : `&outbox=${Math.max(0, Math.trunc(outbox))}`;
      return ChangesResponse.parse(
        await json({ method: 'GET', path: `/changes?since=${since}&limit=${limit}${reported}` }),
      );
    },
    async me() {
      return DeviceSelfResponse.parse(await json({ method: 'GET', path: '/devices/me' }));
    },
    async listDevices() {
      return DeviceListResponse.parse(await json({ method: 'GET', path: '/admin/devices' }));
    },
    async revokeDevice(deviceId) {
      await json({
        method: 'POST',
        path: `/admin/devices/${encodeURIComponent(deviceId)}/revoke`,
        contentType: 'application/json',
        body: encode({}),
      });
    },
  };
}
