// The whole tree typechecks under strict settings (tsconfig.json), and shared/ also without
// Node's types (tsconfig.shared.json), since it must run in the renderer and on the server alike.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

function tscErrors(project: string): string {
  try {
    execFileSync('npx', ['tsc', '-p', project, '--noEmit'], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

it('typechecks with tsc --noEmit', () => {
  expect(tscErrors('tsconfig.json')).toBe('');
});

it('typechecks shared/ without Node types', () => {
  expect(tscErrors('tsconfig.shared.json')).toBe('');
});

const probeDir = mkdtempSync(join(tmpdir(), 'shared-types-'));
afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

it('refuses Buffer and process under the shared/ settings (the check bites)', () => {
  writeFileSync(
    join(probeDir, 'probe.ts'),
    "export const bytes = Buffer.from('x');\nexport const mode = process.env.NODE_ENV;\n",
  );
  writeFileSync(
    join(probeDir, 'tsconfig.json'),
    JSON.stringify({ extends: resolve('tsconfig.shared.json'), include: ['probe.ts'] }),
  );
  const errors = tscErrors(join(probeDir, 'tsconfig.json'));
  expect(errors).toMatch(/Cannot find name 'Buffer'/);
  expect(errors).toMatch(/Cannot find name 'process'/);
});
