/**
 * Cuts the certificate fonts down to the characters one batch prints, with
 * HarfBuzz's subsetter (harfbuzzjs, WebAssembly). A worker then parses a
 * ~100 KB font instead of ~100 MB of full files: it starts in a fraction of
 * the time and keeps far less memory. Outlines, advances and layout tables
 * of the kept characters are unchanged, so a certificate's pixels do not
 * depend on which batch drew it (render.test.ts checks the bytes). Node-only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FAMILIES, familyCoverage, fontFile, type FontData, type FontWeight } from './fonts.ts';

interface HbSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;

function subsetter(): HbSubset {
  const path = createRequire(import.meta.url).resolve('harfbuzzjs/hb-subset.wasm');
  const module = new WebAssembly.Module(readFileSync(path));
  return new WebAssembly.Instance(module, {}).exports as unknown as HbSubset;
}

function subsetOne(hb: HbSubset, font: Uint8Array, codePoints: readonly number[]): Uint8Array {
  const pointer = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, pointer);
  const blob = hb.hb_blob_create(pointer, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  const set = hb.hb_subset_input_unicode_set(input);
  for (const cp of codePoints) hb.hb_set_add(set, cp);
  const subset = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  try {
    if (subset === 0) throw new Error('HarfBuzz could not subset a certificate font');
    const result = hb.hb_face_reference_blob(subset);
    const length = hb.hb_blob_get_length(result);
    // Copy out of WebAssembly memory, which the next subset may reuse.
    const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(result, 0), length).slice();
    hb.hb_blob_destroy(result);
    if (length === 0) throw new Error('HarfBuzz returned an empty subset of a certificate font');
    return bytes;
  } finally {
    if (subset !== 0) hb.hb_face_destroy(subset);
    hb.hb_face_destroy(face);
    hb.free(pointer);
  }
}

/**
 * Font data holding just `codePoints`, each in the first family that has it
 * (the same choice satori makes with the full fonts). Characters no family
 * has are left out: familiesFor() reports them before anything is drawn.
 */
export function subsetFontData(codePoints: Iterable<number>): FontData {
  const wanted = [...new Set(codePoints)].sort((a, b) => a - b);
  const perFamily = new Map<string, number[]>(FAMILIES.map((f) => [f.name, []]));
  for (const cp of wanted) {
    const family = FAMILIES.find((f) => familyCoverage(f).has(cp));
    if (family) perFamily.get(family.name)!.push(cp);
  }
  const hb = subsetter();
  const result = new Map<string, Map<FontWeight, Uint8Array>>();
  for (const [i, family] of FAMILIES.entries()) {
    const points = perFamily.get(family.name)!;
    if (points.length === 0 && i > 0) continue; // a fallback nobody needs
    // Read each file here rather than keep the full fonts in memory: this runs once per batch.
    result.set(
      family.name,
      new Map(family.weights.map((w) => [w, subsetOne(hb, readFileSync(fontFile(family, w)), points)] as const)),
    );
  }
  return result;
}
