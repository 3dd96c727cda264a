/**
 * Signature capture around signature_pad (mouse, pen and touch through Pointer Events).
 * A signature is stored as a PNG attachment addressed by its SHA-256, like a photo.
 */
import SignaturePad from 'signature_pad';
import { sha256Hex } from '../../../shared/domain/hash';

export interface CapturedSignature {
  readonly blob: Blob;
  readonly sha256: string;
  readonly size: number;
}

/**
 * A pad on `canvas`, its backing store sized for the screen's pixel ratio so strokes stay
 * sharp on high-DPI laptops. Call `resizeSignatureCanvas` again when the canvas changes size
 * (it clears the pad: resizing a canvas erases it anyway).
 */
export function createSignaturePad(canvas: HTMLCanvasElement): SignaturePad {
  resizeSignatureCanvas(canvas);
  // Black ink on white: a transparent PNG would print as nothing on some viewers.
  return new SignaturePad(canvas, {
    penColor: '#000000',
    backgroundColor: '#ffffff',
    minWidth: 0.8,
    maxWidth: 2.6,
  });
}

export function resizeSignatureCanvas(canvas: HTMLCanvasElement, pad?: SignaturePad): void {
  const ratio = Math.max(window.devicePixelRatio || 1, 1);
  canvas.width = Math.round(canvas.offsetWidth * ratio);
  canvas.height = Math.round(canvas.offsetHeight * ratio);
  canvas.getContext('2d')?.scale(ratio, ratio);
  pad?.clear();
}

/** Hashes the PNG bytes as they will be stored. */
export async function hashSignaturePng(blob: Blob): Promise<CapturedSignature> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return {
    blob: new Blob([bytes], { type: 'image/png' }),
    sha256: sha256Hex(bytes),
    size: bytes.length,
  };
}

/** The pad's drawing as PNG with its hash; undefined when nothing was drawn. */
export async function captureSignature(
  pad: SignaturePad,
  canvas: HTMLCanvasElement,
): Promise<CapturedSignature | undefined> {
  if (pad.isEmpty()) return undefined;
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob === null) throw new Error('the signature could not be encoded as PNG');
  return hashSignaturePng(blob);
}
