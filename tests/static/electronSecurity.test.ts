// electronegativity over the main process, the preload and index.html (TECH-NOTES §2).
// Its CLI exits 0 whatever it finds (doyensec/electronegativity#108), so the gate is here:
// no non-manual-review finding of severity ≥ MEDIUM and confidence ≥ FIRM, no unparsed file.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Level {
  readonly value: number;
  readonly name: string;
}
interface Issue {
  readonly id: string;
  readonly file: string;
  readonly location: { readonly line: number; readonly column: number };
  readonly severity: Level;
  readonly confidence: Level;
  readonly manualReview: boolean;
  readonly description: string;
}
interface ScanResult {
  readonly issues: Issue[];
  readonly errors: {
    readonly file: string;
    readonly message: string;
    readonly tolerable: boolean;
  }[];
}
type Electronegativity = (options: {
  input: string;
  isRelative: boolean;
  excludeFromScan: string[];
  electronVersionOverride: string;
}) => Promise<ScanResult>;

const repo = join(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
// CommonJS without types: the shape above is what dist/runner.js returns.
const electronegativity = require('@doyensec/electronegativity') as Electronegativity;
const electronVersion = (require('electron/package.json') as { version: string }).version;

const MEDIUM = 2;
const FIRM = 1;

/** Checks that are noise for us: a network fetch of Electron releases, and a check that
 *  flags secure configurations too (TECH-NOTES §2). */
const excludeFromScan = ['AvailableSecurityFixesGlobalCheck', 'AuxclickJSCheck'];

async function scan(dir: string): Promise<{ blocking: string[]; result: ScanResult }> {
  const result = await electronegativity({
    input: dir,
    isRelative: true,
    excludeFromScan,
    electronVersionOverride: electronVersion,
  });
  const blocking = result.issues
    .filter((i) => !i.manualReview && i.severity.value >= MEDIUM && i.confidence.value >= FIRM)
    .map(
      (i) =>
        `${i.id} ${i.severity.name}/${i.confidence.name} ${i.file}:${i.location.line} ${i.description}`,
    );
  return { blocking, result };
}

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'bluesky-electronegativity-'));
});
afterAll(async () => rm(workDir, { recursive: true, force: true }));

describe('electronegativity', () => {
  it('finds nothing blocking in src-main (preload included) and index.html', async () => {
    // One scan over both, so its global checks (CSP, navigation, permissions) see the
    // meta CSP of index.html and the handlers of src-main together.
    const app = join(workDir, 'app');
    await cp(join(repo, 'src-main'), join(app, 'src-main'), { recursive: true });
    await mkdir(join(app, 'src-renderer'), { recursive: true });
    await cp(join(repo, 'src-renderer/index.html'), join(app, 'src-renderer', 'index.html'));

    const { blocking, result } = await scan(app);
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
    expect(blocking).toEqual([]);
    // It really read our files: the preload is reported for manual review.
    expect(result.issues.map((i) => i.id)).toContain('PRELOAD_JS_CHECK');
  });

  it('fails a deliberately insecure window, so the gate above cannot pass vacuously', async () => {
    const bad = join(workDir, 'insecure');
    await mkdir(bad, { recursive: true });
    await writeFile(
      join(bad, 'main.ts'),
      [
        "import { app, BrowserWindow } from 'electron';",
        'void app.whenReady().then(() => {',
        '  const win = new BrowserWindow({ webPreferences: { contextIsolation: false } });',
        "  void win.loadFile('index.html');",
        '});',
      ].join('\n'),
    );
    const { blocking } = await scan(bad);
    expect(blocking.some((b) => b.startsWith('CONTEXT_ISOLATION_JS_CHECK HIGH'))).toBe(true);
  });

  it('keeps webPreferences an object literal in window.ts, where the scanner can read it', async () => {
    const source = await readFile(join(repo, 'src-main/window.ts'), 'utf8');
    expect(source).toMatch(
      /webPreferences: \{[^}]*contextIsolation: true,[^}]*sandbox: true,[^}]*nodeIntegration: false/s,
    );
  });
});
