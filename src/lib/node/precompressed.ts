/**
 * Files compressed once at build time and written beside the original
 * (`pagefind.js.br`, `pagefind.js.gz`), so a server can send them without
 * compressing on every request: the static server here (static-server.ts),
 * nginx with `gzip_static` (and `brotli_static` where its module is
 * installed), Caddy's `precompressed`. Node only. Brotli at its highest
 * quality is worth it for the few files that every first search loads
 * (src/lib/search/README.md, "Compression"); a server compressing on the
 * fly uses a low quality to stay fast.
 */
import { writeFile } from 'node:fs/promises';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

/** The encodings a precompressed twin can have, in the order a server prefers them. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

export type Encoding = (typeof PRECOMPRESSED)[number]['encoding'];

const brotli = promisify(brotliCompress);
const deflate = promisify(gzip);

/** `body` compressed as `encoding`, as small as zlib makes it. */
export function compress(body: Uint8Array, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      })
    : deflate(body, { level: constants.Z_BEST_COMPRESSION });
}

/**
 * Writes `file`'s twins in `encodings`: each holds `body` (default: the
 * file as it is) compressed, which a browser decodes back to `body`.
 * Returns the bytes written per encoding.
 */
export async function writePrecompressed(
  file: string,
  body: Uint8Array,
  encodings: readonly Encoding[],
): Promise<Partial<Record<Encoding, number>>> {
  const sizes: Partial<Record<Encoding, number>> = {};
  for (const { encoding, suffix } of PRECOMPRESSED) {
    if (!encodings.includes(encoding)) continue;
    const packed = await compress(body, encoding);
    await writeFile(file + suffix, packed);
    sizes[encoding] = packed.byteLength;
  }
  return sizes;
}
