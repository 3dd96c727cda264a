/**
 * Builds the two bundles the store bench serves from one origin: the real web app (with the
 * project's vite.web.config.ts, into a temp folder so out/web, which others use, is left
 * alone), the bench page that drives the real db modules, and the bare Dexie page that is
 * the cold-open floor (storePage/bare.html).
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';

const repo = resolve(import.meta.dirname, '../../..');

export async function buildBundles(outDir: string): Promise<{ app: string; bench: string }> {
  const app = join(outDir, 'app');
  const bench = join(outDir, 'bench');
  await build({
    configFile: join(repo, 'vite.web.config.ts'),
    logLevel: 'warn',
    build: { outDir: app, emptyOutDir: true, reportCompressedSize: false },
  });
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, '../storePage'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: bench,
      emptyOutDir: true,
      reportCompressedSize: false,
      target: 'es2022',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, '../storePage/index.html'),
          bare: resolve(import.meta.dirname, '../storePage/bare.html'),
        },
      },
    },
  });
  return { app, bench };
}
