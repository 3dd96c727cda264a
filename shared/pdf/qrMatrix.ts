/** The QR code printed on every page: payload and module matrix (qrcode's pure encoder, no canvas). */
import QRCode from 'qrcode';

/** What the QR code says: scheme, record number (or id for a draft) and record hash. */
export function qrPayload(recordNumber: string, hash: string): string {
  return `BSI1|${recordNumber}|${hash}`;
}

/** Dark modules as a square boolean matrix, rows first. */
export function qrMatrix(payload: string): boolean[][] {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const rows: boolean[][] = [];
  for (let r = 0; r < modules.size; r += 1) {
    const row: boolean[] = [];
    for (let c = 0; c < modules.size; c += 1) row.push(modules.get(r, c) === 1);
    rows.push(row);
  }
  return rows;
}
