import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { indexedPages as indexedPagesOf } from '../../src/lib/bench/search-probe.ts';
import { t } from '../../src/lib/i18n/zh-CN.ts';
import { aliasOf } from '../../src/lib/search/dictionary.ts';
import { FACET_TABLE_PATH } from '../../src/lib/search/facet-table.ts';
import { SPLIT_PROBE } from '../../src/lib/search/pagefind-start.ts';
import { compareUtf8, readIndex } from '../../src/lib/search/pagefind-files.ts';
import { chromiumForFile } from '../helpers/chromium.ts';

// Search in Chromium on the built sample site with the real Pagefind index.
// What a query should find is read from the built pages themselves: a page
// whose main text contains the whole query.

const browser = await chromiumForFile();
const page = await browser.newPage();

const site = () => inject('siteDir');
const indexedPages = () => indexedPagesOf(site());

async function search(q: string, filters: Record<string, string> = {}): Promise<{ urls: string[]; status: string }> {
  const params = new URLSearchParams({ q, ...filters });
  await page.goto(`${inject('baseUrl')}/search/?${params}`);
  await page.waitForFunction(() => {
    const s = document.querySelector('#search-status')?.textContent ?? '';
    return s !== '' && !s.includes('正在搜索');
  });
  // the facet counts follow the results (the island marks when they are in)
  await page.waitForFunction(() => performance.getEntriesByName('search:facets').length > 0);
  const urls = await page
    .locator('#results h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  // Load every result, not only the first page, for recall.
  while (await page.locator('#more:not([hidden])').count()) {
    await page.click('#more');
    await page.waitForFunction((n) => document.querySelectorAll('#results h3 a').length > n, urls.length);
    urls.splice(
      0,
      urls.length,
      ...(await page
        .locator('#results h3 a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))),
    );
  }
  return { urls, status: await page.locator('#search-status').innerText() };
}

const QUERIES = [
  // words from the middle of sentences, and the site's compound words
  '劳动合同',
  '法律援助',
  '集体合同',
  '高温',
  '防暑降温',
  '直选',
  '办实事',
  '职工书屋',
  '娘家人',
  '户外劳动者驿站',
  '心理咨询',
  '会站家一体化',
  '八有',
  '新就业形态',
  // names with rare characters
  '𠮷',
  '䶮',
  '堃',
  '喆',
  '燊',
  // cities and a topic
  '济南',
  '威海',
  '职业安全与卫生',
  // phrases from a policy article
  '第一主席',
  '会员评家满意度',
];

describe('search', () => {
  it.each(QUERIES)('finds a page containing “%s” among the first three results', async (q) => {
    const expected = new Set(
      indexedPages()
        .filter((p) => p.text.includes(q))
        .map((p) => p.url),
    );
    expect(expected.size, `no indexed page contains ${q}`).toBeGreaterThan(0);
    const { urls } = await search(q);
    expect(
      urls.slice(0, 3).some((u) => expected.has(u)),
      `${q}: ${urls.slice(0, 3).join(' ')}`,
    ).toBe(true);
  });

  it.each(['娘家人', '职工书屋', '职工之家'])(
    'finds every page that contains “%s” (recall) and ranks whole-word pages first',
    async (q) => {
      const pages = indexedPages();
      const containing = new Set(pages.filter((p) => p.text.includes(q)).map((p) => p.url));
      // a page with a synonym of the word (content/search/synonyms.yaml) counts as holding it
      const vocabulary = JSON.parse(readFileSync(path.join(site(), 'search/vocabulary.json'), 'utf8')) as {
        synonyms: string[][];
      };
      const words = vocabulary.synonyms.find((g) => g.includes(q)) ?? [q];
      const whole = new Set(pages.filter((p) => words.some((w) => p.text.includes(w))).map((p) => p.url));
      const { urls } = await search(q);
      expect(
        [...containing].filter((u) => !urls.includes(u)),
        `${urls.length} found`,
      ).toEqual([]);
      // Pages with only a part of the word (职工 without 书屋) come after every whole-word page.
      const firstPartial = urls.findIndex((u) => !whole.has(u));
      if (firstPartial !== -1) expect(urls.slice(firstPartial).filter((u) => whole.has(u))).toEqual([]);
    },
  );

  // Words outside the dictionary are sent as overlapping character pairs,
  // which Pagefind must take whole (initPagefindForSegmentedQueries).
  it.each(['工作室', '帮扶', '防暑降温', '困难职工'])(
    'finds every page that contains “%s”, an everyday word',
    async (q) => {
      const containing = indexedPages()
        .filter((p) => p.text.includes(q))
        .map((p) => p.url);
      expect(containing.length, `no indexed page contains ${q}`).toBeGreaterThan(0);
      const { urls } = await search(q);
      expect(containing.filter((u) => !urls.includes(u))).toEqual([]);
    },
  );

  it('narrows results with a filter, counts facets and keeps the query in the URL', async () => {
    const all = await search('职工');
    const stories = await search('职工', { 类型: '典型案例' });
    expect(stories.urls.length).toBeGreaterThan(0);
    expect(stories.urls.length).toBeLessThan(all.urls.length);
    for (const u of stories.urls) expect(u).toMatch(/^\/stories\//);
    expect(new URL(page.url()).searchParams.get('q')).toBe('职工');
    const facet = await page.locator('#facets label', { hasText: '典型案例' }).innerText();
    expect(facet).toContain(`（${stories.urls.length}）`);
  });

  it('shows the first results before it loads the facet counts', async () => {
    const requested: { url: string; at: number }[] = [];
    // when the browser sent each request (ms since the epoch, the browser's clock)
    const log = (r: { url: () => string; timing: () => { startTime: number } }) =>
      requested.push({ url: new URL(r.url()).pathname, at: r.timing().startTime });
    page.on('requestfinished', log);
    try {
      await search('职工书屋');
    } finally {
      page.off('requestfinished', log);
    }
    const answered = await page.evaluate(() => {
      const m = performance.getEntriesByName('search:answer')[0]!;
      return performance.timeOrigin + m.startTime + m.duration;
    });
    // the facet table, after the answer; Pagefind's own filter indexes not at all (facet-table.ts)
    const table = requested.filter((r) => r.url === FACET_TABLE_PATH);
    expect(table).toHaveLength(1);
    expect(table[0]!.at).toBeGreaterThanOrEqual(Math.floor(answered));
    expect(requested.filter((r) => r.url.startsWith('/pagefind/filter/'))).toEqual([]);
    expect(await page.locator('#facets fieldset').count()).toBeGreaterThan(3);
  });

  it('loads the index chunk a query needs while it is typed, before the search runs', async () => {
    // the chunk of the built index whose word range holds a term, as Pagefind looks it up
    const { meta } = await readIndex(path.join(site(), 'pagefind'));
    const chunkOf = (term: string) =>
      meta.chunks.find(([, to]) => compareUtf8(term, to) <= 0 || term.startsWith(to))?.[2] ?? meta.chunks.at(-1)![2];
    const wanted = chunkOf(aliasOf('娘家人'));
    // not the chunk Pagefind's start loads anyway
    expect(wanted).not.toBe(chunkOf(SPLIT_PROBE));
    const context = await browser.newContext();
    try {
      const typing = await context.newPage();
      // the search waits for a pause in typing (a timer); time stands still until it is moved on
      await typing.clock.install();
      await typing.clock.pauseAt(Date.now() + 1000);
      const chunks: string[] = [];
      typing.on('request', (r) => {
        const m = /\/pagefind\/index\/([^/]+)\.pf_index$/.exec(new URL(r.url()).pathname);
        if (m) chunks.push(m[1]!);
      });
      await typing.goto(`${inject('baseUrl')}/search/`);
      await typing.locator('#q').fill('娘家人');
      await expect.poll(() => chunks.includes(wanted)).toBe(true);
      // still the hint: the search has not started
      expect(await typing.locator('#search-status').innerText()).toBe(t('search.hint'));
      // the pause: the search runs and finds the chunk already loaded
      await typing.clock.runFor(300);
      await typing.locator('#search-status', { hasText: '“娘家人”' }).waitFor();
      expect(chunks.filter((c) => c === wanted)).toHaveLength(1);
      expect(await typing.locator('#results li').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('keeps the results when the facet table cannot be loaded, and says so when a chosen facet needs it', async () => {
    await page.route(`**${FACET_TABLE_PATH}`, (r) => r.abort());
    try {
      const { urls } = await search('职工书屋');
      expect(urls.length).toBeGreaterThan(0);
      expect(await page.locator('#facets').isHidden()).toBe(true);
      await page.goto(`${inject('baseUrl')}/search/?${new URLSearchParams({ q: '职工书屋', type: '典型案例' })}`);
      await page.waitForFunction(
        (failed) => document.querySelector('#search-status')?.textContent === failed,
        t('search.failed'),
      );
      expect(await page.locator('#results h3 a').count()).toBe(0);
    } finally {
      await page.unroute(`**${FACET_TABLE_PATH}`);
    }
  });

  it('says clearly when nothing is found, and offers the sections to browse', async () => {
    // characters on no page: Pagefind ignores a term it cannot find at all
    const { urls, status } = await search('犇骉');
    expect(urls).toEqual([]);
    expect(status).toContain('没有找到');
    expect(await page.locator('#search-empty').isVisible()).toBe(true);
    expect(await page.locator('#search-empty a[href="/homes/"]').count()).toBe(1);
  });

  it('falls back to the pages holding most of the words, and says so', async () => {
    // no page holds both; pages with either are offered, with a notice
    const { urls, status } = await search('传习所 煤矿');
    expect(urls.length).toBeGreaterThan(0);
    expect(status).toContain('部分相关');
    expect(await page.locator('#search-notice').innerText()).toContain('没有同时包含');
    expect(await page.locator('#results .result-matched').first().innerText()).toMatch(/包含：(传习所|煤矿)/);
  });

  it('shows the facets beside results that use the page’s width, and folds them on a phone', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await search('职工书屋');
    const facets = await page.locator('#facets').boundingBox();
    const results = await page.locator('#results').boundingBox();
    expect(await page.locator('#facets').getAttribute('open')).not.toBeNull();
    expect(facets && results && results.x).toBeGreaterThan((facets?.x ?? 0) + (facets?.width ?? 0));
    expect(results?.width).toBeGreaterThan(700);
    await page.setViewportSize({ width: 390, height: 800 });
    await search('职工书屋');
    expect(await page.locator('#facets').getAttribute('open')).toBeNull();
    expect(await page.locator('#facet-groups').isVisible()).toBe(false);
    await page.click('#facets > summary');
    expect(await page.locator('#facet-groups').isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('keeps the chosen facets in the URL with short names, so a search can be shared', async () => {
    await search('职工书屋');
    await page.locator('#facets label', { hasText: '典型案例' }).locator('input').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === '典型案例');
    await page.waitForFunction(() => !(document.querySelector('#search-status')?.textContent ?? '').includes('正在'));
    const shared = page.url();
    const again = await search('职工书屋', { type: '典型案例' });
    expect(new URL(shared).searchParams.getAll('type')).toEqual(['典型案例']);
    expect(again.urls.length).toBeGreaterThan(0);
    for (const u of again.urls) expect(u).toMatch(/^\/stories\//);
  });

  it('puts the cursor in the header’s search field when “/” is pressed on any page', async () => {
    await page.goto(`${inject('baseUrl')}/stories/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
    await page.keyboard.type('娘家人');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('娘家人');
  });

  it('keeps the search page itself small', () => {
    const html = readFileSync(path.join(site(), 'search/index.html'));
    const scripts = [...html.toString().matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) =>
      readFileSync(path.join(site(), m[1]!)),
    );
    const bytes = gzipSync(html).length + scripts.reduce((n, s) => n + gzipSync(s).length, 0);
    expect(bytes).toBeLessThan(25_000);
  });
});
