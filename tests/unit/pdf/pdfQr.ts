/** Reads the QR code back from a rendered page: crop at 300 dpi, sample each module's centre. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { page } from '../../../shared/pdf/pageGeometry';

const DPI = 300;
const PX = DPI / 25.4;
/** Where drawPageFurniture puts the code (mm). */
export const qrBox = { x: page.right - 21, y: page.bottom + 3 + 1.5, size: 21 };

function readPgm(bytes: Uint8Array): { width: number; height: number; data: Uint8Array } {
  // P5 header: magic, width, height, maxval, each separated by whitespace.
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error('not a binary PGM');
  const [all, w, h] = match;
  return { width: Number(w), height: Number(h), data: bytes.subarray(all.length) };
}

/** The module matrix drawn on `pageNo`, sampled with the module count of `size`. */
export function readQrFromPage(file: string, pageNo: number, size: number): boolean[][] {
  const dir = mkdtempSync(join(tmpdir(), 'bsi-qr-'));
  try {
    const x0 = Math.floor(qrBox.x * PX);
    const y0 = Math.floor(qrBox.y * PX);
    const side = Math.ceil(qrBox.size * PX) + 2;
    execFileSync('pdftoppm', [
      '-r',
      String(DPI),
      '-gray',
      '-f',
      String(pageNo),
      '-l',
      String(pageNo),
      '-x',
      String(x0),
      '-y',
      String(y0),
      '-W',
      String(side),
      '-H',
      String(side),
      file,
      join(dir, 'qr'),
    ]);
    const [name] = readdirSync(dir);
    if (name === undefined) throw new Error('pdftoppm wrote nothing');
    const { width, data } = readPgm(new Uint8Array(readFileSync(join(dir, name))));
    const module = qrBox.size / size;
    const rows: boolean[][] = [];
    for (let r = 0; r < size; r += 1) {
      const row: boolean[] = [];
      for (let c = 0; c < size; c += 1) {
        const px = Math.round((qrBox.x + (c + 0.5) * module) * PX) - x0;
        const py = Math.round((qrBox.y + (r + 0.5) * module) * PX) - y0;
        row.push((data[py * width + px] ?? 255) < 128);
      }
      rows.push(row);
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
