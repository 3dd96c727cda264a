/**
 * The document model between a record and jsPDF: blocks of texts that each name the field
 * they come from. Built first so every printed character is known before drawing (glyph
 * check, font subsets), then laid out (TECH-NOTES §1 "build the model first").
 */
export interface PdfText {
  readonly text: string;
  /** Source of the text for error messages: `site.name`, `template:vocs.x.y`, `label`. */
  readonly field: string;
  readonly bold?: boolean;
}

export interface PdfCell extends PdfText {
  /** Columns this cell covers (default 1). */
  readonly span?: number;
  readonly align?: 'left' | 'center';
}

export interface PdfTableRow {
  readonly cells: readonly PdfCell[];
  /** A grey band (section heading inside a table). */
  readonly shaded?: boolean;
}

export interface PdfPhoto {
  readonly sha256: string;
  readonly mime: 'image/jpeg' | 'image/png';
  readonly caption: PdfText;
  readonly stamp: PdfText;
}

export interface PdfSignatureLine {
  readonly role: PdfText;
  readonly name: PdfText;
  /** Signature image, when signed. */
  readonly imageSha256?: string;
  readonly signedAt?: PdfText;
}

export type PdfBlock =
  | { readonly kind: 'title'; readonly text: PdfText; readonly size: number }
  | { readonly kind: 'rightNote'; readonly text: PdfText }
  | { readonly kind: 'heading'; readonly text: PdfText }
  | { readonly kind: 'paragraph'; readonly text: PdfText; readonly indent?: number }
  | {
      readonly kind: 'table';
      /** Column widths in mm; they add up to the content width. */
      readonly widths: readonly number[];
      readonly header?: PdfTableRow;
      readonly rows: readonly PdfTableRow[];
    }
  | { readonly kind: 'signatures'; readonly lines: readonly PdfSignatureLine[] }
  | { readonly kind: 'photos'; readonly photos: readonly PdfPhoto[] }
  | { readonly kind: 'pageBreak' };

/** One record as printed: its blocks and what every page's footer and QR code carry. */
export interface PdfDocumentModel {
  readonly blocks: readonly PdfBlock[];
  /** Running header on pages after the first. */
  readonly runningTitle: string;
  /** Printed on every page and in the QR code. */
  readonly recordNumber: string;
  readonly hash: string;
  readonly hashLabel: string;
  readonly draft: boolean;
  /** Asks the party to initial every page (docs/domain.md §4.2). */
  readonly partyInitialsOnEveryPage: boolean;
  /**
   * What stands on every page's 当事人签名 line: the party's signature image, or 拒签/不在场
   * with the witness's name (docs/records.md "Party, witness and every page").
   */
  readonly partyMark?: { readonly imageSha256?: string; readonly text: PdfText };
}

/** Every text of a model, for the glyph check and the font subsets. */
export function modelTexts(model: PdfDocumentModel): PdfText[] {
  const out: PdfText[] = [];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'title':
      case 'heading':
        out.push({ ...block.text, bold: true });
        break;
      case 'rightNote':
      case 'paragraph':
        out.push(block.text);
        break;
      case 'table':
        for (const row of [...(block.header ? [block.header] : []), ...block.rows])
          out.push(...row.cells);
        break;
      case 'signatures':
        for (const line of block.lines)
          out.push(line.role, line.name, ...(line.signedAt ? [line.signedAt] : []));
        break;
      case 'photos':
        for (const photo of block.photos) out.push(photo.caption, photo.stamp);
        break;
      case 'pageBreak':
        break;
    }
  }
  return out;
}
