// The whole tree typechecks under strict settings (tsconfig.json).
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('typechecks with tsc --noEmit', () => {
  let output = '';
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output).toBe('');
});
