/**
 * A search page as the benchmark watches it (Node only): a fresh Chromium
 * context on /search/, the search files it loads (as the static server sent
 * them and as the browser decoded them), and the island's User Timing marks
 * once a query is answered. The probe (search-probe.ts) opens several.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { VOCABULARY_PATH } from '../search/vocabulary.ts';

/** What a search downloads: the Pagefind files and the search vocabulary. */
const searchFile = (pathname: string) => pathname.startsWith('/pagefind/') || pathname === VOCABULARY_PATH;

/**
 * Counts the body bytes `server` sends per path, as they go on the wire:
 * wrapped before the handler runs, so whatever compresses the answer writes
 * through here. (The browser's own figure is unreliable: Chromium reports
 * 0 bytes for a worker's script.)
 */
export function countBodyBytes(server: Server): Map<string, number> {
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

/** Bytes as sent (from the server's count), as decoded, and requests. */
export interface Tally {
  bytes: number;
  decodedBytes: number;
  requests: number;
}

function tally(loaded: readonly Loaded[], sent: ReadonlyMap<string, number>): Tally {
  return {
    bytes: loaded.reduce((n, l) => n + (sent.get(l.pathname) ?? 0), 0),
    decodedBytes: loaded.reduce((n, l) => n + l.decoded, 0),
    requests: loaded.length,
  };
}

export interface Answer {
  answerMs: number;
  /** from the query to the facet counts on screen; NaN when they did not come */
  facetsMs: number;
  results: number;
  /** the search files loaded up to the answer, and after it (the facet counts) */
  before: Tally;
  after: Tally;
}

export interface SearchPage {
  page: Page;
  /** Waits for the status line to announce the answer to `q`, then reads the island's timings. */
  answered(q: string): Promise<Answer>;
  /** Pagefind's start (`search:ready`) and the answer's end, ms from navigation, and its load time. */
  timing(): Promise<{ loadMs: number; pageMs: number }>;
}

/**
 * Opens a page in a fresh browser context (nothing cached) that counts what the search loads. One page
 * at a time: `sent` (countBodyBytes) is emptied, as the page asks for the same files as the last.
 */
export async function openSearchPage(browser: Browser, sent: Map<string, number>): Promise<SearchPage> {
  sent.clear();
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
  const answered = async (q: string): Promise<Answer> => {
    await page.waitForFunction(
      (query) => (document.querySelector('#search-status')?.textContent ?? '').includes(`“${query}”`),
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
      answerMs: Math.round(answerMs),
      facetsMs: Math.round(facetsMs),
      results: Number(/找到 (\d+) 个/.exec(status)?.[1] ?? 0),
      before: tally(before, sent),
      after: tally(after, sent),
    };
  };
  const timing = async () => {
    const t = await page.evaluate(() => {
      const pf = performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/pagefind/'))
        .map((e) => e.startTime);
      const ready = performance.getEntriesByName('search:ready').at(0)?.startTime ?? NaN;
      const answer = performance.getEntriesByName('search:answer').at(-1);
      return { firstRequest: Math.min(...pf), ready, done: answer ? answer.startTime + answer.duration : NaN };
    });
    return { loadMs: Math.round(t.ready - t.firstRequest), pageMs: Math.round(t.done) };
  };
  return { page, answered, timing };
}
