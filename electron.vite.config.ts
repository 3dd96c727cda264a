// Builds the three Electron targets: main (ESM), preload (one CommonJS file, as a sandboxed
// preload requires) and the renderer. `shared/` is inlined into each bundle.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const r = (p: string) => resolve(import.meta.dirname, p);

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: r('src-main/index.ts') } } },
  },
  preload: {
    build: {
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
