// Web mode: the same renderer in a plain browser, with the web bridge. Used by `dev:web`
// and by the end-to-end tests, since no Electron binary can be fetched on CI.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname, 'src-renderer'),
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
});
