/**
 * A tiny static file server on 127.0.0.1 and a free port, with several folders mounted under
 * URL prefixes of ONE origin: IndexedDB is per origin, so a bench page under /bench/ and the
 * built app under /app/ share the app's database.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** `mounts` maps a prefix such as '/app/' to a folder; a folder URL serves its index.html. */
export async function startStaticServer(
  mounts: Readonly<Record<string, string>>,
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
      const root = prefix === undefined ? undefined : mounts[prefix];
      const relative =
        prefix === undefined ? '' : normalize(path.slice(prefix.length) || 'index.html');
      // No '..' escapes from the mounted folder.
      if (root === undefined || relative.startsWith('..') || relative.split(sep).includes('..')) {
        response.writeHead(404).end();
        return;
      }
      let file = join(root, relative);
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      if (!(await stat(file).catch(() => undefined))?.isFile()) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
