/**
 * Builds the two bundles the store bench serves from one origin: the real web app (with the
 * project's vite.web.config.ts, into a temp folder so out/web, which others use, is left
 * alone) and the bench page that drives the real db modules.
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
    build: { outDir: bench, emptyOutDir: true, reportCompressedSize: false, target: 'es2022' },
  });
  return { app, bench };
}
