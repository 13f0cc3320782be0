#!/usr/bin/env node
/**
 * Measures Chinese search with Pagefind on generated pages, in Chromium with
 * the real pagefind.js and WebAssembly (src/lib/search/README.md).
 *
 *   node scripts/search-experiment.ts [--pages 1000,5000] [--variants stock,ours,degraded,pairs]
 *                                     [--out report.json] [--keep]
 *
 * For each page count it writes pages into a temporary folder, indexes them
 * once per variant with buildSearchIndex, serves the folder on 127.0.0.1,
 * runs every query in a fresh Chromium page and compares the results with
 * the pages whose text contains the query:
 *   recall  share of the pages containing the query that are found
 *   P@N     share of the first N results that contain the query, N = the
 *           number of pages containing it (1 = every page with the whole word
 *           ranks above every page with only a part of it)
 * Variants:
 *   stock     pages as built, query as typed (Pagefind alone)
 *   ours      alias tokens, initPagefindForSegmentedQueries, segmentQuery
 *   degraded  alias tokens, Pagefind started normally (it splits queries);
 *             segmentQuery told so by the probe
 *   pairs     no alias tokens, whole-term start, character pairs only
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { seededRandom } from '../src/lib/bench/random.ts';
import { buildSearchIndex } from '../src/lib/search/indexing.ts';
import type { Dictionary, makeDictionary, siteDictionary } from '../src/lib/search/dictionary.ts';
import type { initPagefindForSegmentedQueries, SPLIT_PROBE } from '../src/lib/search/pagefind-start.ts';
import type { QueryOptions } from '../src/lib/search/query.ts';
import { CITY_NAMES } from '../src/lib/search/words.ts';
import { launchChromium } from '../src/lib/node/chromium.ts';

// ---------------------------------------------------------------------------
// pages

/** Words searched whole (all in the site dictionary). */
export const DOMAIN_QUERIES = [
  '职工之家',
  '模范职工之家',
  '职工书屋',
  '娘家人',
  '传习所',
  '新时代文明传习所',
  '八有',
  '六有',
  '十佳',
  '工会主席',
  '第一主席',
  '建会率',
  '入会率',
  '会员评家满意度',
  '办实事',
  '富民兴鲁劳动奖章',
  '五一劳动奖章',
  '劳动关系协调',
  '职业安全与卫生',
  '心理咨询',
  '工会业务',
  '基层工会',
  '菜单式服务',
  '网上培训',
  '典型案例',
  '货车驾驶员',
  '网约送餐员',
  '双争',
  ...CITY_NAMES,
];
/** Everyday words from the middle of sentences, and parts of domain words (not in the dictionary). */
export const GENERAL_QUERIES = [
  '培训',
  '服务',
  '活动',
  '阵地',
  '经费',
  '帮扶',
  '困难',
  '慰问',
  '调解',
  '维权',
  '岗位',
  '班组',
  '车间',
  '食堂',
  '健身',
  '阅读',
  '志愿',
  '援助',
  '工作室',
  '劳模',
  '工匠',
  '农民工',
  '女职工',
  '母婴室',
  '驿站',
  '体检',
  '读书会',
  '讲座',
  '课程',
  '考核',
  '职工',
  '书屋',
  '娘家',
  '家人',
  '文明',
  '主席',
  '劳动',
  '奖章',
  '咨询',
  '传习',
  '安全',
  '协调',
  '会员',
  '实事',
  '模范',
];
const FILL = [
  '今年',
  '以来',
  '我们',
  '坚持',
  '围绕',
  '重点',
  '工作',
  '推进',
  '落实',
  '开展',
  '组织',
  '宣传',
  '技能',
  '竞赛',
  '温暖',
  '企业',
  '园区',
  '社区',
  '图书',
  '创新',
  '技术',
  '爱心',
  '户外',
  '劳动者',
  '医疗',
  '互助',
  '保险',
  '疗休养',
  '文艺',
  '演出',
  '篮球',
  '比赛',
  '课堂',
  '视频',
  '学习',
  '评议',
  '代表',
  '民主',
  '管理',
  '厂务',
  '公开',
  '协商',
  '集体合同',
  '工资',
  '安全生产',
  '隐患',
  '排查',
  '关心',
  '关爱',
  '一线',
  '职工群众',
  '家庭',
  '新时代',
  '建设',
  '提升',
  '水平',
  '质量',
  '标准',
  '规范',
  '机制',
  '制度',
  '台账',
  '年度',
  '计划',
  '承诺',
  '群众',
  '单位',
  '人员',
  '设施',
  '场所',
  '标识',
  // look like parts of domain words
  '新娘',
  '人的',
  '家中',
  '书记',
  '房屋',
  '会场',
  '习惯',
  '所在',
  '主持',
  '席位',
  '工会',
  '业务',
  '心理',
  '卫生',
  '关系',
];
/** Characters that follow or precede words in running text (娘家人的, 职工书屋里). */
const PARTICLES = [...'的里中们在是和与为把有都也了上好更到给让对人家所书'];
const PUNCTUATION = ['，', '，', '，', '、', '；'];
const CITIES = CITY_NAMES;

export interface Page {
  url: string;
  title: string;
  paragraphs: string[];
  city: string | undefined;
  /** what Pagefind indexes of the page, block by block */
  text: string;
}

/** Pages of made-up sentences mixing domain words, everyday words and particles. */
export function generatePages(count: number, seed = 42): Page[] {
  const r = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const everyday = [...GENERAL_QUERIES, ...FILL];
  const pages: Page[] = [];
  for (let n = 0; n < count; n++) {
    const topics = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(DOMAIN_QUERIES));
    const phrase = () => {
      const x = r();
      let w = x < 0.1 ? pick(topics) : x < 0.13 ? pick(DOMAIN_QUERIES) : pick(everyday);
      const y = r();
      if (y < 0.45) w += pick(PARTICLES);
      else if (y < 0.6) w = pick(PARTICLES) + w;
      return w;
    };
    const sentence = () => {
      const length = 3 + Math.floor(r() * 8);
      let s = '';
      for (let k = 0; k < length; k++) {
        s += phrase();
        if (k < length - 1 && r() < 0.25) s += pick(PUNCTUATION);
      }
      return s + (r() < 0.85 ? '。' : '！');
    };
    const title = `${pick(topics)}${pick(PARTICLES)}${pick(everyday)}${pick(everyday)}（示例${n}）`;
    const paragraphs = Array.from({ length: 3 + Math.floor(r() * 6) }, () =>
      Array.from({ length: 2 + Math.floor(r() * 4) }, sentence).join(''),
    );
    const city = r() < 0.3 ? pick(CITIES) : undefined;
    const blocks = [title, ...paragraphs, ...(city ? [`所在城市：${city}`] : [])];
    pages.push({ url: `/p/${String(n).padStart(5, '0')}/`, title, paragraphs, city, text: blocks.join('\n') });
  }
  return pages;
}

function pageHtml(p: Page): string {
  const city = p.city ? `<p>所在城市：<span data-pagefind-filter="城市">${p.city}</span></p>` : '';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${p.title} - 网上职工之家</title></head>
<body><header><nav><a href="/">首页</a> <a href="/homes/">职工之家</a> <a href="/stories/">娘家人</a></nav></header>
<main data-pagefind-body><h1>${p.title}</h1>${p.paragraphs.map((x) => `<p>${x}</p>`).join('')}${city}</main>
<footer>山东省总工会 示例网站</footer></body></html>`;
}

function writeSite(dir: string, pages: readonly Page[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const p of pages) {
    const d = path.join(dir, p.url);
    mkdirSync(d, { recursive: true });
    writeFileSync(path.join(d, 'index.html'), pageHtml(p));
  }
}

// ---------------------------------------------------------------------------
// serving and querying

type Variant = 'stock' | 'ours' | 'degraded' | 'pairs';
const VARIANTS: Variant[] = ['stock', 'ours', 'degraded', 'pairs'];

/** The site's search modules as the browser gets them: src/ files with their types removed. */
const SRC = new URL('../src/', import.meta.url);
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

interface Served {
  server: Server;
  port: number;
  /** bytes of Pagefind files served since the last reset */
  bytes: number;
}

function serve(root: string): Promise<Served> {
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

interface BrowserRun {
  /** whether Pagefind kept the terms whole (the probe's answer) */
  kept: boolean;
  /** bytes fetched for starting Pagefind, the first query and its first five results */
  firstBytes: number;
  firstMs: number;
  perQueryMs: number;
  sent: string[];
  urls: string[][];
}

async function runInBrowser(
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

// ---------------------------------------------------------------------------
// measuring

interface Row {
  query: string;
  kind: 'domain' | 'general';
  sent: string;
  containing: number;
  results: number;
  found: number;
  recall: number;
  precisionAtN: number;
}

interface Summary {
  queries: number;
  meanRecall: number;
  minRecall: number;
  queriesBelowFullRecall: number;
  missedPages: number;
  pagesContaining: number;
  meanPrecisionAtN: number;
  queriesRankedPerfectly: number;
}

function summarise(rows: readonly Row[]): Summary {
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

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const kb = (x: number) => `${(x / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '1000,5000' },
      variants: { type: 'string', default: VARIANTS.join(',') },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizes = values.pages.split(',').map(Number);
  const variants = values.variants.split(',') as Variant[];
  for (const v of variants) if (!VARIANTS.includes(v)) throw new Error(`未知的方案 ${v}，可选：${VARIANTS.join(', ')}`);
  const queries = [...DOMAIN_QUERIES, ...GENERAL_QUERIES];
  const kindOf = (q: string): Row['kind'] => (DOMAIN_QUERIES.includes(q) ? 'domain' : 'general');
  const work = mkdtempSync(path.join(os.tmpdir(), 'search-experiment-'));
  const browser = await launchChromium();
  const report: unknown[] = [];
  try {
    for (const size of sizes) {
      const pages = generatePages(size);
      const truth = new Map(
        queries.map((q) => [q, new Set(pages.filter((p) => p.text.includes(q)).map((p) => p.url))]),
      );
      for (const variant of variants) {
        const siteDir = path.join(work, `${variant}-${size}`);
        writeSite(siteDir, pages);
        const stats = await buildSearchIndex({
          siteDir,
          markDictionaryWords: variant === 'ours' || variant === 'degraded',
        });
        const served = await serve(siteDir);
        let run: BrowserRun;
        try {
          run = await runInBrowser(browser, served, variant, queries);
        } finally {
          served.server.close();
        }
        const rows: Row[] = queries.map((query, i) => {
          const t = truth.get(query) ?? new Set<string>();
          const urls = run.urls[i] ?? [];
          const found = urls.filter((u) => t.has(u)).length;
          const top = urls.slice(0, t.size);
          return {
            query,
            kind: kindOf(query),
            sent: run.sent[i] ?? '',
            containing: t.size,
            results: urls.length,
            found,
            recall: t.size ? found / t.size : 1,
            precisionAtN: t.size ? top.filter((u) => t.has(u)).length / t.size : 1,
          };
        });
        const domain = summarise(rows.filter((r) => r.kind === 'domain'));
        const general = summarise(rows.filter((r) => r.kind === 'general'));
        report.push({ size, variant, stats, run: { ...run, urls: undefined }, domain, general, rows });
        console.log(
          `\n## ${size} 页 · ${variant}  （建索引 ${(stats.ms / 1000).toFixed(1)} s，索引 ${stats.files} 个文件 ${kb(stats.bytes)}：` +
            `词块 ${kb(stats.indexBytes)}，页面片段 ${kb(stats.fragmentBytes)}；首次查询 ${kb(run.firstBytes)}、${run.firstMs} ms；` +
            `每次查询 ${run.perQueryMs.toFixed(0)} ms；探测：${run.kept ? '查询词保持完整' : 'Pagefind 自行切分查询'}）`,
        );
        console.log('| 查询 | 召回率均值 | 最低召回率 | 未全召回的查询 | 漏掉的页面 | P@N 均值 | P@N=1 的查询 |');
        console.log('| --- | --- | --- | --- | --- | --- | --- |');
        for (const [name, s] of [
          ['领域词', domain],
          ['普通词', general],
        ] as const) {
          console.log(
            `| ${name} (${s.queries}) | ${pct(s.meanRecall)} | ${pct(s.minRecall)} | ${s.queriesBelowFullRecall} | ` +
              `${s.missedPages} / ${s.pagesContaining} | ${s.meanPrecisionAtN.toFixed(3)} | ${s.queriesRankedPerfectly} |`,
          );
        }
        for (const r of rows.filter((x) => x.recall < 1 || x.precisionAtN < 1)) {
          console.log(
            `   ${r.query} [${r.sent}] 含该词 ${r.containing} 页，结果 ${r.results}，找到 ${r.found}（${pct(r.recall)}），P@N ${r.precisionAtN.toFixed(2)}`,
          );
        }
      }
    }
  } finally {
    await browser.close();
    if (values.keep) console.log(`\n生成的网站和索引保留在 ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  if (values.out) writeFileSync(values.out, JSON.stringify(report, null, 1));
}

if (import.meta.main) await main();
