/**
 * Search as a reader meets it (Node only): the first query on /search/ in a
 * fresh headless Chromium (bytes of the Pagefind files it loads, time to
 * results), then recall: every indexed page whose text contains the query
 * must be among the results.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { launchChromium } from '../node/chromium.ts';
import { createStaticServer } from '../node/static-server.ts';
import { fileUrl } from '../routes/files.ts';
import { indexedText } from '../search/index-page.ts';

export interface QueryFigures {
  query: string;
  /** Bytes of /pagefind/ files loaded for this query (as served, no HTTP compression). */
  bytes: number;
  requests: number;
  /** From the query to the results on screen, with Pagefind already loaded (the island's `search:answer` measure). */
  answerMs: number;
  results: number;
}

export interface FirstSearch extends QueryFigures {
  /** From the first Pagefind request to Pagefind started (`search:ready`): the library, its WebAssembly and entry file. */
  loadMs: number;
  /** From navigation start to the results on screen (page load included). */
  pageMs: number;
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

/** Runs a first search for `first` on a fresh page, a second for `second` on the same page, then recall for each of `queries`. */
export async function probeSearch(
  siteDir: string,
  first: string,
  second: string,
  queries: readonly string[],
): Promise<{ first: FirstSearch; second: QueryFigures; recall: Recall[] }> {
  const { pagefindQuery, planQuery } = await import('../search/query.ts');
  const { SPLIT_PROBE } = await import('../search/pagefind-start.ts');
  const server = createStaticServer(siteDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    let bytes = 0;
    let requests = 0;
    const pending: Promise<unknown>[] = [];
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      requests++;
      pending.push(
        response
          .body()
          .then((b) => (bytes += b.length))
          .catch(() => undefined),
      );
    });
    /** Waits for the status line to announce the answer to `q`, then reads the island's timings. */
    const answered = async (q: string) => {
      await page.waitForFunction(
        (query) => {
          const s = document.querySelector('#search-status')?.textContent ?? '';
          return s.includes(`“${query}”`);
        },
        q,
        { timeout: 60_000, polling: 'raf' },
      );
      await page.waitForTimeout(200);
      await Promise.all(pending);
      const status = await page.locator('#search-status').innerText();
      const answerMs = await page.evaluate(() => performance.getEntriesByName('search:answer').at(-1)?.duration ?? NaN);
      return { status, answerMs: Math.round(answerMs), results: Number(/找到 (\d+) 个/.exec(status)?.[1] ?? 0) };
    };
    await page.goto(`${base}/search/?q=${encodeURIComponent(first)}`);
    const a = await answered(first);
    const timing = await page.evaluate(() => {
      const pf = performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/pagefind/'))
        .map((e) => e.startTime);
      const ready = performance.getEntriesByName('search:ready').at(0)?.startTime ?? NaN;
      const answer = performance.getEntriesByName('search:answer').at(-1);
      return { firstRequest: Math.min(...pf), ready, done: answer ? answer.startTime + answer.duration : NaN };
    });
    const firstSearch: FirstSearch = {
      query: first,
      bytes,
      requests,
      answerMs: a.answerMs,
      results: a.results,
      loadMs: Math.round(timing.ready - timing.firstRequest),
      pageMs: Math.round(timing.done),
    };
    // A second query, typed into the same page: only what it adds is counted.
    bytes = 0;
    requests = 0;
    // Set the box and submit, without the input event whose debounced search would run a second time.
    await page.evaluate((q) => {
      const box = document.querySelector<HTMLInputElement>('#q')!;
      box.value = q;
      box.form!.requestSubmit();
    }, second);
    const b = await answered(second);
    const secondSearch: QueryFigures = { query: second, bytes, requests, answerMs: b.answerMs, results: b.results };
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
