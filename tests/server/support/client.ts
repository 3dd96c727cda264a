/** A tiny fetch client for tests: what the real client will do, without its retries. */
import { gzipSync } from 'fflate';
import { buildBundle, type BuildBundleInput } from '../../../shared/bundle/buildBundle';
import type { Bundle } from '../../../shared/bundle/bundleSchema';
import type { EnrolResponse } from '../../../shared/sync/wireSchemas';

export interface Reply {
  readonly status: number;
  readonly json: unknown;
  /** Bytes of the response body as received. */
  readonly bytes: number;
}

export async function call(
  url: string,
  init: RequestInit & { token?: string } = {},
): Promise<Reply> {
  const { token, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(url, { ...rest, headers });
  const buf = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(buf);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json, bytes: buf.length };
}

export function pushBundle(
  base: string,
  token: string,
  bundle: Bundle | string | Uint8Array,
  gzip = false,
): Promise<Reply> {
  const text =
    typeof bundle === 'string' || bundle instanceof Uint8Array ? bundle : JSON.stringify(bundle);
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const body = gzip ? gzipSync(bytes) : bytes;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (gzip) headers['content-encoding'] = 'gzip';
  return call(`${base}/bundles`, { method: 'POST', token, headers, body: Buffer.from(body) });
}

export function bundleFrom(
  device: EnrolResponse,
  records: BuildBundleInput['records'],
  attachments?: BuildBundleInput['attachments'],
): Bundle {
  return buildBundle({
    device: { id: device.deviceId, name: '孝义分局 笔记本 01' },
    records,
    ...(attachments ? { attachments } : {}),
  });
}

export function pull(base: string, token: string, since = '0', limit?: number): Promise<Reply> {
  const q = new URLSearchParams({ since });
  if (limit !== undefined) q.set('limit', String(limit));
  return call(`${base}/changes?${q.toString()}`, { token });
}

/** Bytes sent as they are, labelled gzip: for bombs and broken gzip streams. */
export function pushGzipLabelled(base: string, token: string, bytes: Uint8Array): Promise<Reply> {
  return call(`${base}/bundles`, {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: Buffer.from(bytes),
  });
}
