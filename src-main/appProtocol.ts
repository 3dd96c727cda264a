/**
 * The renderer's one origin, `app://bluesky/…`, served from out/renderer.
 *
 * IndexedDB belongs to an origin, so the scheme and host below must never change after a
 * release (TECH-NOTES §5): a new origin would open an empty database and orphan every draft.
 * The resolver is pure (URL → file or 404) so traversal rules are tested without Electron.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { readFile } from 'node:fs/promises';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bluesky';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent with every document as a header. It intersects with the meta tag in index.html, so
 * it can only tighten it: no network from the renderer (sync runs in main, TECH-NOTES §2).
 * 'wasm-unsafe-eval' allows compiling WebAssembly only (not JS eval): the PDF font subsetter
 * is harfbuzz wasm running in the renderer (TECH-NOTES §9).
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedAsset =
  | { readonly kind: 'file'; readonly path: string; readonly mimeType: string }
  | { readonly kind: 'notFound'; readonly reason: string };

const notFound = (reason: string): ResolvedAsset => ({ kind: 'notFound', reason });

/**
 * Maps an app URL to a file under `rootDir`, or 404. Client-side routes (a last segment
 * without an extension) get index.html, so a reload on `/inspections/42` still works.
 */
export function resolveAppAsset(url: string, rootDir: string): ResolvedAsset {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return notFound('bad url');
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST)
    return notFound('foreign origin');

  let pathname: string;
  try {
    // URL parsing already removed literal dot segments; encoded ones (%2e, %2f, %5c) are
    // only visible after decoding, so every check below runs on the decoded path.
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return notFound('bad encoding');
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return notFound('bad characters');
  const segments = pathname.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return notFound('dot segment');

  const last = segments.at(-1);
  const relativePath =
    last === undefined || extname(last) === '' ? 'index.html' : segments.join('/');

  const root = resolve(rootDir);
  const target = resolve(root, relativePath);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel))
    return notFound('outside root');
  return { kind: 'file', path: target, mimeType: mimeTypeFor(target) };
}

export interface ServeDeps {
  readonly rootDir: string;
  readonly readFile: (path: string) => Promise<Uint8Array>;
}

const baseHeaders = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** The `protocol.handle` handler: only GET/HEAD, files only, the CSP header on every response. */
export async function serveAppRequest(request: Request, deps: ServeDeps): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: baseHeaders });
  }
  const asset = resolveAppAsset(request.url, deps.rootDir);
  if (asset.kind === 'notFound')
    return new Response('Not found', { status: 404, headers: baseHeaders });
  let body: Uint8Array;
  try {
    body = await deps.readFile(asset.path);
  } catch {
    // ENOENT, EISDIR and friends all look the same to the page: not found.
    return new Response('Not found', { status: 404, headers: baseHeaders });
  }
  const headers = { ...baseHeaders, 'Content-Type': asset.mimeType, 'Cache-Control': 'no-cache' };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers,
  });
}

/** Default file reader for production: Electron's fs reads inside app.asar transparently. */
export const readAppFile = (path: string): Promise<Uint8Array> => readFile(path);
