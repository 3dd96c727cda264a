/**
 * Reads the QR code of a printed record from what the office has in hand: a photo or scan
 * (JPEG/PNG), or the PDF file itself (its first page rendered with pdf.js). Decoding is
 * jsQR's; nothing here parses the payload (shared/records/printedRecordCheck.ts does).
 * Loaded only by the 核验笔录 screen: pdf.js is large.
 */
import jsQR from 'jsqr';

/** The QR sits in the page's top-right corner: a full page at this scale gives ~4 px per module. */
const PDF_SCALE = 3;

function decodePixels(data: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(data, width, height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

function canvasOf(
  width: number,
  height: number,
): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('canvas');
  return { canvas, context };
}

/** The QR text of an image, or null when none is found. */
export async function decodeQrFromImage(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    const { context } = canvasOf(bitmap.width, bitmap.height);
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return decodePixels(pixels.data, pixels.width, pixels.height);
  } finally {
    bitmap.close();
  }
}

/** The QR text of a PDF's first page, or null when none is found. */
export async function decodeQrFromPdf(file: Blob): Promise<string | null> {
  const pdfjs = await import('pdfjs-dist');
  const { default: workerUrl } = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const document = await pdfjs.getDocument({
    data: new Uint8Array(await file.arrayBuffer()),
    isEvalSupported: false,
  }).promise;
  try {
    const page = await document.getPage(1);
    const viewport = page.getViewport({ scale: PDF_SCALE });
    const { canvas, context } = canvasOf(Math.ceil(viewport.width), Math.ceil(viewport.height));
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    return decodePixels(pixels.data, pixels.width, pixels.height);
  } finally {
    await document.destroy();
  }
}

/** What kind of file was picked, by its first bytes (a name or MIME type may lie). */
export async function sniffFile(file: Blob): Promise<'pdf' | 'image' | 'other'> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const text = String.fromCharCode(...head.slice(0, 5));
  if (text === '%PDF-') return 'pdf';
  if (head[0] === 0xff && head[1] === 0xd8) return 'image';
  if (head[0] === 0x89 && text.slice(1, 4) === 'PNG') return 'image';
  return 'other';
}

/** Video frames from the camera until a QR is read or `signal` aborts. */
export async function decodeQrFromCamera(
  video: HTMLVideoElement,
  signal: AbortSignal,
): Promise<string | null> {
  const { context } = canvasOf(1, 1);
  while (!signal.aborted) {
    if (video.readyState >= 2 && video.videoWidth > 0) {
      context.canvas.width = video.videoWidth;
      context.canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0);
      const pixels = context.getImageData(0, 0, video.videoWidth, video.videoHeight);
      const text = decodePixels(pixels.data, pixels.width, pixels.height);
      if (text) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}
