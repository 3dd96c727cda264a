/**
 * PdfDeps for Node (CLI, tests, bench): the shipped fonts from assets/fonts and HarfBuzz's
 * wasm read from disk. No node_modules font is used at run time.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createHarfBuzzSubsetter, type SubsetFont } from '../../shared/pdf/harfbuzzSubsetter';
import type { PdfFonts } from '../../shared/pdf/renderPdfDocuments';

export const fontDir = join(import.meta.dirname, '..', '..', 'assets', 'fonts');

export async function readShippedFonts(): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([
    readFile(join(fontDir, 'NotoSansSC-Regular.ttf')),
    readFile(join(fontDir, 'NotoSansSC-Bold.ttf')),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}

/** Path of the HarfBuzz subsetting wasm, as subset-font itself resolves it. */
export function harfBuzzWasmPath(): string {
  return createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
}

let subsetter: Promise<SubsetFont> | undefined;

/** One wasm instance per process. */
export function nodeSubsetter(): Promise<SubsetFont> {
  subsetter ??= createHarfBuzzSubsetter(
    async () => new Uint8Array(await readFile(harfBuzzWasmPath())),
  );
  return subsetter;
}

/** Loads attachments named by their SHA-256 (any extension) from a folder. */
export function folderImageLoader(
  folder: string | undefined,
): (sha256: string) => Promise<Uint8Array | undefined> {
  return async (sha256) => {
    if (folder === undefined) return undefined;
    for (const name of [sha256, `${sha256}.jpg`, `${sha256}.jpeg`, `${sha256}.png`]) {
      try {
        return new Uint8Array(await readFile(join(folder, name)));
      } catch {
        // Try the next spelling; a record may name a photo that was never exported.
      }
    }
    return undefined;
  };
}
