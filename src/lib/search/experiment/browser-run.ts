/**
 * Runs the search experiment's queries in Chromium (Node only): serves a
 * generated site with its Pagefind index and the site's own search modules
 * (their types stripped, as the browser gets them), and runs every query the
 * way a variant would.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Dictionary, makeDictionary, siteDictionary } from '../dictionary.ts';
import type { initPagefindForSegmentedQueries, SPLIT_PROBE } from '../pagefind-start.ts';
import type { QueryOptions } from '../query.ts';

export type Variant = 'stock' | 'ours' | 'degraded' | 'pairs';
export const VARIANTS: readonly Variant[] = ['stock', 'ours', 'degraded', 'pairs'];

/** The site's search modules as the browser gets them: src/ files with their types removed. */
const SRC = new URL('../../../', import.meta.url);
const sourceModule = (rel: string) => stripTypeScriptTypes(readFileSync(new URL(rel, SRC), 'utf8'), { mode: 'strip' });
/** What the test page imports as `seg`, in the shape the variants use. */
const SEGMENT_ENTRY = `
export { initPagefindForSegmentedQueries, SPLIT_PROBE } from '/__src/lib/search/pagefind-start.ts';
export { makeDictionary, siteDictionary } from '/__src/lib/search/dictionary.ts';
import { pagefindQuery, planQuery } from '/__src/lib/search/query.ts';
export const segmentQuery = (q, o) => pagefindQuery(planQuery(q, o).concepts);
`;
interface Segment {
  initPagefindForSegmentedQueries: typeof initPagefindForSegmentedQueries;
  SPLIT_PROBE: typeof SPLIT_PROBE;
  makeDictionary: typeof makeDictionary;
  siteDictionary: typeof siteDictionary;
  segmentQuery: (q: string, o: QueryOptions) => string;
}

/** The page the queries run in: it loads pagefind.js and the site's search modules, like the search page does. */
const TEST_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>搜索实验</title></head><body>
<script type="module">
window.pf = await import('/pagefind/pagefind.js');
window.seg = await import('/__segment.js');
window.ready = true;
</script></body></html>`;

export interface Served {
  server: Server;
  port: number;
  /** bytes of Pagefind files served since the last reset */
  bytes: number;
}

export function serve(root: string): Promise<Served> {
  const served = { bytes: 0 } as Served;
  served.server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (url === '/__test.html')
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(TEST_PAGE);
    if (url === '/__segment.js')
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(SEGMENT_ENTRY);
    if (url.startsWith('/__src/'))
      return void res
        .writeHead(200, { 'content-type': 'text/javascript' })
        .end(sourceModule(decodeURIComponent(url.slice('/__src/'.length))));
    let file = path.join(root, decodeURIComponent(url));
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = readFileSync(file);
      served.bytes += body.length;
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.json')
          ? 'application/json'
          : 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    served.server.listen(0, '127.0.0.1', () => {
      const address = served.server.address();
      served.port = typeof address === 'object' && address ? address.port : 0;
      resolve(served);
    }),
  );
}

/** What the test page holds: pagefind.js, the search modules, and the state of the run. */
interface PageGlobals {
  pf: {
    options(o: object): Promise<void>;
    init(): Promise<void>;
    search(q: string | null): Promise<{ results: { id: string; data(): Promise<{ url: string }> }[] }>;
  };
  seg: Segment;
  kept: boolean;
  dict: Dictionary;
  urlOf: Record<string, string>;
}

export interface BrowserRun {
  /** whether Pagefind kept the terms whole (the probe's answer) */
  kept: boolean;
  /** bytes fetched for starting Pagefind, the first query and its first five results */
  firstBytes: number;
  firstMs: number;
  perQueryMs: number;
  sent: string[];
  urls: string[][];
}

export async function runInBrowser(
  browser: Browser,
  served: Served,
  variant: Variant,
  queries: readonly string[],
): Promise<BrowserRun> {
  const page = await browser.newPage();
  try {
    page.on('pageerror', (e) => console.error('[页面错误]', e.message));
    await page.goto(`http://127.0.0.1:${served.port}/__test.html`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    served.bytes = 0;
    const started = Date.now();
    // Everything below runs in the page; pf is pagefind.js, seg the site's search modules.
    const first = await page.evaluate(
      async ({ variant, query }) => {
        const w = window as unknown as PageGlobals;
        const { pf, seg } = w;
        await pf.options({ excerptLength: 40 });
        if (variant === 'ours' || variant === 'pairs') {
          w.kept = await seg.initPagefindForSegmentedQueries(pf, document.documentElement);
        } else {
          await pf.init();
          w.kept = (await pf.search(seg.SPLIT_PROBE)).results.length === 0;
        }
        w.dict = variant === 'pairs' ? seg.makeDictionary([]) : seg.siteDictionary();
        const sent = variant === 'stock' ? query : seg.segmentQuery(query, { dict: w.dict, termsKeptWhole: w.kept });
        const found = await pf.search(sent);
        await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
        return w.kept;
      },
      { variant, query: queries[0] ?? '' },
    );
    const firstMs = Date.now() - started;
    const firstBytes = served.bytes;
    // every page's id → url, once
    await page.evaluate(async () => {
      const w = window as unknown as PageGlobals;
      const all = (await w.pf.search(null)).results;
      w.urlOf = {};
      for (let i = 0; i < all.length; i += 200) {
        const batch = await Promise.all(all.slice(i, i + 200).map(async (r) => [r.id, (await r.data()).url] as const));
        for (const [id, url] of batch) w.urlOf[id] = url;
      }
    });
    const t = Date.now();
    const out = await page.evaluate(
      async ({ variant, queries }) => {
        const w = window as unknown as PageGlobals;
        const sent: string[] = [];
        const urls: string[][] = [];
        for (const q of queries) {
          const s = variant === 'stock' ? q : w.seg.segmentQuery(q, { dict: w.dict, termsKeptWhole: w.kept });
          sent.push(s);
          urls.push((await w.pf.search(s)).results.map((r) => w.urlOf[r.id] ?? r.id));
        }
        return { sent, urls };
      },
      { variant, queries },
    );
    return { kept: first, firstBytes, firstMs, perQueryMs: (Date.now() - t) / queries.length, ...out };
  } finally {
    await page.close();
  }
}
