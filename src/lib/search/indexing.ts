/**
 * Builds the Pagefind index of a built site (Node only). Pages are read from
 * disk, made ready for the index (`index-page.ts`: readable rows, summaries,
 * alias tokens for the site's dictionary words; README.md beside this file)
 * and handed to Pagefind in memory: the files on disk are not changed. The
 * index is written to `<siteDir>/pagefind/`.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { makeDictionary, type Dictionary } from './dictionary.ts';
import { prepareForIndex } from './index-page.ts';
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
  /** Pagefind's own logging */
  verbose?: boolean;
}

export interface BuildSearchIndexStats {
  /** HTML files read */
  htmlFiles: number;
  /** pages in the index (from pagefind-entry.json) */
  pages: number;
  /** HTML files not in the index: without data-pagefind-body while other pages have it, or with nothing to index */
  skipped: number;
  /** files in the written index */
  files: number;
  /** their total size in bytes */
  bytes: number;
  /** bytes of the word index chunks and of the page fragments, the parts that grow with the site */
  indexBytes: number;
  fragmentBytes: number;
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

async function sizes(
  dir: string,
): Promise<{ files: number; bytes: number; indexBytes: number; fragmentBytes: number }> {
  let files = 0;
  let bytes = 0;
  let indexBytes = 0;
  let fragmentBytes = 0;
  for (const rel of await listFiles(dir)) {
    const { size } = await stat(path.join(dir, rel));
    files++;
    bytes += size;
    if (rel.startsWith('index/')) indexBytes += size;
    if (rel.startsWith('fragment/')) fragmentBytes += size;
  }
  return { files, bytes, indexBytes, fragmentBytes };
}

/**
 * Indexes every HTML page under `siteDir` with Pagefind's Node API (the
 * `pagefind_extended` binary, which segments Chinese), adding alias tokens
 * for dictionary words, and writes `<siteDir>/pagefind/`. Pages mark their
 * searchable part with `data-pagefind-body` as usual.
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
  const errors: string[] = [];

  const outputRel = path.relative(siteDir, outputPath).split(path.sep).join('/');
  const files = (await listFiles(siteDir)).filter((p) => include(p) && !(outputRel && p.startsWith(`${outputRel}/`)));

  const { index, errors: createErrors } = await pagefind.createIndex({
    ...(options.excludeSelectors ? { excludeSelectors: options.excludeSelectors } : {}),
    ...(options.verbose ? { verbose: true } : {}),
  });
  errors.push(...createErrors);
  if (!index) throw new Error(`Pagefind 无法建立索引：${errors.join('；')}`);
  try {
    for (const rel of files) {
      const html = await readFile(path.join(siteDir, rel), 'utf8');
      // Like Pagefind's own crawler: once the site marks its searchable pages, only those are indexed.
      const content = mark
        ? prepareForIndex(html, {
            dict,
            ...(options.excludeSelectors ? { excludeSelectors: options.excludeSelectors } : {}),
          })
        : html.includes('data-pagefind-body')
          ? html
          : undefined;
      if (content === undefined) continue;
      const result = await index.addHTMLFile({ url: pageUrl(rel), content });
      errors.push(...result.errors.map((e) => `${rel}: ${e}`));
    }
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    errors.push(...written.errors);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  // Pagefind drops pages without data-pagefind-body only when writing, so count what it wrote.
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  return {
    htmlFiles: files.length,
    pages,
    skipped: files.length - pages,
    ...(await sizes(outputPath)),
    outputPath,
    errors,
    ms: Date.now() - started,
  };
}
