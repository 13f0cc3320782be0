/**
 * Search as a reader meets it (Node only): the first query on /search/ in
 * fresh headless Chromium pages (bytes of the Pagefind files it loads, time to
 * results), a second query, then recall: every indexed page whose text
 * contains the query must be among the results.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { launchChromium } from '../node/chromium.ts';
import { createStaticServer } from '../node/static-server.ts';
import { fileUrl } from '../routes/files.ts';
import { indexedText } from '../search/index-page.ts';
import { countBodyBytes, openSearchPage, type Answer } from './search-page.ts';

export interface QueryFigures {
  query: string;
  /**
   * Bytes sent for this query, up to the results on screen: the bodies of
   * the Pagefind files and of the search vocabulary as they went on the
   * wire, after the static server's HTTP compression
   * (src/lib/node/static-server.ts); headers not counted.
   */
  bytes: number;
  /** The same files' bodies as the browser had them after decoding (what they weigh without HTTP compression). */
  decodedBytes: number;
  requests: number;
  /** From the query to the results on screen, with Pagefind already loaded (the island's `search:answer` measure). */
  answerMs: number;
  results: number;
}

/**
 * How many fresh pages the first query is measured on: its time is the median, as Hugo's build time
 * is the median of five builds. One first query is one cold start of Pagefind's WebAssembly; on a
 * two-core machine it moved by a third from one to the next.
 */
export const FIRST_QUERY_PAGES = 5;

/** The first query, its figures those of the page with the median answer time. */
export interface FirstSearch extends QueryFigures {
  /** every page's answer time, in the order measured */
  answers: number[];
  /** From the first Pagefind request to Pagefind started (`search:ready`): the library, its WebAssembly and entry file. */
  loadMs: number;
  /** From navigation start to the results on screen (page load included). */
  pageMs: number;
  /** Bytes sent after the results were on screen, for the facet counts (the facet table, facet-table.ts), as `bytes` counts them. */
  afterBytes: number;
  /** From the query to the facet counts on screen (the island's `search:facets` mark); NaN when they did not come. */
  facetsMs: number;
}

export interface Recall {
  query: string;
  expected: number;
  found: number;
  missing: string[];
}

/** Indexed pages (those with data-pagefind-body), their h1 and the text their search entry holds. */
export function indexedPages(siteDir: string): { url: string; title: string; text: string }[] {
  return globSync('**/index.html', { cwd: siteDir, ignore: ['pagefind/**'] }).flatMap((f) => {
    const html = readFileSync(path.join(siteDir, f), 'utf8');
    const text = indexedText(html);
    if (text === undefined) return [];
    const title = (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '');
    return [{ url: fileUrl(f), title, text }];
  });
}

/** The median of `values` (the lower middle one for an even count). */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[(values.length - 1) >> 1] ?? NaN;

/**
 * Runs a first search for `first` on `FIRST_QUERY_PAGES` fresh pages, a second for `second` on the
 * last of them, then recall for each of `queries`.
 */
export async function probeSearch(
  siteDir: string,
  first: string,
  second: string,
  queries: readonly string[],
): Promise<{ first: FirstSearch; second: QueryFigures; recall: Recall[] }> {
  const { pagefindQuery, planQuery } = await import('../search/query.ts');
  const { SPLIT_PROBE } = await import('../search/pagefind-start.ts');
  const server = createStaticServer(siteDir);
  const sent = countBodyBytes(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const runs: (Answer & { loadMs: number; pageMs: number })[] = [];
    let search = await openSearchPage(browser, sent);
    for (let i = 0; i < FIRST_QUERY_PAGES; i++) {
      if (i > 0) {
        await search.page.context().close();
        search = await openSearchPage(browser, sent);
      }
      await search.page.goto(`${base}/search/?q=${encodeURIComponent(first)}`);
      const a = await search.answered(first);
      runs.push({ ...a, ...(await search.timing()) });
    }
    const answers = runs.map((r) => r.answerMs);
    const m = runs.find((r) => r.answerMs === median(answers))!;
    const firstSearch: FirstSearch = {
      query: first,
      ...m.before,
      answerMs: m.answerMs,
      answers,
      results: m.results,
      loadMs: m.loadMs,
      pageMs: m.pageMs,
      afterBytes: m.after.bytes,
      facetsMs: m.facetsMs,
    };
    const { page } = search;
    // A second query, typed into the same page: only what it adds is counted.
    // Set the box and submit, without the input event whose debounced search would run a second time.
    await page.evaluate((q) => {
      const box = document.querySelector<HTMLInputElement>('#q')!;
      box.value = q;
      box.form!.requestSubmit();
    }, second);
    const b = await search.answered(second);
    const secondSearch: QueryFigures = {
      query: second,
      bytes: b.before.bytes + b.after.bytes,
      decodedBytes: b.before.decodedBytes + b.after.decodedBytes,
      requests: b.before.requests + b.after.requests,
      answerMs: b.answerMs,
      results: b.results,
    };
    const pages = indexedPages(siteDir);
    const recall: Recall[] = [];
    // The island started Pagefind; ask it, as the island did, whether query terms are kept whole.
    const termsKeptWhole = await page.evaluate(async (probe) => {
      const pf = (await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)) as {
        search: (q: string) => Promise<{ results: unknown[] }>;
      };
      return (await pf.search(probe)).results.length === 0;
    }, SPLIT_PROBE);
    for (const q of queries) {
      const expected = pages.filter((p) => p.text.includes(q)).map((p) => p.url);
      const terms = pagefindQuery(planQuery(q, { termsKeptWhole }).concepts) || q;
      const urls: string[] = await page.evaluate(async (t) => {
        const pf = (await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)) as {
          search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
        };
        const { results } = await pf.search(t);
        const out: string[] = [];
        for (let i = 0; i < results.length; i += 200)
          out.push(...(await Promise.all(results.slice(i, i + 200).map(async (r) => (await r.data()).url))));
        return out;
      }, terms);
      const found = new Set(urls);
      recall.push({
        query: q,
        expected: expected.length,
        found: urls.length,
        missing: expected.filter((u) => !found.has(u)),
      });
    }
    return { first: firstSearch, second: secondSearch, recall };
  } finally {
    await browser.close();
    server.close();
  }
}
