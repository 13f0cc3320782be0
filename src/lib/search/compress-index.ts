/**
 * Precompressed twins of the Pagefind files every first search loads
 * (Node only; README.md beside this file, "Compression"). Pagefind keeps its
 * data gzipped at rest and gunzips it in the browser, in JavaScript; a file
 * that starts with its signature `pagefind_dcd` it takes as already
 * decompressed. So the brotli twin of a data file holds the signature and
 * the payload, which the browser unpacks natively and Pagefind then reads
 * as is, while the file itself stays gzipped for servers that send it as it
 * is. Index chunks and fragments are left alone: brotli at a speed a build
 * can afford makes them 2–3% smaller (measured at 2,000 homes); so are the
 * filter indexes, which the search page does not load (facet-table.ts).
 */
import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PRECOMPRESSED, writePrecompressed, type Encoding } from '../node/precompressed.ts';
import { FACET_TABLE_FILE } from './facet-table.ts';
import { exists } from './shards.ts';

/** Pagefind's signature of a decompressed file. */
const SIGNATURE = 'pagefind_dcd';

/** The runtime the search page imports, and the facet table it fetches: brotli and gzip twins. */
const RUNTIME = new Set(['pagefind.js', 'pagefind-worker.js', FACET_TABLE_FILE]);
/** Gzipped data loaded before any result: the WebAssembly and the metadata. */
const DATA = /^(wasm\..+\.pagefind|pagefind\..+\.pf_meta)$/;

/** The payload of a Pagefind data file, signature included, as the browser's Pagefind reads it. */
export function pagefindPayload(file: Uint8Array): Buffer {
  const start = Buffer.from(file.subarray(0, SIGNATURE.length)).toString('latin1');
  return start === SIGNATURE ? Buffer.from(file) : gunzipSync(file);
}

/**
 * Writes the twins into a written Pagefind index folder; returns how many files got them. A file
 * byte for byte the same as in `last` (an earlier index with its twins) gets copies of its twins
 * there: brotli at its highest quality takes a second at 10,000 homes for files that mostly stay the
 * same from one build to the next (the runtime, the WebAssembly, often the facet table).
 */
export async function precompressIndex(dir: string, last?: string): Promise<number> {
  // All at once, on zlib's threads: after a content change the metadata and the facet table each
  // take about 0.27 s of brotli at 10,000 homes.
  const done = await Promise.all(
    (await readdir(dir)).map(async (rel) => {
      const file = path.join(dir, rel);
      const encodings: Encoding[] | undefined = RUNTIME.has(rel) ? ['br', 'gzip'] : DATA.test(rel) ? ['br'] : undefined;
      if (!encodings) return 0;
      const bytes = await readFile(file);
      if (!(last && (await copyTwins(bytes, path.join(last, rel), file, encodings))))
        await writePrecompressed(file, RUNTIME.has(rel) ? bytes : pagefindPayload(bytes), encodings);
      return 1;
    }),
  );
  return done.reduce<number>((n, d) => n + d, 0);
}

/** Copies the twins of `before` for `file` when both hold the same bytes and every twin is there. */
async function copyTwins(bytes: Buffer, before: string, file: string, encodings: readonly Encoding[]) {
  const old = await readFile(before).catch(() => undefined);
  const suffixes = PRECOMPRESSED.filter((p) => encodings.includes(p.encoding)).map((p) => p.suffix);
  if (!old?.equals(bytes) || !(await Promise.all(suffixes.map((s) => exists(before + s)))).every(Boolean)) return false;
  // Copies, not links: the earlier index's files may be the ones the live site serves.
  for (const s of suffixes) await copyFile(before + s, file + s);
  return true;
}
