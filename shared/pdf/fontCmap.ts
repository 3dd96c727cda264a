/**
 * Reads the code points a TrueType font maps to a glyph (cmap formats 4 and 12), so a
 * missing character is found before printing instead of vanishing from the PDF
 * (TECH-NOTES §1: jsPDF drops it silently). Pure: no fontkit, runs in the renderer too.
 */
const cache = new WeakMap<Uint8Array, ReadonlySet<number>>();

export function readFontCodePoints(font: Uint8Array): ReadonlySet<number> {
  const cached = cache.get(font);
  if (cached) return cached;
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmapOffset = findTable(view, 'cmap');
  const points = new Set<number>();
  const numTables = view.getUint16(cmapOffset + 2);
  let best: { offset: number; format: number } | undefined;
  for (let i = 0; i < numTables; i += 1) {
    const record = cmapOffset + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmapOffset + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    // Format 12 covers everything format 4 does and more: prefer it.
    if (best === undefined || format === 12) best = { offset, format };
  }
  if (best === undefined) throw new Error('font has no Unicode cmap (format 4 or 12)');
  if (best.format === 12) readFormat12(view, best.offset, points);
  else readFormat4(view, best.offset, points);
  cache.set(font, points);
  return points;
}

function findTable(view: DataView, tag: string): number {
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i += 1) {
    const record = 12 + i * 16;
    let name = '';
    for (let k = 0; k < 4; k += 1) name += String.fromCharCode(view.getUint8(record + k));
    if (name === tag) return view.getUint32(record + 8);
  }
  throw new Error(`font has no ${tag} table`);
}

function readFormat12(view: DataView, offset: number, points: Set<number>): void {
  const groups = view.getUint32(offset + 12);
  for (let g = 0; g < groups; g += 1) {
    const at = offset + 16 + g * 12;
    const start = view.getUint32(at);
    const end = view.getUint32(at + 4);
    const glyph = view.getUint32(at + 8);
    for (let cp = start; cp <= end; cp += 1) if (glyph + (cp - start) !== 0) points.add(cp);
  }
}

function readFormat4(view: DataView, offset: number, points: Set<number>): void {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeAt = rangeOffsets + s * 2;
    const range = view.getUint16(rangeAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp += 1) {
      let glyph: number;
      if (range === 0) glyph = (cp + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeAt + range + (cp - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(cp);
    }
  }
}
