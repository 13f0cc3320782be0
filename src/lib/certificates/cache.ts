/**
 * The render cache: a PNG is kept under a key that hashes everything that
 * decides its pixels (the input, the template version, the font files, the
 * renderer versions and the output size), so an unchanged record is copied,
 * not drawn again, and any change to those draws it anew. Node-only.
 */
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { sha256Hex } from './sha256.ts';
import { canonicalForm } from './digest.ts';
import { fontFingerprint } from './fonts.ts';
import { PNG_COMPRESSION } from './render.ts';
import { TEMPLATE_VERSION } from './template.ts';
import type { CertificateInput } from './types.ts';

const require = createRequire(import.meta.url);
const version = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

let renderer: string | undefined;
/** What, besides the input, decides the pixels: computed once per process. */
export function rendererFingerprint(): string {
  renderer ??= canonicalForm({
    template: TEMPLATE_VERSION,
    fonts: fontFingerprint(),
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
