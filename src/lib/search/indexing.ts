/**
 * Builds the Pagefind index of a built site (Node only). Pages are read from
 * disk, made ready for the index (`index-page.ts`: readable rows, summaries,
 * alias tokens for the site's dictionary words; README.md beside this file)
 * and handed to Pagefind in memory: the files on disk are not changed. The
 * index is written in shards (`shards.ts`) to `<siteDir>/pagefind/`; a shard
 * whose pages have not changed since the last build is taken from the cache.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentRoot } from '../node/content-root.ts';
import { makeDictionary, type Dictionary } from './dictionary.ts';
import { precompressIndex } from './compress-index.ts';
import { prepareForIndex } from './index-page.ts';
import {
  isCached,
  cachedShard,
  placeIndex,
  PRIMARY_SHARD,
  pruneCache,
  shardKey,
  shardOf,
  SHARDS_MANIFEST,
  SHARDS_SUBDIR,
  storeShard,
  type ShardsManifest,
} from './shards.ts';
import { dictionaryFor, VOCABULARY_PATH, type SearchVocabulary } from './vocabulary.ts';

export interface BuildSearchIndexOptions {
  /** the built site (Astro's outDir) */
  siteDir: string;
  /** where to write the index, relative to siteDir; default `pagefind` */
  outputSubdir?: string;
  /** which files to index: a test on the path relative to siteDir (with `/`); default every `.html` file */
  include?: (relativePath: string) => boolean;
  /** selectors Pagefind skips (and so does the preparation of pages) */
  excludeSelectors?: string[];
  /** words searched whole, in place of the site's (words.ts) */
  dictionary?: readonly string[];
  /** prepare pages (default true); false indexes the pages as they are, for comparison */
  markDictionaryWords?: boolean;
  /** where finished shards are kept between builds; default one folder per content root under node_modules/.cache; false for none */
  cacheDir?: string | false;
  /**
   * Split the index into shards merged in the browser: the home pages in this
   * many buckets, the stories, the rest. Default 0, one index: measured
   * better (README.md, "Shards").
   */
  homeShards?: number;
  /** Pagefind's own logging */
  verbose?: boolean;
}

/** What happened to one shard: indexed again (and why) or taken from the cache. */
export interface ShardStats {
  name: string;
  pages: number;
  status: 'rebuilt' | 'reused';
  /** `unchanged` (reused), `changed` (a page of it differs from the last build), `new` (no cache for it) */
  reason: 'unchanged' | 'changed' | 'new';
  bytes: number;
  ms: number;
}

export interface BuildSearchIndexStats {
  /** HTML files read */
  htmlFiles: number;
  /** pages in the index (from the shards' pagefind-entry.json) */
  pages: number;
  /** HTML files not in the index: without data-pagefind-body, or with nothing to index */
  skipped: number;
  /** files in the written index, and their total size in bytes */
  files: number;
  bytes: number;
  /** bytes of the word index chunks and of the page fragments, the parts that grow with the site */
  indexBytes: number;
  fragmentBytes: number;
  shards: ShardStats[];
  /** shards indexed by Pagefind in this build, and shards copied from the cache */
  rebuilt: number;
  reused: number;
  cacheDir: string | false;
  outputPath: string;
  errors: string[];
  ms: number;
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else if (entry.isFile()) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

/** The search vocabulary the built site carries (vocabulary.ts), the same the search page fetches. */
export async function readVocabulary(siteDir: string): Promise<SearchVocabulary> {
  try {
    return JSON.parse(await readFile(path.join(siteDir, VOCABULARY_PATH), 'utf8')) as SearchVocabulary;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { synonyms: [] };
    throw error;
  }
}

/** The URL Pagefind gives a page at this path (as its own directory indexing does). */
export function pageUrl(relativePath: string): string {
  const url = relativePath === 'index.html' ? '' : relativePath.replace(/\/index\.html$/, '/');
  return `/${url}`;
}

/** The default shard cache: one folder per content root, like Astro's own cache. */
export function defaultCacheDir(cwd = process.cwd()): string {
  const root = createHash('sha256').update(contentRoot(cwd)).digest('hex').slice(0, 12);
  return path.join(cwd, 'node_modules', '.cache', 'search-index', root);
}

async function sizes(dir: string) {
  const totals = { files: 0, bytes: 0, indexBytes: 0, fragmentBytes: 0 };
  for (const rel of await listFiles(dir)) {
    const { size } = await stat(path.join(dir, rel));
    totals.files++;
    totals.bytes += size;
    if (/(^|\/)index\//.test(rel)) totals.indexBytes += size;
    if (/(^|\/)fragment\//.test(rel)) totals.fragmentBytes += size;
  }
  return totals;
}

/** Indexes one shard's pages with Pagefind into `dir`. */
async function indexShard(
  pages: readonly { url: string; html: string }[],
  dir: string,
  options: BuildSearchIndexOptions,
) {
  const { index, errors } = await pagefind.createIndex({
    ...(options.excludeSelectors ? { excludeSelectors: options.excludeSelectors } : {}),
    ...(options.verbose ? { verbose: true } : {}),
  });
  if (!index) throw new Error(`Pagefind 无法建立索引：${errors.join('；')}`);
  try {
    for (const page of pages) {
      const result = await index.addHTMLFile({ url: page.url, content: page.html });
      errors.push(...result.errors.map((e) => `${page.url}: ${e}`));
    }
    await rm(dir, { recursive: true, force: true });
    errors.push(...(await index.writeFiles({ outputPath: dir })).errors);
  } finally {
    await index.deleteIndex();
  }
  return errors;
}

const pageCount = async (dir: string) =>
  Object.values(
    (
      JSON.parse(await readFile(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      }
    ).languages,
  ).reduce((n, l) => n + l.page_count, 0);

/**
 * Indexes every HTML page under `siteDir` that marks its searchable part
 * with `data-pagefind-body`, with Pagefind's Node API (the
 * `pagefind_extended` binary, which segments Chinese), in shards, and
 * writes `<siteDir>/pagefind/` with `shards.json` listing the shards to
 * merge. Only shards whose pages changed are indexed again.
 */
export async function buildSearchIndex(options: BuildSearchIndexOptions): Promise<BuildSearchIndexStats> {
  const started = Date.now();
  const siteDir = path.resolve(options.siteDir);
  const outputPath = path.join(siteDir, options.outputSubdir ?? 'pagefind');
  const include = options.include ?? ((p: string) => p.endsWith('.html'));
  const dict: Dictionary = options.dictionary
    ? makeDictionary(options.dictionary)
    : dictionaryFor(await readVocabulary(siteDir));
  const mark = options.markDictionaryWords ?? true;
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const errors: string[] = [];

  const outputRel = path.relative(siteDir, outputPath).split(path.sep).join('/');
  const files = (await listFiles(siteDir)).filter((p) => include(p) && !(outputRel && p.startsWith(`${outputRel}/`)));
  // Shards are keyed by the built pages as they are, so an unchanged shard is not even prepared again.
  const groups = new Map<string, { url: string; rel: string; html: string }[]>();
  for (const rel of files) {
    const html = await readFile(path.join(siteDir, rel), 'utf8');
    // Like Pagefind's own crawler: once the site marks its searchable pages, only those are indexed.
    if (!html.includes('data-pagefind-body')) continue;
    const url = pageUrl(rel);
    const shard = shardOf(url, options.homeShards ?? 0);
    const list = groups.get(shard) ?? [];
    list.push({ url, rel, html });
    groups.set(shard, list);
  }
  const prepare = (html: string) =>
    mark
      ? prepareForIndex(html, {
          dict,
          ...(options.excludeSelectors ? { excludeSelectors: options.excludeSelectors } : {}),
        })
      : html;
  // the primary index sits at /pagefind/ itself; any shard will do when the site has no other pages
  const primary = groups.has(PRIMARY_SHARD) ? PRIMARY_SHARD : [...groups.keys()].sort()[0];
  const names = [...groups.keys()].sort((a, b) => Number(b === primary) - Number(a === primary) || a.localeCompare(b));
  const settings = JSON.stringify({
    inputs: await preparationInputs(),
    dictionary: [dict.words, [...new Set(dict.groupOf.values())].map((g) => g.words)],
    exclude: options.excludeSelectors ?? [],
    chunk: process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ?? '',
    mark,
  });

  const scratch = cacheDir || (await mkdtemp(path.join(os.tmpdir(), 'search-index-')));
  await mkdir(scratch, { recursive: true });
  const known = new Set((await readdir(scratch)).map((entry) => entry.replace(/-[0-9a-f]{20}$/, '')));
  const used = new Set<string>();
  const shards: ShardStats[] = [];
  await rm(outputPath, { recursive: true, force: true });
  try {
    for (const name of names) {
      const t0 = Date.now();
      const pages = groups.get(name) ?? [];
      const key = shardKey(pages, settings);
      const reused = cacheDir !== false && (await isCached(cacheDir, name, key));
      let dir = cachedShard(scratch, name, key);
      if (!reused) {
        const written = path.join(scratch, `.writing-${name}-${process.pid}`);
        const prepared = pages.flatMap((p) => {
          const html = prepare(p.html);
          return html === undefined ? [] : [{ url: p.url, html }];
        });
        errors.push(...(await indexShard(prepared, written, options)));
        await precompressIndex(written);
        dir = await storeShard(written, scratch, name, key);
      }
      used.add(path.basename(dir));
      const merged = name !== primary;
      await placeIndex(dir, merged ? path.join(outputPath, SHARDS_SUBDIR, name) : outputPath, merged);
      shards.push({
        name,
        pages: await pageCount(dir),
        status: reused ? 'reused' : 'rebuilt',
        reason: reused ? 'unchanged' : known.has(name) ? 'changed' : 'new',
        bytes: (await sizes(dir)).bytes,
        ms: Date.now() - t0,
      });
    }
  } finally {
    await pagefind.close();
    if (cacheDir) await pruneCache(cacheDir, used);
    else await rm(scratch, { recursive: true, force: true });
  }
  const manifest: ShardsManifest = {
    shards: names.filter((n) => n !== primary).map((n) => `/${outputRel}/${SHARDS_SUBDIR}/${n}/`),
  };
  await writeFile(path.join(outputPath, SHARDS_MANIFEST), JSON.stringify(manifest));
  const pages = shards.reduce((n, s) => n + s.pages, 0);
  return {
    htmlFiles: files.length,
    pages,
    skipped: files.length - pages,
    ...(await sizes(outputPath)),
    shards,
    rebuilt: shards.filter((s) => s.status === 'rebuilt').length,
    reused: shards.filter((s) => s.status === 'reused').length,
    cacheDir,
    outputPath,
    errors,
    ms: Date.now() - started,
  };
}

/** An installed package's version, found as Node finds the package (the packages do not export their package.json). */
async function versionOf(name: string): Promise<string> {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (await stat(file).catch(() => undefined))
      return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
    if (path.dirname(dir) === dir) return 'unknown';
  }
}

/**
 * The source of the modules that prepare pages and the versions of what
 * they run on: a cached index is reused only when none of them changed.
 */
async function preparationInputs(): Promise<string> {
  const hash = createHash('sha256');
  for (const module of ['index-page.ts', 'html-reading.ts', 'dictionary.ts', 'words.ts', '../domain/vocab.ts'])
    hash.update(await readFile(new URL(module, import.meta.url)));
  for (const name of ['pagefind', 'ultrahtml', 'entities']) hash.update(`${name}@${await versionOf(name)}`);
  return hash.digest('hex');
}
