/**
 * What the search index is made with, hashed, for the keys of its cache
 * (Node only; indexing.ts, shards.ts). A cached shard is reused only when
 * the source of the modules that prepare and index its pages and the
 * versions they run on are the same; the merged index, when the modules
 * that merge and compress are the same too. A change to the merge alone so
 * re-indexes no shard (at 10,000 homes, 73 Pagefind runs of about 0.6 s).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** An installed package's version, found as Node finds the package (the packages do not export their package.json). */
async function versionOf(name: string): Promise<string> {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (await stat(file).catch(() => undefined))
      return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
    if (path.dirname(dir) === dir) return 'unknown';
  }
}

async function digest(modules: readonly string[], packages: readonly string[], extra = ''): Promise<string> {
  const hash = createHash('sha256');
  for (const module of modules) hash.update(await readFile(new URL(module, import.meta.url)));
  for (const name of packages) hash.update(`${name}@${await versionOf(name)}`);
  return hash.update(extra).digest('hex');
}

/** The inputs of a shard: what prepares its pages and keys them, Pagefind, and what writes its page list (shards.ts). */
export const shardInputs = () =>
  digest(
    [
      'index-page.ts',
      'indexed-digest.ts',
      'html-reading.ts',
      'dictionary.ts',
      'words.ts',
      '../domain/vocab.ts',
      'pagefind-files.ts',
    ],
    ['pagefind', 'ultrahtml', 'entities'],
  );

/** The inputs of the merged index: what merges and compresses the shards. */
export const mergeInputs = () =>
  digest(
    [
      'merge-index.ts',
      'merge-words.ts',
      'pagefind-files.ts',
      'cbor-bytes.ts',
      'compress-index.ts',
      '../node/precompressed.ts',
      'facet-table.ts',
    ],
    ['cborg'],
    // gzip and brotli write the index's chunks and its precompressed twins
    `zlib@${process.versions.zlib} brotli@${process.versions.brotli}`,
  );
