/**
 * Drawing -> SVG (satori) -> PNG (resvg). Node-only. See README.md for where
 * the time goes and why these settings.
 */
// First: sets resvg-js's allocator options before the addon is loaded.
import './allocator.ts';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { familiesFor, satoriFonts, type FontData } from './fonts.ts';
import { treeText } from './h.ts';
import { shareDrawing } from './share-template.ts';
import { subsetFontData } from './subset.ts';
import { certificateDrawing } from './template.ts';
import type { CertificateInput, Drawing, ShareImageInput } from './types.ts';

export interface RenderOptions extends Partial<RasterOptions> {
  /** Font bytes to draw with: a batch's subset (subset.ts); default the full font files. */
  fonts?: FontData;
}

export interface RasterOptions {
  /** Output width in pixels; the height follows the drawing's aspect ratio. */
  width: number;
  /** zlib level 0-9 for the PNG (sharp's encoder). Default PNG_COMPRESSION. */
  compressionLevel?: number;
}

/** zlib level of the certificate PNGs: 3 is ~200 KB in ~20 ms at 200 dpi, 6 only 15% smaller for 50% more time. */
export const PNG_COMPRESSION = 3;

/** A4 landscape is 297 mm wide. */
export const A4_WIDTH_INCHES = 297 / 25.4;
/** The certificate's print resolution (README.md: why 200 dpi). */
export const CERTIFICATE_DPI = 200;
/** Pixel width of an A4 landscape certificate at `dpi`: 2339 at 200 dpi, 3508 at 300. */
export const certificatePixelWidth = (dpi: number): number => Math.round(A4_WIDTH_INCHES * dpi);
export const CERTIFICATE_PIXEL_WIDTH = certificatePixelWidth(CERTIFICATE_DPI);

/**
 * The drawing as one SVG document: the underlay first, then satori's output.
 * `fields` are the input texts checked for glyphs (named in the error); the
 * whole tree's text is checked too. Throws MissingGlyphError.
 */
export async function drawingSvg(
  drawing: Drawing,
  subject: string,
  fields: ReadonlyArray<readonly [string, string]> = [],
  fonts?: FontData,
): Promise<string> {
  const families = familiesFor([...fields, ['template', treeText(drawing.tree)]], subject, fonts);
  const svg = await satori(drawing.tree as never, {
    width: drawing.width,
    height: drawing.height,
    fonts: satoriFonts(families, fonts),
  });
  const open = svg.indexOf('>') + 1;
  return svg.slice(0, open) + drawing.underlay + svg.slice(open);
}

/** SVG -> PNG of `options.width` pixels. */
export async function rasterise(svg: string, options: RasterOptions): Promise<Buffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: options.width },
    // All text is already paths: don't scan the system's fonts on every call.
    font: { loadSystemFonts: false },
  });
  const image = resvg.render();
  // sharp (libvips, zlib-ng) encodes 3x faster than resvg's own asPng() (README.md).
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: options.compressionLevel ?? PNG_COMPRESSION, adaptiveFiltering: false })
    .toBuffer();
}

/** The fields of a certificate input whose characters are printed. */
export function printedFields(input: CertificateInput): Array<[string, string]> {
  const fields: Array<[string, string]> = [
    ['serial', input.serial],
    ['recipient', input.recipient],
    ['citation', input.citation],
    ['conferrer', input.conferrer],
  ];
  if (input.unit) fields.push(['unit', input.unit]);
  if (input.status) fields.push(['status', input.status]);
  return fields.map(([k, v]) => [k, v.normalize('NFC')]);
}

/** One certificate as SVG (for tests and debugging). */
export async function certificateSvg(input: CertificateInput, fonts?: FontData): Promise<string> {
  return drawingSvg(certificateDrawing(input), `证书 ${input.serial}`, printedFields(input), fonts);
}

/** One certificate as PNG, A4 landscape at CERTIFICATE_DPI. Deterministic: same input, same bytes. */
export async function renderCertificate(input: CertificateInput, options: RenderOptions = {}): Promise<Buffer> {
  const { fonts, ...raster } = options;
  return rasterise(await certificateSvg(input, fonts), { width: CERTIFICATE_PIXEL_WIDTH, ...raster });
}

/** The fields of a share card whose characters are printed. */
export function shareFields(input: ShareImageInput): Array<[string, string]> {
  const fields: Array<[string, string]> = [['title', input.title.normalize('NFC')]];
  if (input.subtitle) fields.push(['subtitle', input.subtitle.normalize('NFC')]);
  return fields;
}

/** What error messages call a share card by default. */
export const shareSubject = (input: ShareImageInput): string => `分享图《${input.title}》`;

/**
 * An og:image card, 1200 x 630 PNG, drawn with the certificate fonts. Throws
 * MissingGlyphError naming `subject` (default the card's title). For many
 * cards, pass `fonts: shareImageFonts(all)` (one small subset instead of
 * parsing the ~100 MB of full fonts in this process), or draw them with
 * makeCertificates' `share` option, in its worker pool.
 */
export async function shareImage(
  input: ShareImageInput,
  options: { fonts?: FontData; subject?: string } = {},
): Promise<Buffer> {
  const drawing = shareDrawing(input);
  const svg = await drawingSvg(drawing, options.subject ?? shareSubject(input), shareFields(input), options.fonts);
  return rasterise(svg, { width: drawing.width });
}

/** The font subset for a set of share cards (characters no font has are left for shareImage to report). */
export function shareImageFonts(inputs: readonly ShareImageInput[]): FontData {
  const points = new Set<number>();
  for (const input of inputs) for (const char of treeText(shareDrawing(input).tree)) points.add(char.codePointAt(0)!);
  return subsetFontData(points);
}
