/** The verification QR code, drawn as one SVG path of its dark modules. */
import QRCode from 'qrcode';
import { img, svgDataUri } from './h.ts';
import type { SatoriElement } from './types.ts';

/** Quiet zone, in modules: the QR standard asks for 4. */
const QUIET = 4;

/** SVG path data (one unit per module, quiet zone included) for `text`. */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let d = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      // Runs of dark modules in a row become one rectangle: fewer path segments to rasterise.
      if (!modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < modules.size && modules.get(row, end + 1)) end++;
      d += `M${col + QUIET} ${row + QUIET}h${end - col + 1}v1h-${end - col + 1}z`;
      col = end;
    }
  }
  return { size: modules.size + QUIET * 2, d };
}

/** A square QR image of `px` layout pixels on a white ground, edges kept crisp. */
export function qrElement(text: string, px: number): SatoriElement {
  const { size, d } = qrPath(text);
  const body = `<rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#1a1a1a"/>`;
  return img(svgDataUri(size, size, body, ' shape-rendering="crispEdges"'), px, px);
}
