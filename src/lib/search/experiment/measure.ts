/**
 * The search experiment (Node only; scripts/search-experiment.ts prints it):
 * for each page count and variant, index generated pages, run every query in
 * Chromium and compare the results with the pages whose text contains it.
 *   recall  share of the pages containing the query that are found
 *   P@N     share of the first N results that contain the query, N = the
 *           number of pages containing it
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../node/chromium.ts';
import { buildSearchIndex } from '../indexing.ts';
import { runInBrowser, serve, type BrowserRun, type Variant } from './browser-run.ts';
import { generatePages, writeSite, type Page } from './pages.ts';
import { DOMAIN_QUERIES, GENERAL_QUERIES } from './queries.ts';

export interface Row {
  query: string;
  kind: 'domain' | 'general';
  sent: string;
  containing: number;
  results: number;
  found: number;
  recall: number;
  precisionAtN: number;
}

export interface Summary {
  queries: number;
  meanRecall: number;
  minRecall: number;
  queriesBelowFullRecall: number;
  missedPages: number;
  pagesContaining: number;
  meanPrecisionAtN: number;
  queriesRankedPerfectly: number;
}

export function summarise(rows: readonly Row[]): Summary {
  return {
    queries: rows.length,
    meanRecall: rows.reduce((a, r) => a + r.recall, 0) / rows.length,
    minRecall: Math.min(...rows.map((r) => r.recall)),
    queriesBelowFullRecall: rows.filter((r) => r.recall < 1).length,
    missedPages: rows.reduce((a, r) => a + r.containing - r.found, 0),
    pagesContaining: rows.reduce((a, r) => a + r.containing, 0),
    meanPrecisionAtN: rows.reduce((a, r) => a + r.precisionAtN, 0) / rows.length,
    queriesRankedPerfectly: rows.filter((r) => r.precisionAtN === 1).length,
  };
}

/** Scores each query's result URLs against the pages whose text contains it. */
export function scoreQueries(
  pages: readonly Page[],
  queries: readonly string[],
  run: Pick<BrowserRun, 'sent' | 'urls'>,
): Row[] {
  return queries.map((query, i) => {
    const truth = new Set(pages.filter((p) => p.text.includes(query)).map((p) => p.url));
    const urls = run.urls[i] ?? [];
    const found = urls.filter((u) => truth.has(u)).length;
    const top = urls.slice(0, truth.size);
    return {
      query,
      kind: DOMAIN_QUERIES.includes(query) ? 'domain' : 'general',
      sent: run.sent[i] ?? '',
      containing: truth.size,
      results: urls.length,
      found,
      recall: truth.size ? found / truth.size : 1,
      precisionAtN: truth.size ? top.filter((u) => truth.has(u)).length / truth.size : 1,
    };
  });
}

export interface ExperimentResult {
  size: number;
  variant: Variant;
  stats: Awaited<ReturnType<typeof buildSearchIndex>>;
  run: Omit<BrowserRun, 'urls'>;
  domain: Summary;
  general: Summary;
  rows: Row[];
}

/**
 * Runs every variant at every page count, handing each result to `onResult`
 * as it comes. Returns the working folder when `keep` is set (else removes it).
 */
export async function runSearchExperiment(options: {
  sizes: readonly number[];
  variants: readonly Variant[];
  keep?: boolean;
  onResult: (result: ExperimentResult) => void;
}): Promise<string | undefined> {
  const queries = [...DOMAIN_QUERIES, ...GENERAL_QUERIES];
  const work = mkdtempSync(path.join(os.tmpdir(), 'search-experiment-'));
  const browser = await launchChromium();
  try {
    for (const size of options.sizes) {
      const pages = generatePages(size);
      for (const variant of options.variants) {
        const siteDir = path.join(work, `${variant}-${size}`);
        writeSite(siteDir, pages);
        const markDictionaryWords = variant === 'ours' || variant === 'degraded';
        const stats = await buildSearchIndex({ siteDir, markDictionaryWords });
        const served = await serve(siteDir);
        let run: BrowserRun;
        try {
          run = await runInBrowser(browser, served, variant, queries);
        } finally {
          served.server.close();
        }
        const rows = scoreQueries(pages, queries, run);
        const { urls: _urls, ...figures } = run;
        const domain = summarise(rows.filter((r) => r.kind === 'domain'));
        const general = summarise(rows.filter((r) => r.kind === 'general'));
        options.onResult({ size, variant, stats, run: figures, domain, general, rows });
      }
    }
  } finally {
    await browser.close();
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
  return options.keep ? work : undefined;
}
