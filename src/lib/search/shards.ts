/**
 * The search index in shards that can be rebuilt alone, and their cache
 * (Node only; README.md beside this file, "Shards"). Pagefind has no
 * incremental mode; the site can be indexed as several Pagefind indexes that
 * the search page merges in the browser (`mergeIndex`): the home pages in
 * buckets by URL, the stories, and everything else (the primary index, at
 * `/pagefind/`). Measured, one index searches better, so the build uses one
 * (a single shard); either way a shard whose pages are byte for byte what
 * they were is copied from the cache instead of being indexed again.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** The shard that lives at `/pagefind/` itself and holds every page no other shard takes. */
export const PRIMARY_SHARD = 'site';
/** Where the other shards live, below the index folder. */
export const SHARDS_SUBDIR = 'shards';
/** The list of merged shards the search page reads, in the index folder. */
export const SHARDS_MANIFEST = 'shards.json';

/** What `/pagefind/shards.json` holds: the paths to merge, relative to the site. */
export interface ShardsManifest {
  shards: string[];
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The shard a page belongs to, from its URL alone, so a page never moves
 * between shards as it changes; with no home buckets, every page is in the
 * primary index.
 */
export function shardOf(url: string, homeShards: number): string {
  if (homeShards <= 0) return PRIMARY_SHARD;
  if (/^\/homes\/[^/]+\/$/.test(url)) return `homes-${fnv1a(url) % homeShards}`;
  if (/^\/stories\/[^/]+\/$/.test(url)) return 'stories';
  return PRIMARY_SHARD;
}

/**
 * The cache key of a shard: a hash of everything its index is made from,
 * the pages as given to Pagefind (aliases, rows and summaries included), in
 * order, and the indexing settings.
 */
export function shardKey(pages: readonly { url: string; html: string }[], settings: string): string {
  const hash = createHash('sha256').update(settings).update('\0');
  for (const p of pages) hash.update(p.url).update('\0').update(p.html).update('\0');
  return hash.digest('hex').slice(0, 20);
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** Files of Pagefind's bundle that a merged shard does not need: the search page loads them from the primary index. */
const BUNDLE_FILE = /^(pagefind[^/]*\.(js|css)|wasm\.[^/]*\.pagefind)$/;

/** Copies a written index into place, by hard links where it can (the cache and the site are on one disk). */
export async function placeIndex(from: string, to: string, merged: boolean): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (merged && entry.isFile() && BUNDLE_FILE.test(entry.name)) continue;
    if (entry.name === SHARDS_SUBDIR && !merged) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await placeIndex(source, target, false);
    else await link(source, target).catch(() => copyFile(source, target));
  }
}

/** The cache folder of one shard's index. */
export const cachedShard = (cacheDir: string, name: string, key: string) => path.join(cacheDir, `${name}-${key}`);

/** Whether a finished index of this shard is in the cache (a folder is renamed into place only when complete). */
export const isCached = (cacheDir: string, name: string, key: string) =>
  exists(path.join(cachedShard(cacheDir, name, key), 'pagefind-entry.json'));

/** Moves a freshly written index into the cache under its key. */
export async function storeShard(written: string, cacheDir: string, name: string, key: string): Promise<string> {
  const target = cachedShard(cacheDir, name, key);
  await rm(target, { recursive: true, force: true });
  await rename(written, target);
  return target;
}

/** Removes cached shards this build did not use, so the cache holds one site's index, not its history. */
export async function pruneCache(cacheDir: string, used: ReadonlySet<string>): Promise<void> {
  if (!(await exists(cacheDir))) return;
  for (const entry of await readdir(cacheDir)) {
    if (!used.has(entry)) await rm(path.join(cacheDir, entry), { recursive: true, force: true });
  }
}
