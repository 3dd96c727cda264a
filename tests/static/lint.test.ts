// ESLint over the tree with zero warnings, and proof that the import zones bite.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

describe('lint', () => {
  it('passes with no warnings', async () => {
    const results = await eslint.lintFiles(['.']);
    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`),
    );
    expect(problems).toEqual([]);
  });

  it.each([
    ['shared/domain/site.ts', "import { useState } from 'react';"],
    ['shared/domain/site.ts', "import Dexie from 'dexie';"],
    ['shared/domain/site.ts', "import { app } from 'electron';"],
    ['shared/domain/site.ts', "import { readFileSync } from 'node:fs';"],
    ['src-renderer/main.tsx', "import { ipcRenderer } from 'electron';"],
    ['src-renderer/main.tsx', "import { join } from 'node:path';"],
  ])('refuses in %s: %s', async (filePath, source) => {
    const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
    const rules = result?.messages.map((m) => m.ruleId);
    expect(rules).toContain('no-restricted-imports');
  });
});
