/**
 * The render cache: a PNG is kept under a key that hashes everything that
 * decides its pixels (the input, the template version, the font files, the
 * renderer versions and the output size), so an unchanged record is copied,
 * not drawn again, and any change to those draws it anew. Share cards are
 * keyed the same way, with their own template version. Node-only.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { canonicalForm } from './digest.ts';
import { fontFingerprint } from './fonts.ts';
import { PNG_COMPRESSION } from './render.ts';
import { SHARE_HEIGHT, SHARE_TEMPLATE_VERSION, SHARE_WIDTH } from './share-template.ts';
import { TEMPLATE_VERSION } from './template.ts';
import type { CertificateInput, ShareImageInput } from './types.ts';

const require = createRequire(import.meta.url);
// node:crypto, not the portable sha256.ts: the same hex digest, ~7x faster over thousands of keys.
const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const version = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

let renderer: string | undefined;
/**
 * What, besides the input, decides the pixels: computed once per process.
 * `fontMemo`: a file where the font files' hashes are kept between runs
 * (fontFingerprint), for the first call.
 */
export function rendererFingerprint(fontMemo?: string): string {
  renderer ??= canonicalForm({
    template: TEMPLATE_VERSION,
    fonts: fontFingerprint(fontMemo),
    satori: version('satori'),
    resvg: version('@resvg/resvg-js'),
    // The PNG encoder's libraries: another zlib build may compress the same pixels to other bytes.
    sharp: [sharp.versions.sharp, sharp.versions.vips, sharp.versions.png, sharp.versions['zlib-ng']].join('/'),
    png: PNG_COMPRESSION,
  });
  return renderer;
}

/** The cache key of one certificate drawn `width` pixels wide: hex SHA-256. */
export function cacheKey(input: CertificateInput, width: number): string {
  return sha256Hex(`${rendererFingerprint()}\n${width}\n${canonicalForm(input)}`);
}

/** The cache key of one share card: hex SHA-256 (the card's own template version included). */
export function shareCacheKey(input: ShareImageInput): string {
  return sha256Hex(
    `${rendererFingerprint()}\nshare ${SHARE_TEMPLATE_VERSION} ${SHARE_WIDTH}x${SHARE_HEIGHT}\n${canonicalForm(input)}`,
  );
}
