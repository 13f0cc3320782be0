/**
 * The render cache: a PNG is kept under a key that hashes everything that
 * decides its pixels: the drawing itself (element tree and underlay, so an
 * edit to the layout, frame, seal or palette changes every key it touches,
 * with no version to bump), the font files, the renderer versions and the
 * output size. An unchanged certificate is copied, not drawn again. Node-only.
 */
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { fontFingerprint } from './fonts.ts';
import { qrElement } from './qr.ts';
import { PNG_COMPRESSION } from './render.ts';
import { sha256Hex } from './sha256.ts';
import { shareDrawing } from './share-template.ts';
import { certificateDrawing, type QrDrawer } from './template.ts';
import type { CertificateInput, ShareImageInput } from './types.ts';

const require = createRequire(import.meta.url);
const version = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

/**
 * The QR code in a key's drawing: the text it encodes, not its modules.
 * Encoding one costs ~1.8 ms (qrcode scores all eight masks), 35 times the
 * rest of the drawing, which would add ~3 s to a warm build of 1,540
 * certificates; qr.ts's own output is keyed once, by QR_PROBE below.
 */
const qrAsText: QrDrawer = (text, px) => ({ type: 'qr', props: { text, px } });
const QR_PROBE = 'https://zgzj.example.cn/verify/2024-0001-0123456789/';

let renderer: string | undefined;
/**
 * What, besides the drawing, decides the pixels: computed once per process.
 * `fontMemo`: a file where the font files' hashes are kept between runs
 * (fontFingerprint), for the first call.
 */
export function rendererFingerprint(fontMemo?: string): string {
  renderer ??= JSON.stringify({
    fonts: fontFingerprint(fontMemo),
    satori: version('satori'),
    resvg: version('@resvg/resvg-js'),
    qr: [version('qrcode'), sha256Hex(JSON.stringify(qrElement(QR_PROBE, 96)))],
    // The PNG encoder's libraries: another zlib build may compress the same pixels to other bytes.
    sharp: [sharp.versions.sharp, sharp.versions.vips, sharp.versions.png, sharp.versions['zlib-ng']].join('/'),
    png: PNG_COMPRESSION,
  });
  return renderer;
}

/** The cache key of one certificate drawn `width` pixels wide: hex SHA-256 of its drawing. */
export function cacheKey(input: CertificateInput, width: number): string {
  return sha256Hex(`${rendererFingerprint()}\n${width}\n${JSON.stringify(certificateDrawing(input, qrAsText))}`);
}

/** The cache key of one share card: hex SHA-256 of its drawing. */
export function shareCacheKey(input: ShareImageInput): string {
  return sha256Hex(`${rendererFingerprint()}\nshare\n${JSON.stringify(shareDrawing(input))}`);
}
