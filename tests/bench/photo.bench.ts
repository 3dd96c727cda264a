/**
 * Photo intake benchmark (issue 4): stored bytes per photo (original, stamped evidence copy,
 * thumbnail) and the time to take one in, for the fixture photos and a phone-sized 12 MP
 * picture. intakePhoto needs createImageBitmap and OffscreenCanvas, so it runs in Debian's
 * Chromium: the REAL src-renderer/features/evidence/intakePhoto.ts is built with Vite's JS API
 * as a library into a temp folder and loaded by a one-line page on 127.0.0.1. Figures, not
 * pass/fail; writes test-results/bench/photo.json and the evidence copies beside it.
 * `npm run bench photo` runs this file alone.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { fixturePhotoDir, fixturePhotos } from '../fixtures/photos/fixturePhotos';
import { formatTable, type Row } from './support/report';
import { median } from './support/stats';
import { startStaticServer } from './support/staticServer';

const RUNS = 5;
const repo = resolve(import.meta.dirname, '../..');
const resultDir = resolve(repo, 'test-results/bench');

interface Measured {
  readonly name: string;
  readonly originalBytes: number;
  readonly evidenceBytes: number;
  readonly thumbnailBytes: number;
  readonly evidenceSize: { width: number; height: number };
  readonly stamp: readonly string[];
  readonly exif: unknown;
  readonly ms: number[];
  readonly evidenceBase64: string;
}

/** Runs in the page: intake `runs` times (after one warm-up), keeps the last result. */
async function measureInPage(args: {
  base64?: string;
  synthetic?: { width: number; height: number };
  runs: number;
}): Promise<Omit<Measured, 'name'>> {
  type Intake = (
    file: Blob,
    ctx: { siteName: string; now?: string },
  ) => Promise<{
    original: { size: number };
    evidence: Blob;
    thumbnail: Blob;
    evidenceSize: { width: number; height: number };
    stamp: readonly string[];
    exif: unknown;
  }>;
  const intake = Reflect.get(window, 'intakePhoto') as Intake;
  let file: Blob;
  if (args.base64 !== undefined) {
    file = new Blob([Uint8Array.from(atob(args.base64), (c) => c.charCodeAt(0))], {
      type: 'image/jpeg',
    });
  } else {
    // A phone-sized picture with detail (noise), so the JPEG is as large as a real one.
    const { width, height } = args.synthetic ?? { width: 4000, height: 3000 };
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    const image = ctx.createImageData(width, height);
    let seed = 42;
    for (let i = 0; i < image.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const y = Math.floor(i / 4 / width);
      image.data[i] = (y / height) * 200 + (seed % 40);
      image.data[i + 1] = 120 + (seed % 60);
      image.data[i + 2] = 90 + ((seed >> 8) % 50);
      image.data[i + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
    file = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  }
  const context = { siteName: '离石区滨河北路安置房项目（二期）', now: '2026-03-15T01:45:00.000Z' };
  await intake(file, context);
  const ms: number[] = [];
  let last = await intake(file, context);
  for (let i = 0; i < args.runs; i++) {
    const start = performance.now();
    last = await intake(file, context);
    ms.push(performance.now() - start);
  }
  const evidence = new Uint8Array(await last.evidence.arrayBuffer());
  let binary = '';
  for (const b of evidence) binary += String.fromCharCode(b);
  return {
    originalBytes: last.original.size,
    evidenceBytes: last.evidence.size,
    thumbnailBytes: last.thumbnail.size,
    evidenceSize: last.evidenceSize,
    stamp: last.stamp,
    exif: last.exif,
    ms,
    evidenceBase64: btoa(binary),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'photo-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir: dir,
        emptyOutDir: false,
        target: 'es2022',
        reportCompressedSize: false,
        lib: {
          entry: resolve(repo, 'src-renderer/features/evidence/intakePhoto.ts'),
          formats: ['es'],
          fileName: () => 'intake.js',
        },
      },
    });
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><meta charset="utf-8"><script type="module">import { intakePhoto } from './intake.js'; window.intakePhoto = intakePhoto; window.intakeReady = true;</script>`,
    );
    const server = await startStaticServer({ '/': dir });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => Reflect.get(window, 'intakeReady') === true, undefined, {
        timeout: 30_000,
      });
      const results: Measured[] = [];
      for (const spec of fixturePhotos) {
        const base64 = readFileSync(join(fixturePhotoDir, spec.file)).toString('base64');
        results.push({
          name: `${spec.file} (${spec.width}×${spec.height})`,
          ...(await page.evaluate(measureInPage, { base64, runs: RUNS })),
        });
      }
      results.push({
        name: 'synthetic 4000×3000 (12 MP, phone-sized)',
        ...(await page.evaluate(measureInPage, {
          synthetic: { width: 4000, height: 3000 },
          runs: RUNS,
        })),
      });
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
      report(results);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(results: readonly Measured[]): void {
  mkdirSync(resultDir, { recursive: true });
  const rows: Row[] = [];
  for (const r of results) {
    rows.push(
      {
        what: `${r.name}: original (hashed, not stored)`,
        measured: r.originalBytes / 1024,
        unit: 'KB',
      },
      {
        what: `${r.name}: evidence copy ${r.evidenceSize.width}×${r.evidenceSize.height} (stored)`,
        measured: r.evidenceBytes / 1024,
        unit: 'KB',
      },
      { what: `${r.name}: thumbnail (stored)`, measured: r.thumbnailBytes / 1024, unit: 'KB' },
      { what: `${r.name}: intake time, median of ${RUNS}`, measured: median(r.ms), unit: 'ms' },
    );
    const file = `photo-evidence-${r.name.split(' ')[0]?.replace(/\.jpg$/, '') ?? 'photo'}.jpg`;
    writeFileSync(join(resultDir, file), Buffer.from(r.evidenceBase64, 'base64'));
  }
  console.log(formatTable(rows));
  console.log(`\nstamp of the first photo: ${results[0]?.stamp.join(' | ') ?? ''}`);
  console.log(`EXIF of the first photo: ${JSON.stringify(results[0]?.exif)}`);
  const json = results.map(({ evidenceBase64: _bytes, ...rest }) => rest);
  writeFileSync(join(resultDir, 'photo.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwrote ${join(resultDir, 'photo.json')} and the evidence copies beside it`);
}

await main();
