/**
 * Reads which code points a TrueType/OpenType font maps to a glyph, from its
 * `cmap` table (formats 4 and 12, the ones CJK fonts use). Small on purpose:
 * the renderer needs only "does this font have this character".
 */

/** Code points with a real glyph (glyph id 0, .notdef, does not count). */
export function fontCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = view.getUint32(0);
  if (tag === 0x74746366)
    throw new Error('fontCodePoints: this is a font collection (TTC); pass a single TTF/OTF face');
  if (tag === 0x774f4646 || tag === 0x774f4632)
    throw new Error('fontCodePoints: WOFF/WOFF2 is not read here; pass the TTF/OTF file');
  const cmap = tableOffset(view, 'cmap');
  const subtables = view.getUint16(cmap + 2);
  const points = new Set<number>();
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    if (platform !== 0 && platform !== 3) continue; // Unicode or Windows tables only
    const format = view.getUint16(offset);
    if (format === 12) readFormat12(view, offset, points);
    else if (format === 4) readFormat4(view, offset, points);
  }
  return points;
}

function tableOffset(view: DataView, name: string): number {
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
    if (tag === name) return view.getUint32(record + 8);
  }
  throw new Error(`fontCodePoints: the font has no '${name}' table`);
}

function readFormat12(view: DataView, offset: number, points: Set<number>): void {
  const groups = view.getUint32(offset + 12);
  for (let g = 0; g < groups; g++) {
    const at = offset + 16 + g * 12;
    const start = view.getUint32(at);
    const end = view.getUint32(at + 4);
    const glyph = view.getUint32(at + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) points.add(c);
  }
}

function readFormat4(view: DataView, offset: number, points: Set<number>): void {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(c);
    }
  }
}
