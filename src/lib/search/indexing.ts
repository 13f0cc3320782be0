/**
 * Builds the Pagefind index of a built site (Node only). Pages are read from
 * disk, made ready for the index (`index-page.ts`: readable rows, summaries,
 * alias tokens for the site's dictionary words; README.md beside this file)
 * and handed to Pagefind in memory: the files on disk are not changed. The
 * pages are indexed in shards (`shards.ts`), each kept in a cache and
 * indexed again only when one of its pages changed, and the shards are
 * merged into the one index the site serves, `<siteDir>/pagefind/`
 * (`merge-index.ts`), file for file what one Pagefind run would write.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchIndexCacheDir } from '../node/cache-dirs.ts';
import { contentRoot } from '../node/content-root.ts';
import { fileUrl } from '../routes/files.ts';
import { precompressIndex } from './compress-index.ts';
import { makeDictionary, type Dictionary } from './dictionary.ts';
import { encodeFacetTable, FACET_TABLE_FILE } from './facet-table.ts';
import { listFiles, sizes } from './index-folders.ts';
import { mergeInputs, shardInputs } from './index-inputs.ts';
import { preparePage, type PreparedPage } from './indexed-digest.ts';
import { DIGESTS_FILE, PageDigests } from './page-digests.ts';
import { mergeIndexes, readShard, type ShardData } from './merge-index.ts';
import { chunkSizeSetting } from './merge-words.ts';
import {
  bucketCount,
  cachedShard,
  isCached,
  pageKind,
  placeIndex,
  pruneCache,
  readPageList,
  shardKey,
  shardOf,
  storeShard,
  writePageList,
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
  /** how many buckets home pages and stories go into (default by their number, `bucketCount`); the index is the same either way */
  buckets?: Partial<Record<'homes' | 'stories', number>>;
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
  /** the merge of the shards into one index: done in this build, or taken from the cache (no shard changed) */
  merge: { status: 'rebuilt' | 'reused'; ms: number };
  cacheDir: string | false;
  outputPath: string;
  errors: string[];
  ms: number;
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

/** The default shard cache: the build's, for the content root in use. */
export function defaultCacheDir(cwd = process.cwd()): string {
  return searchIndexCacheDir(contentRoot(cwd), cwd);
}

/** Beside a cached merged index: a digest of the settings it was made with. */
const SETTINGS_FILE = 'settings.sha256';

const readText = (file: string) => readFile(file, 'utf8').catch(() => undefined);

/**
 * Beside a cached merged index: its word chunks' files by the hash of their CBOR. A warm rebuild after a
 * home and a story changed at 10,000 homes left 375 of 683 chunks as they were; their gzip (merge-index.ts,
 * CHUNK_LEVEL) is not done again.
 */
const CHUNKS_FILE = 'chunks.json';

/** The chunk files of a cached merged index (none when it has no list). */
async function chunkFiles(dir: string): Promise<Map<string, string>> {
  const list = JSON.parse((await readText(path.join(dir, CHUNKS_FILE))) ?? '{}') as Record<string, string>;
  return new Map(Object.entries(list).map(([hash, rel]) => [hash, path.join(dir, rel)]));
}

/** How many pages are sent to Pagefind before the answer for the first of them is awaited. */
const PAGES_IN_FLIGHT = 8;

/** Indexes one shard's pages with Pagefind into `dir`. */
async function indexShard(
  pages: AsyncIterable<{ url: string; html: string }>,
  dir: string,
  options: BuildSearchIndexOptions,
) {
  const { index, errors } = await pagefind.createIndex({
    ...(options.excludeSelectors ? { excludeSelectors: options.excludeSelectors } : {}),
    ...(options.verbose ? { verbose: true } : {}),
  });
  if (!index) throw new Error(`Pagefind 无法建立索引：${errors.join('；')}`);
  try {
    // Several pages on their way at once, so that the next pages are read and prepared here while
    // Pagefind's service indexes the last ones. The service takes its requests one after another, in
    // the order they were sent, so the pages keep their order (and the index its bytes).
    const sent: Promise<void>[] = [];
    let failed: { error: unknown } | undefined;
    for await (const page of pages) {
      sent.push(
        index.addHTMLFile({ url: page.url, content: page.html }).then(
          (result) => void errors.push(...result.errors.map((e) => `${page.url}: ${e}`)),
          (error: unknown) => void (failed ??= { error }),
        ),
      );
      if (sent.length >= PAGES_IN_FLIGHT) await sent.shift();
      if (failed) throw failed.error;
    }
    await Promise.all(sent);
    if (failed) throw failed.error;
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

/** The digest of a page marked searchable that has no searchable part Pagefind is given. */
const NOT_INDEXED = '-';

/** A page to index: where it is, its URL and a hash of the built file. */
interface SitePage {
  rel: string;
  url: string;
  digest: string;
}

/**
 * Indexes every HTML page under `siteDir` that marks its searchable part
 * with `data-pagefind-body`, with Pagefind's Node API (the
 * `pagefind_extended` binary, which segments Chinese), in shards, and
 * merges them into one index at `<siteDir>/pagefind/`. Only shards whose
 * pages changed are indexed again; when none did, the merged index is
 * taken from the cache too. Pages are read once to hash them and again
 * only for the shards indexed, so memory stays small however large the
 * site; Pagefind's own memory is that of one shard.
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
  const files = listFiles(siteDir).filter((p) => include(p) && !(outputRel && p.startsWith(`${outputRel}/`)));
  // Pages are keyed by the built files as they are, so an unchanged shard is not even prepared again;
  // a page taken from the last build is not even read again (page-digests.ts).
  const digests = await PageDigests.load(cacheDir);
  const site: SitePage[] = [];
  for (const rel of files) {
    const { digest, marked } = await digests.of(siteDir, rel);
    // Like Pagefind's own crawler: once the site marks its searchable pages, only those are indexed.
    if (marked) site.push({ rel, url: fileUrl(rel), digest });
  }
  const count = (kind: string) => site.filter((p) => pageKind(p.url) === kind).length;
  const buckets = {
    homes: options.buckets?.homes ?? bucketCount(count('homes')),
    stories: options.buckets?.stories ?? bucketCount(count('stories')),
  };
  const groups = new Map<string, SitePage[]>();
  for (const p of site) {
    const shard = shardOf(p.url, buckets);
    groups.set(shard, [...(groups.get(shard) ?? []), p]);
  }
  const names = [...groups.keys()].sort();
  const sortKeys = new Map(site.map((p) => [p.url, p.rel]));
  const prepare = (html: string, digest: string): PreparedPage | undefined =>
    mark
      ? preparePage(html, {
          dict,
          ...(options.excludeSelectors ? { excludeSelectors: options.excludeSelectors } : {}),
        })
      : { html, digest };
  /** A page read and made ready for Pagefind; its digest is remembered. */
  const prepared = async (p: SitePage) => {
    const page = prepare(await readFile(path.join(siteDir, p.rel), 'utf8'), p.digest);
    digests.setIndexed(p.rel, page?.digest ?? NOT_INDEXED);
    return page;
  };
  const settings = JSON.stringify({
    inputs: await shardInputs(),
    dictionary: [dict.words, [...new Set(dict.groupOf.values())].map((g) => g.words)],
    exclude: options.excludeSelectors ?? [],
    chunk: chunkSizeSetting(),
    mark,
  });
  // The merged index is made with the merge's modules too; the shards are not (index-inputs.ts).
  const mergeSettings = JSON.stringify({ shards: settings, merge: await mergeInputs() });

  const scratch = cacheDir || (await mkdtemp(path.join(os.tmpdir(), 'search-index-')));
  await mkdir(scratch, { recursive: true });
  const known = new Set((await readdir(scratch)).map((entry) => entry.replace(/-[0-9a-f]{20}$/, '')));
  const used = new Set<string>();
  const shards: ShardStats[] = [];
  const dirs: string[] = [];
  await rm(outputPath, { recursive: true, force: true });
  let merge: BuildSearchIndexStats['merge'] = { status: 'reused', ms: 0 };
  /** The merge's reading of each shard taken from the cache, started while the others are indexed. */
  const early = new Map<string, Promise<ShardData>>();
  try {
    // First the shards in the cache, then those to index, so the merge reads the former meanwhile.
    const plans: { name: string; pages: SitePage[]; keyOf: () => string; cached?: string; ms: number }[] = [];
    for (const name of names) {
      const t0 = Date.now();
      const pages = groups.get(name) ?? [];
      // A shard is keyed by what Pagefind is given of its pages. Pages written anew are made ready
      // first when the shard may be in the cache; otherwise while they are indexed.
      if (cacheDir !== false && known.has(name))
        for (const p of pages) if (digests.indexed(p.rel) === undefined) await prepared(p);
      const keyOf = () =>
        shardKey(
          pages.map((p) => ({ url: p.url, digest: digests.indexed(p.rel) ?? '' })),
          settings,
        );
      const ready = pages.every((p) => digests.indexed(p.rel) !== undefined);
      const reused = cacheDir !== false && ready && (await isCached(cacheDir, name, keyOf()));
      plans.push({
        name,
        pages,
        keyOf,
        ...(reused ? { cached: cachedShard(scratch, name, keyOf()) } : {}),
        ms: Date.now() - t0,
      });
    }
    // (When every shard is in the cache, so is the merged index: nothing to read then.)
    if (plans.some((p) => p.cached === undefined))
      for (const { name, cached } of plans)
        if (cached !== undefined) {
          const data = readShard(cached);
          data.catch(() => undefined); // awaited by the merge, which reports a failure
          early.set(name, data);
        }
    for (const { name, pages, keyOf, cached, ms } of plans) {
      const t0 = Date.now() - ms;
      const reused = cached !== undefined;
      let dir = cached ?? '';
      if (!reused) {
        const written = path.join(scratch, `.writing-${name}-${process.pid}`);
        const made = async function* () {
          for (const p of pages) {
            const page = await prepared(p);
            if (page) yield { url: p.url, html: page.html };
          }
        };
        errors.push(...(await indexShard(made(), written, options)));
        await writePageList(written, sortKeys);
        dir = await storeShard(written, scratch, name, keyOf());
      }
      used.add(path.basename(dir));
      dirs.push(dir);
      shards.push({
        name,
        pages: await pageCount(dir),
        status: reused ? 'reused' : 'rebuilt',
        reason: reused ? 'unchanged' : known.has(name) ? 'changed' : 'new',
        bytes: sizes(dir).bytes,
        ms: Date.now() - t0,
      });
    }
    await pagefind.close();
    // The merged index, keyed by its shards' keys: taken whole from the cache when no shard changed.
    const t0 = Date.now();
    const mergedKey = shardKey(
      dirs.map((d) => ({ url: path.basename(d), digest: '' })),
      mergeSettings,
    );
    let merged = cachedShard(scratch, 'merged', mergedKey);
    if (cacheDir === false || !(await isCached(cacheDir, 'merged', mergedKey))) {
      const written = path.join(scratch, `.writing-merged-${process.pid}`);
      await rm(written, { recursive: true, force: true });
      // The last merged index, if made with the same settings (merge and compression included): its
      // gzipped word chunks and the twins of its files are taken for the same bytes here, not made again.
      const made = createHash('sha256').update(mergeSettings).digest('hex');
      let last: string | undefined;
      for (const entry of await readdir(scratch))
        if (/^merged-[0-9a-f]{20}$/.test(entry) && (await readText(path.join(scratch, entry, SETTINGS_FILE))) === made)
          last = path.join(scratch, entry);
      const index = dirs.length
        ? await mergeIndexes(
            await Promise.all(
              dirs.map(async (dir, i) => {
                const data = early.get(shards[i]!.name);
                return { dir, pages: await readPageList(dir), ...(data ? { data } : {}) };
              }),
            ),
            written,
            last ? await chunkFiles(last) : undefined,
          )
        : (await mkdir(written, { recursive: true }), { pages: [], filters: new Map(), chunkFiles: new Map() });
      await writeFile(path.join(written, FACET_TABLE_FILE), encodeFacetTable(index.pages, index.filters));
      await writeFile(path.join(written, CHUNKS_FILE), JSON.stringify(Object.fromEntries(index.chunkFiles)));
      await precompressIndex(written, last);
      await writeFile(path.join(written, SETTINGS_FILE), made);
      merged = await storeShard(written, scratch, 'merged', mergedKey);
      merge = { status: 'rebuilt', ms: Date.now() - t0 };
    } else merge = { status: 'reused', ms: Date.now() - t0 };
    used.add(path.basename(merged));
    await digests.save(cacheDir);
    used.add(DIGESTS_FILE);
    placeIndex(merged, outputPath, (name) => name === SETTINGS_FILE || name === CHUNKS_FILE);
  } finally {
    await pagefind.close();
    if (cacheDir) await pruneCache(cacheDir, used);
    else await rm(scratch, { recursive: true, force: true });
  }
  const pages = shards.reduce((n, s) => n + s.pages, 0);
  return {
    htmlFiles: files.length,
    pages,
    skipped: files.length - pages,
    ...sizes(outputPath),
    shards,
    rebuilt: shards.filter((s) => s.status === 'rebuilt').length,
    reused: shards.filter((s) => s.status === 'reused').length,
    merge,
    cacheDir,
    outputPath,
    errors,
    ms: Date.now() - started,
  };
}
