/**
 * Font subsetting with HarfBuzz's wasm build (harfbuzzjs/dist/harfbuzz-subset.wasm), the
 * same module subset-font drives, but with the wasm bytes INJECTED so this file stays pure:
 * Node reads the file, the browser fetches it as a Vite asset URL (TECH-NOTES §9).
 */

/** Subsets a TrueType font to exactly the characters of `text`; returns TrueType bytes. */
export type SubsetFont = (font: Uint8Array, text: string) => Promise<Uint8Array>;

/** The slice of HarfBuzz's C API the subsetter calls. */
interface HarfBuzzExports {
  readonly memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, setType: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;

/**
 * Tables jsPDF never reads: layout (it does no shaping), vertical metrics, variations and
 * hinting. Dropping them keeps each embedded face to the glyphs and metrics it prints.
 */
const DROPPED_TABLES = [
  'GSUB',
  'GPOS',
  'GDEF',
  'BASE',
  'vhea',
  'vmtx',
  'VORG',
  'STAT',
  'DSIG',
  'gasp',
  'prep',
  'fpgm',
  'cvt ',
  'hdmx',
  'LTSH',
  'kern',
];

function tag(name: string): number {
  let value = 0;
  for (const ch of name) value = (value << 8) + ch.charCodeAt(0);
  return value >>> 0;
}

function isHarfBuzz(
  exports: WebAssembly.Exports,
): exports is WebAssembly.Exports & HarfBuzzExports {
  return (
    exports['memory'] instanceof WebAssembly.Memory &&
    typeof exports['hb_subset_or_fail'] === 'function' &&
    typeof exports['malloc'] === 'function'
  );
}

/**
 * Instantiates the wasm once and returns a subsetter. `loadWasm` gives the module bytes
 * (Node: readFile; browser: fetch of the `?url` asset). Calls are serialised because they
 * share one wasm heap.
 */
export async function createHarfBuzzSubsetter(
  loadWasm: () => Promise<BufferSource>,
): Promise<SubsetFont> {
  const { instance } = await WebAssembly.instantiate(await loadWasm());
  const hb = instance.exports;
  if (!isHarfBuzz(hb)) throw new Error('harfbuzz-subset.wasm: unexpected exports');
  hb._initialize();
  let queue: Promise<unknown> = Promise.resolve();
  return (font, text) => {
    const run = queue.then(() => subsetOnce(hb, font, text));
    queue = run.catch(() => undefined);
    return run;
  };
}

function subsetOnce(hb: HarfBuzzExports, font: Uint8Array, text: string): Uint8Array {
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('harfbuzz: hb_subset_input_create_or_fail failed');
  const fontPointer = hb.malloc(font.byteLength);
  // The heap may grow during subsetting, detaching older views: take a fresh one each time.
  new Uint8Array(hb.memory.buffer).set(font, fontPointer);
  const blob = hb.hb_blob_create(fontPointer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  try {
    hb.hb_set_clear(hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
    const dropTables = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const name of DROPPED_TABLES) hb.hb_set_add(dropTables, tag(name));
    hb.hb_subset_input_set_flags(
      input,
      hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING,
    );
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of text) hb.hb_set_add(unicodes, ch.codePointAt(0) ?? 0);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('harfbuzz: hb_subset_or_fail failed (corrupt font?)');
    const result = hb.hb_face_reference_blob(subset);
    const offset = hb.hb_blob_get_data(result, 0);
    const length = hb.hb_blob_get_length(result);
    const bytes = new Uint8Array(hb.memory.buffer).slice(offset, offset + length);
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    if (length === 0) throw new Error('harfbuzz: empty subset (corrupt font?)');
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(fontPointer);
  }
}
