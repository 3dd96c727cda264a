/**
 * Helpers for the PDF tests: Node deps with the shipped fonts, and poppler-utils to read
 * the PDFs back (pdftotext, pdffonts, pdfinfo, pdftoppm), as a reader of the record would.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfDeps } from '../../../shared/pdf/renderPdfDocuments';
import { nodeSubsetter, readShippedFonts } from '../../../src-server/cli/pdfNodeDeps';
import { loadFixtureImage } from '../../fixtures/records/recordFixtures';

export const outDir = join(import.meta.dirname, '..', '..', '..', 'test-results', 'pdf');
export const pagesDir = join(outDir, 'pages');

export async function nodeDeps(overrides: Partial<PdfDeps> = {}): Promise<PdfDeps> {
  return {
    fonts: await readShippedFonts(),
    subset: await nodeSubsetter(),
    loadImage: loadFixtureImage,
    now: new Date('2026-11-28T04:00:00.000Z'),
    ...overrides,
  };
}

export function savePdf(name: string, bytes: Uint8Array): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

export type TextMode = 'layout' | 'plain' | 'raw';

export function pdfText(file: string, mode: TextMode, page?: number): string {
  const args = [
    ...(mode === 'plain' ? [] : [`-${mode}`]),
    ...(page ? ['-f', String(page), '-l', String(page)] : []),
  ];
  return execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

export interface FontRow {
  readonly name: string;
  readonly type: string;
  readonly emb: string;
  readonly sub: string;
  readonly uni: string;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name, type words…, encoding, emb, sub, uni, object, id
    const [name = '', ...rest] = cols;
    const tail = rest.slice(-6);
    return {
      name,
      type: rest.slice(0, -6).join(' '),
      emb: tail[1] ?? '',
      sub: tail[2] ?? '',
      uni: tail[3] ?? '',
    };
  });
}

/** Renders pages as PNG test artefacts (60 dpi) for a person to look at. */
export function savePages(file: string, name: string): void {
  mkdirSync(pagesDir, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join(pagesDir, name)]);
}

/** Whitespace removed: line breaks may fall anywhere inside a long text. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}
