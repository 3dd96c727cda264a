/**
 * PdfDeps in the renderer (Electron and web mode): the shipped fonts and HarfBuzz's wasm as
 * Vite asset URLs, fetched only when the first PDF is made (never at app start) and kept
 * for the session. The CSP allows 'wasm-unsafe-eval' for WebAssembly.instantiate.
 */
import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import boldUrl from '../../../assets/fonts/NotoSansSC-Bold.ttf?url';
import regularUrl from '../../../assets/fonts/NotoSansSC-Regular.ttf?url';
import { createHarfBuzzSubsetter, type SubsetFont } from '../../../shared/pdf/harfbuzzSubsetter';
import type { PdfDeps, PdfFonts } from '../../../shared/pdf/renderPdfDocuments';

async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let loaded: Promise<{ fonts: PdfFonts; subset: SubsetFont }> | undefined;

function loadOnce(): Promise<{ fonts: PdfFonts; subset: SubsetFont }> {
  loaded ??= (async () => {
    const [regular, bold, subset] = await Promise.all([
      fetchBytes(regularUrl),
      fetchBytes(boldUrl),
      createHarfBuzzSubsetter(() => fetchBytes(wasmUrl)),
    ]);
    return { fonts: { regular, bold }, subset };
  })();
  // A failed load (offline file missing, quota) must not poison later attempts.
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

export async function createBrowserPdfDeps(
  loadImage: PdfDeps['loadImage'] = () => Promise.resolve(undefined),
  agencyName?: string,
): Promise<PdfDeps> {
  const { fonts, subset } = await loadOnce();
  return { fonts, subset, loadImage, ...(agencyName !== undefined ? { agencyName } : {}) };
}
