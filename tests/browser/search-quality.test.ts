import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { qualityReport, scoreQuery, type QueryScore } from '../../src/lib/search/quality.ts';
import { launchChromium } from '../../src/lib/node/chromium.ts';
import { QUALITY_QUERIES } from './search-queries.ts';

// The search quality set (search-queries.ts), typed into the real search
// page of the built sample site with its real Pagefind index. Every query
// must pass; the figures (P@3, MRR) are printed and written to
// .cache/search-quality.json.

let browser: Browser;
let page: Page;
const scores: QueryScore[] = [];
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  if (scores.length === 0) return;
  const report = qualityReport(scores);
  const out = path.resolve(import.meta.dirname, '../../.cache/search-quality.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ report, scores }, null, 2));
  console.info(
    `search quality: ${report.passed}/${report.queries} queries pass, P@3 ${report.meanPrecisionAt3.toFixed(3)}, MRR ${report.mrr.toFixed(3)}`,
  );
});

async function resultsFor(q: string): Promise<string[]> {
  await page.goto(`${inject('baseUrl')}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    const s = document.querySelector('#search-status')?.textContent ?? '';
    return s !== '' && !s.includes('正在搜索');
  });
  return page
    .locator('#results h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search quality', () => {
  it('has at least 40 queries of every kind', () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(QUALITY_QUERIES.map((x) => x.kind)).size).toBe(6);
  });
  it.each(QUALITY_QUERIES.map((x) => [x.q, x] as const))('“%s” shows the pages a person wants first', async (_q, x) => {
    const urls = await resultsFor(x.q);
    const score = scoreQuery({ ...x, urls });
    scores.push(score);
    expect(score.missing, `first results: ${urls.slice(0, 3).join(' ')}`).toEqual([]);
  });
});
