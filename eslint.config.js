// Lint rules, including the import zones that keep the layers honest (STYLE.md):
// shared/ runs in renderer, main and server alike, so it may not import React, Dexie,
// Electron or Node; the renderer may not import Electron or Node; the server only shared/.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'zlib',
  'worker_threads',
  'buffer',
  'events',
  'process',
];

const zone = (message, groups) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'data/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: zone(
      'shared/ runs in renderer, main and server: no React, Dexie, Electron, Node or src-* here.',
      [
        'react',
        'react/*',
        'react-dom',
        'react-dom/*',
        'dexie',
        'dexie-*',
        'electron',
        'electron/*',
        ...nodeBuiltins,
        '**/src-*/**',
        '**/src-*',
      ],
    ),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: zone(
      'The renderer has no Node or Electron: go through the bridge (shared/ipc/bridge.ts).',
      ['electron', 'electron/*', ...nodeBuiltins, '**/src-main/**', '**/src-server/**'],
    ),
  },
  {
    files: ['src-server/**/*.ts'],
    rules: zone('The server shares only shared/ with the apps.', [
      'react',
      'react/*',
      'dexie',
      'dexie-*',
      'electron',
      '**/src-main/**',
      '**/src-renderer/**',
    ]),
  },
);
