import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/node/chromium.ts';

// The homes list filters give the same sets with and without JavaScript:
// without it each facet is a page (paged); with it the form filters in place.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** All home links of a facet list without JavaScript, following its pages. */
async function withoutJs(page: Page, url: string): Promise<string[]> {
  const found: string[] = [];
  let next: string | null = inject('baseUrl') + url;
  while (next) {
    await page.goto(next);
    found.push(
      ...(await page
        .locator('#home-results h2 a, #home-results h3 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))),
    );
    const current = page.locator('#home-pager a[aria-current="page"]');
    const following = (await current.count())
      ? await current
          .locator('xpath=../following-sibling::li[1]/a')
          .getAttribute('href')
          .catch(() => null)
      : null;
    next = following ? inject('baseUrl') + following : null;
  }
  return found.sort();
}

/** All home links after choosing filters in the in-page form, following its pages. */
async function withJs(page: Page, choices: Record<string, string>): Promise<string[]> {
  await page.goto(`${inject('baseUrl')}/homes/`);
  await page.waitForSelector('#home-filter[data-ready]');
  for (const [name, value] of Object.entries(choices))
    await page.selectOption(`#home-filter select[name="${name}"]`, value);
  await expect.poll(() => page.locator('#home-count').innerText()).toContain('筛选结果');
  const found: string[] = [];
  const pages = await page.locator('#home-pager button').count();
  for (let n = 1; n <= Math.max(1, pages); n++) {
    if (n > 1)
      await page
        .locator('#home-pager button', { hasText: String(n) })
        .first()
        .click();
    await page.waitForTimeout(50);
    found.push(
      ...(await page.locator('#home-results h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))),
    );
  }
  return found.sort();
}

describe('homes list filters', () => {
  const cases: [string, Record<string, string>][] = [
    ['/homes/city/jinan/', { city: 'jinan' }],
    ['/homes/level/model/', { level: 'model' }],
    ['/homes/type/non-public/', { unitType: 'non-public' }],
    ['/homes/sector/logistics/', { sector: 'logistics' }],
    ['/homes/eight-haves/incomplete/', { eightComplete: 'false' }],
    ['/homes/', { sort: 'name' }],
  ];
  it.each(cases)('%s without JavaScript = the same filter in the page', async (url, choices) => {
    const noJs = await browser.newPage({ javaScriptEnabled: false });
    const js = await browser.newPage();
    const expected = await withoutJs(noJs, url);
    expect(expected.length).toBeGreaterThan(0);
    expect(await withJs(js, choices)).toEqual(expected);
    await noJs.close();
    await js.close();
  });

  it('combines filters in the page to the intersection of the facet pages', async () => {
    const noJs = await browser.newPage({ javaScriptEnabled: false });
    const city = await withoutJs(noJs, '/homes/city/qingdao/');
    const level = await withoutJs(noJs, '/homes/level/model/');
    const js = await browser.newPage();
    expect(await withJs(js, { city: 'qingdao', level: 'model' })).toEqual(city.filter((h) => level.includes(h)));
    expect(new URL(js.url()).search).toBe('?city=qingdao&level=model');
    await noJs.close();
    await js.close();
  });
});
