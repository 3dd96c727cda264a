// electron-builder offline (TECH-NOTES §4): the config is schema-checked, and a real
// `--linux dir` build packs an app.asar with the bundles and nothing else, fuses flipped.
// Release artifacts (deb, AppImage, NSIS) need downloads; see docs/packaging.md.
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '../..');
const electronBuilderCli = join(repo, 'node_modules/electron-builder/cli.js');
const electronViteCli = join(repo, 'node_modules/electron-vite/bin/electron-vite.js');

/** @electron/fuses finds the fuse wire after this marker in the Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's default wire: version 1, 8 fuses, '1' on / '0' off, in FuseV1Options order. */
const DEFAULT_FUSES = '10110001';
const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

let work: string;
let electronDist: string;

/**
 * A stand-in for the Electron binary (none can be downloaded here). It carries a fuse wire,
 * so electron-builder applies the real config's electronFuses to it unchanged, and the test
 * can read back what it set. No config option is overridden to skip fuses.
 */
async function writeStubElectron(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const stub = Buffer.concat([
    Buffer.from(`#!/bin/sh\n# stub Electron for packaging tests\n# ${FUSE_SENTINEL}`),
    Buffer.from([1, DEFAULT_FUSES.length]),
    Buffer.from(`${DEFAULT_FUSES}\nexit 0\n`),
  ]);
  await writeFile(join(dir, 'electron'), stub);
  await chmod(join(dir, 'electron'), 0o755);
}

async function readFuses(binary: string): Promise<Record<string, boolean>> {
  const bytes = await readFile(binary);
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  const length = bytes[at + 1] ?? 0;
  const wire = bytes.subarray(at + 2, at + 2 + length).toString('latin1');
  return Object.fromEntries(FUSE_NAMES.map((name, i) => [name, wire[i] === '1']));
}

function electronBuilder(outputDir: string, extraArgs: string[] = []) {
  return run(
    process.execPath,
    [
      electronBuilderCli,
      '--linux',
      'dir',
      '--x64',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${outputDir}`,
      '--publish',
      'never',
      ...extraArgs,
    ],
    { cwd: repo, maxBuffer: 32 * 1024 * 1024 },
  );
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bluesky-packaging-'));
  electronDist = join(work, 'electron-dist');
  await writeStubElectron(electronDist);
});
afterAll(async () => rm(work, { recursive: true, force: true }));

describe('electron-builder config', () => {
  it('is checked against the schema: a typo fails before anything is built', async () => {
    const config = await readFile(join(repo, 'electron-builder.yml'), 'utf8');
    expect(config).toContain('oneClick: false');
    const typo = join(work, 'typo.yml');
    await writeFile(typo, config.replace('oneClick: false', 'oneClik: false'));

    const failure = await electronBuilder(join(work, 'typo-dist'), ['--config', typo]).then(
      () => null,
      (error: { code?: number; stdout?: string; stderr?: string }) => error,
    );
    expect(failure?.code).not.toBe(0);
    const log = `${failure?.stdout ?? ''}${failure?.stderr ?? ''}`;
    expect(log).toContain('does not match the API schema');
    expect(log).toContain('configuration.nsis');
  });

  describe('a linux dir build of the real config', () => {
    let output: string;
    let entries: string[];

    beforeAll(async () => {
      // The normal build into out/ (gitignored), exactly what `npm run dist` packs.
      await run(process.execPath, [electronViteCli, 'build'], {
        cwd: repo,
        maxBuffer: 32 * 1024 * 1024,
      });
      output = join(work, 'dist');
      await electronBuilder(output);
      entries = listPackage(join(output, 'linux-unpacked', 'resources', 'app.asar'), {
        isPack: false,
      }).map((e) => e.replaceAll('\\', '/'));
    });

    it('packs the three bundles', () => {
      expect(entries).toEqual(
        expect.arrayContaining([
          '/out/main/index.js',
          '/out/preload/index.cjs',
          '/out/renderer/index.html',
          '/package.json',
        ]),
      );
    });

    it('packs the file package.json "main" names, so `electron .` and the package start the same app', async () => {
      const pkg = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as {
        main?: string;
        type?: string;
      };
      expect(pkg.main).toBe('out/main/index.js');
      expect(pkg.type).toBe('module'); // out/main/index.js is ESM
      expect(entries).toContain(`/${pkg.main}`);
    });

    it('packs no sources, tests, maps or node_modules', () => {
      const unwanted = entries.filter(
        (e) =>
          /\.(ts|tsx|map)$/.test(e) ||
          /^\/(tests|src-[^/]+|shared|scripts|docs|node_modules)(\/|$)/.test(e) ||
          e.includes('/node_modules/'),
      );
      expect(unwanted).toEqual([]);
    });

    it('needs no node_modules at run time: main and preload import only electron and node builtins', async () => {
      const main = await readFile(join(repo, 'out/main/index.js'), 'utf8');
      const preload = await readFile(join(repo, 'out/preload/index.cjs'), 'utf8');
      const imported = [...main.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
      expect(imported.filter((m) => m !== 'electron' && !m?.startsWith('node:'))).toEqual([]);
      expect(required).toEqual(['electron']);
    });

    it('names the binary in ASCII and flips the fuses', async () => {
      const fuses = await readFuses(join(output, 'linux-unpacked', 'bluesky-inspector'));
      expect(fuses).toEqual({
        runAsNode: false,
        enableCookieEncryption: true,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        loadBrowserProcessSpecificV8Snapshot: false,
        grantFileProtocolExtraPrivileges: false,
      });
    });
  });
});
