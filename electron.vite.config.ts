// Builds the three Electron targets: main (ESM), preload (one CommonJS file, as a sandboxed
// preload requires) and the renderer. `shared/` is inlined into each bundle.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const r = (p: string) => resolve(import.meta.dirname, p);

export default defineConfig({
  // Main and preload bundle their dependencies (zod, via the contract): the packaged app
  // ships no node_modules at all (electron-builder.yml, docs/packaging.md).
  main: {
    build: { externalizeDeps: false, rollupOptions: { input: { index: r('src-main/index.ts') } } },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: r('src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: r('src-renderer'),
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
    build: { rollupOptions: { input: { index: r('src-renderer/index.html') } } },
  },
});
