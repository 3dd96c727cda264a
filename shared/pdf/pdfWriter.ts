/**
 * A thin layer over jsPDF: a cursor, page breaks, per-character widths (cached per face),
 * our own line breaking, and drawing of the characters the font lacks (printForms.ts).
 */
import type { jsPDF } from 'jspdf';
import { breakLines } from './lineBreak';
import { page, PT } from './pageGeometry';
import { printFormOf, shiftOffsetEm, shiftScale, type Shift } from './printForms';

export const FONT_FAMILY = 'NotoSansSC';

interface Run {
  readonly text: string;
  readonly shift?: Shift;
  /** The characters a stand-in run replaces ("⁻" drawn as a raised "-"), for ActualText. */
  readonly actual?: string;
}

/**
 * A PDF text string in UTF-16BE hex (ISO 32000 §7.9.2.2), e.g. "⁻" → <FEFF207B>. Hex needs
 * no escaping, whatever the characters.
 */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1)
    hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

export class PdfWriter {
  readonly doc: jsPDF;
  y: number = page.top;
  private readonly hasGlyph: (codePoint: number) => boolean;
  private readonly widths = new Map<string, number>();
  private readonly onNewPage: () => void;

  constructor(doc: jsPDF, hasGlyph: (codePoint: number) => boolean, onNewPage: () => void) {
    this.doc = doc;
    this.hasGlyph = hasGlyph;
    this.onNewPage = onNewPage;
  }

  setFace(bold: boolean, size: number): void {
    this.doc.setFont(FONT_FAMILY, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
  }

  private runs(text: string): Run[] {
    const runs: Run[] = [];
    let plain = '';
    for (const char of text) {
      const form = printFormOf(char, this.hasGlyph);
      if (form === undefined) {
        plain += char === '\t' ? ' ' : char;
        continue;
      }
      if (plain) runs.push({ text: plain });
      plain = '';
      const last = runs.at(-1);
      if (last?.shift === form.shift)
        runs[runs.length - 1] = {
          ...last,
          text: last.text + form.base,
          actual: (last.actual ?? '') + char,
        };
      else runs.push({ text: form.base, shift: form.shift, actual: char });
    }
    if (plain) runs.push({ text: plain });
    return runs;
  }

  /** Em width of one character in a face, from the font's own metrics. */
  private charEm(char: string, bold: boolean): number {
    const key = `${bold ? 'b' : 'r'}${char}`;
    let em = this.widths.get(key);
    if (em === undefined) {
      this.doc.setFont(FONT_FAMILY, bold ? 'bold' : 'normal');
      em = this.doc.getStringUnitWidth(char);
      this.widths.set(key, em);
    }
    return em;
  }

  /** Width in mm of `text` at `size` points. */
  measure(text: string, size: number, bold: boolean): number {
    let em = 0;
    for (const run of this.runs(text)) {
      let runEm = 0;
      for (const char of run.text) runEm += this.charEm(char, bold);
      em += run.shift ? runEm * shiftScale : runEm;
    }
    return em * size * PT;
  }

  wrap(text: string, width: number, size: number, bold: boolean): string[] {
    return breakLines(text, width, (s) => this.measure(s, size, bold));
  }

  /** Draws one line with its baseline at `y`. */
  text(
    text: string,
    x: number,
    y: number,
    size: number,
    bold: boolean,
    align: 'left' | 'center' | 'right' = 'left',
  ): void {
    const width = this.measure(text, size, bold);
    let cursor = align === 'left' ? x : align === 'center' ? x - width / 2 : x - width;
    for (const run of this.runs(text)) {
      const runSize = run.shift ? size * shiftScale : size;
      this.setFace(bold, runSize);
      const dy = run.shift ? shiftOffsetEm[run.shift] * size * PT : 0;
      // A stand-in glyph (a raised "-" for "⁻") would extract as its base character: marked
      // content with ActualText (ISO 32000 §14.9.4) makes search and copy give what was typed.
      if (run.actual !== undefined) this.write(`/Span <</ActualText ${utf16Hex(run.actual)}>> BDC`);
      this.doc.text(run.text, cursor, y + dy, { baseline: 'alphabetic' });
      if (run.actual !== undefined) this.write('EMC');
      cursor += this.measure(run.text, runSize, bold);
    }
  }

  /** Appends operators to the current page's content stream (jsPDF's internal writer). */
  private write(operators: string): void {
    (this.doc.internal as unknown as { write: (...parts: string[]) => void }).write(operators);
  }

  /** Starts a new page when `height` mm do not fit below the cursor; true if it did. */
  ensure(height: number): boolean {
    if (this.y + height <= page.bottom) return false;
    this.newPage();
    return true;
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = page.top;
    this.onNewPage();
  }

  /** Space left on this page below the cursor, in mm. */
  get room(): number {
    return page.bottom - this.y;
  }
}
