/**
 * Draws one sample photo (Node only): the scene's SVG rendered by resvg with
 * the project's own font file and no system font, then film grain and JPEG
 * by sharp. Same inputs, same bytes, on every machine with this lock file.
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { seededRandom } from '../bench/random.ts';
import { FAMILIES, fontFile, PRIMARY_FAMILY } from '../certificates/fonts.ts';
import { H, rect, W } from './draw.ts';
import { SCENES } from './scenes/index.ts';
import { DEFS } from './walls.ts';

const QUALITY = 78;

/** The names of the sample photos, in the order that seeds them. */
export const PHOTO_NAMES: readonly string[] = Object.keys(SCENES);

/** Fine film grain (seeded) so the flat colours look less like a diagram. */
function grain(seed: number, amount: number): Buffer {
  const rng = seededRandom(seed);
  const buf = Buffer.alloc(W * H);
  for (let i = 0; i < buf.length; i++) buf[i] = 128 + Math.round((rng() - 0.5) * 2 * amount);
  return buf;
}

/** The SVG of a photo, before grain. */
export function photoSvg(name: string): string {
  const index = PHOTO_NAMES.indexOf(name);
  const scene = SCENES[name];
  if (!scene) throw new Error(`unknown photo: ${name} (known: ${PHOTO_NAMES.join(', ')})`);
  const rng = seededRandom(1000 + index * 7919);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${DEFS}${scene(rng)}${rect(0, 0, W, H, 'url(#light)')}</svg>`;
}

/** The JPEG bytes of a sample photo, e.g. `reading-room`. */
export async function samplePhoto(name: string): Promise<Buffer> {
  const svg = photoSvg(name);
  const family = FAMILIES[0]!;
  const image = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [fontFile(family, 400), fontFile(family, 700)],
      defaultFontFamily: PRIMARY_FAMILY,
    },
  }).render();
  const noise = await sharp(grain(PHOTO_NAMES.indexOf(name) + 1, 15), { raw: { width: W, height: H, channels: 1 } })
    .toColourspace('srgb')
    .png()
    .toBuffer();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .composite([{ input: noise, blend: 'soft-light' }])
    .jpeg({ quality: QUALITY, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .withMetadata({
      exif: { IFD0: { ImageDescription: 'Generated sample illustration', Software: 'make-sample-photos.ts' } },
    })
    .toBuffer();
}
