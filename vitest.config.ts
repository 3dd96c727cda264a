// Test projects: unit (Node: shared/, src-main/, src-server/, tooling checks), renderer
// (Dexie on fake-indexeddb) and e2e (the built web renderer in Debian's Chromium).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'static',
          environment: 'node',
          include: ['tests/static/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // tsc, eslint and electron-builder each want a core of their own.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'node',
          include: ['tests/renderer/**/*.test.ts'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file runs a real server on one database (PostgreSQL when DATABASE_URL is set).
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          // The UI is driven on a loaded 2-core machine: give polled expectations time.
          expect: { poll: { timeout: 10_000 } },
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
