/**
 * Search as a reader meets it (Node only): the first query on /search/ in a
 * fresh headless Chromium (bytes of the Pagefind files it loads, time to
 * results), then recall: every indexed page whose text contains the query
 * must be among the results.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { launchChromium } from '../node/chromium.ts';
import { createStaticServer } from '../node/static-server.ts';
import { fileUrl } from '../routes/files.ts';
import { indexedText } from '../search/index-page.ts';
import { VOCABULARY_PATH } from '../search/vocabulary.ts';

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

export interface FirstSearch extends QueryFigures {
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

/** What a search downloads: the Pagefind files and the search vocabulary. */
const searchFile = (pathname: string) => pathname.startsWith('/pagefind/') || pathname === VOCABULARY_PATH;

/**
 * Counts the body bytes `server` sends per path, as they go on the wire:
 * wrapped before the handler runs, so whatever compresses the answer writes
 * through here. (The browser's own figure is unreliable: Chromium reports
 * 0 bytes for a worker's script.)
 */
function countBodyBytes(server: Server): Map<string, number> {
  const sent = new Map<string, number>();
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'HEAD') return;
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const add = (chunk: unknown, encoding?: unknown) => {
      if (chunk == null || typeof chunk === 'function') return;
      const n =
        typeof chunk === 'string'
          ? Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : (chunk as Uint8Array).byteLength;
      sent.set(pathname, (sent.get(pathname) ?? 0) + n);
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((...args: unknown[]) => (add(args[0], args[1]), write(...args))) as typeof res.write;
    res.end = ((...args: unknown[]) => (add(args[0], args[1]), end(...args))) as typeof res.end;
  });
  return sent;
}

interface Loaded {
  pathname: string;
  /** when the browser asked for it, ms since the epoch */
  started: number;
  decoded: number;
}

/** Sums what was loaded: bytes as sent (from the server's count), as decoded, and requests. */
function tally(loaded: readonly Loaded[], sent: ReadonlyMap<string, number>) {
  return {
    bytes: loaded.reduce((n, l) => n + (sent.get(l.pathname) ?? 0), 0),
    decodedBytes: loaded.reduce((n, l) => n + l.decoded, 0),
    requests: loaded.length,
  };
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
  const sent = countBodyBytes(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    let loaded: Loaded[] = [];
    const pending: Promise<unknown>[] = [];
    page.on('requestfinished', (request) => {
      const { pathname } = new URL(request.url());
      if (!searchFile(pathname)) return;
      const started = request.timing().startTime;
      pending.push(
        request
          .response()
          .then((response) => response?.body())
          .then((body) => loaded.push({ pathname, started, decoded: body?.length ?? 0 }))
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
      // the facet counts come after the results; give them time to arrive
      await page
        .waitForFunction(() => performance.getEntriesByName('search:facets').length > 0, undefined, { timeout: 10_000 })
        .catch(() => undefined);
      await page.waitForTimeout(200);
      await Promise.all(pending);
      const status = await page.locator('#search-status').innerText();
      const { answerMs, answerEnd, facetsMs } = await page.evaluate(() => {
        const answer = performance.getEntriesByName('search:answer').at(-1);
        const facets = performance.getEntriesByName('search:facets').at(0);
        return {
          answerMs: answer?.duration ?? NaN,
          answerEnd: answer ? performance.timeOrigin + answer.startTime + answer.duration : NaN,
          facetsMs: answer && facets ? facets.startTime - answer.startTime : NaN,
        };
      });
      const before = loaded.filter((l) => l.started <= answerEnd);
      const after = loaded.filter((l) => l.started > answerEnd);
      loaded = [];
      return {
        status,
        answerMs: Math.round(answerMs),
        facetsMs: Math.round(facetsMs),
        results: Number(/找到 (\d+) 个/.exec(status)?.[1] ?? 0),
        before: tally(before, sent),
        after: tally(after, sent),
      };
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
      ...a.before,
      answerMs: a.answerMs,
      results: a.results,
      loadMs: Math.round(timing.ready - timing.firstRequest),
      pageMs: Math.round(timing.done),
      afterBytes: a.after.bytes,
      facetsMs: a.facetsMs,
    };
    // A second query, typed into the same page: only what it adds is counted.
    // Set the box and submit, without the input event whose debounced search would run a second time.
    await page.evaluate((q) => {
      const box = document.querySelector<HTMLInputElement>('#q')!;
      box.value = q;
      box.form!.requestSubmit();
    }, second);
    const b = await answered(second);
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
