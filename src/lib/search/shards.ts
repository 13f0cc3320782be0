/**
 * The search index in shards that can be rebuilt alone, and their cache
 * (Node only; README.md beside this file, "One index from shards").
 * Pagefind has no incremental mode, and one Pagefind run over 11,000 pages
 * held 4.2 GB. So each shard is indexed by Pagefind on its own, kept in the
 * cache, and merged with the others into the one index the site serves
 * (merge-index.ts); a shard whose pages are byte for byte what they were is
 * not indexed again. Which shard a page is in changes only what is rebuilt,
 * never the merged index.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ShardPage } from './merge-index.ts';
import { placeFile } from '../node/place-file.ts';
import { fullHash, payload, readIndex } from './pagefind-files.ts';

/**
 * About how many pages a shard of home pages or stories holds. A change to one home re-indexes its
 * whole shard, so shards are small: at 10,000 homes 64 shards of about 156 homes. More shards cost
 * the merge little (2,000 homes in 73 shards: 1.3 s of CPU against 1.1 s in 6) and a cold build nothing measurable.
 */
export const SHARD_PAGES = 150;

/** The page list each cached shard keeps beside its index, for the merge. */
export const PAGES_FILE = 'pages.json';

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The kind of page a URL is: the two kinds a province has thousands of, and the rest. */
export function pageKind(url: string): 'homes' | 'stories' | 'site' {
  if (/^\/homes\/[^/]+\/$/.test(url)) return 'homes';
  if (/^\/stories\/[^/]+\/$/.test(url)) return 'stories';
  return 'site';
}

/**
 * How many buckets `count` pages of a kind go into: a power of two near
 * count / SHARD_PAGES, so that it changes only when the site doubles or
 * halves (a page keeps its bucket as pages come and go).
 */
export function bucketCount(count: number): number {
  return 2 ** Math.max(0, Math.round(Math.log2(Math.max(1, count / SHARD_PAGES))));
}

/**
 * The shard of a page: home pages and stories in buckets by URL, everything
 * else (lists, rolls, courses, policy …, the pages a change elsewhere also
 * touches) in one shard of its own.
 */
export function shardOf(url: string, buckets: Readonly<Record<'homes' | 'stories', number>>): string {
  const kind = pageKind(url);
  if (kind === 'site') return kind;
  return buckets[kind] > 1 ? `${kind}-${fnv1a(url) % buckets[kind]}` : kind;
}

/** The cache key of a shard: its pages (URL and a hash of the built file) and the indexing settings. */
export function shardKey(pages: readonly { url: string; digest: string }[], settings: string): string {
  const hash = createHash('sha256').update(settings).update('\0');
  for (const p of pages) hash.update(p.url).update('\0').update(p.digest).update('\0');
  return hash.digest('hex').slice(0, 20);
}

/**
 * Writes the page list of an index Pagefind wrote: each page's sort key (by
 * its URL) and the full hash of its fragment, in Pagefind's page order.
 */
export async function writePageList(dir: string, keyOf: ReadonlyMap<string, string>): Promise<void> {
  const { meta } = await readIndex(dir);
  const pages: ShardPage[] = [];
  for (const [fragment] of meta.pages) {
    const json = payload(await readFile(path.join(dir, 'fragment', `${fragment}.pf_fragment`)));
    const { url } = JSON.parse(json.toString('utf8')) as { url: string };
    const key = keyOf.get(url);
    if (key === undefined) throw new Error(`索引里有未知的页面 ${url}`);
    pages.push({ key, json: fullHash(json) });
  }
  await writeFile(path.join(dir, PAGES_FILE), JSON.stringify(pages));
}

export const readPageList = async (dir: string) =>
  JSON.parse(await readFile(path.join(dir, PAGES_FILE), 'utf8')) as ShardPage[];

/** Whether something is at `p` (Node's fs/promises has no exists). */
export async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** Copies a finished index into place, by hard links where it can (the cache and the site are on one disk). */
export function placeIndex(from: string, to: string, skip: (name: string) => boolean = () => false): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) placeIndex(source, target);
    else placeFile(source, target);
  }
}

/** The cache folder of one shard's index (or of the merged index, `merged`). */
export const cachedShard = (cacheDir: string, name: string, key: string) => path.join(cacheDir, `${name}-${key}`);

/** Whether a finished index is in the cache (a folder is renamed into place only when complete). */
export const isCached = (cacheDir: string, name: string, key: string) =>
  exists(path.join(cachedShard(cacheDir, name, key), 'pagefind-entry.json'));

/** Moves a freshly written index into the cache under its key. */
export async function storeShard(written: string, cacheDir: string, name: string, key: string): Promise<string> {
  const target = cachedShard(cacheDir, name, key);
  await rm(target, { recursive: true, force: true });
  await rename(written, target);
  return target;
}

/** Removes cached indexes this build did not use, so the cache holds one site's index, not its history. */
export async function pruneCache(cacheDir: string, used: ReadonlySet<string>): Promise<void> {
  if (!(await exists(cacheDir))) return;
  // Synchronous: removing the last merged index (12,000 files at 10,000 homes) took 0.3 s awaited, 0.13 s so.
  for (const entry of await readdir(cacheDir)) {
    if (!used.has(entry)) rmSync(path.join(cacheDir, entry), { recursive: true, force: true });
  }
}
