import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MODE_KEY } from '../../src/lib/ui/mode-script.ts';
import { launchChromium } from '../../src/lib/node/chromium.ts';
import { inspectLayout as inspect } from '../helpers/layout.ts';
import { builtPages } from '../helpers/pages.ts';

// A 1280×800 window zoomed to 200%: the page lays out in 640×400 CSS px,
// drawn at 2 device pixels per CSS px. Each main page type, in normal and in
// elderly-friendly mode, must reflow (WCAG 1.4.10): no sideways scrolling of
// the page and no content cut off at the right edge, except inside a box the
// page made scrollable on purpose (a wide table or chart). In elderly-friendly
// mode every link and control is also at least 44×44 CSS px (WCAG 2.5.5, AAA),
// with WCAG's exceptions for a link inside a sentence and for a control whose
// label operates it too. The 24×24 minimum (2.5.8) is axe's, in the
// accessibility test.

/** The pages to check, found in the built site: one of each main type. */
function pagesToCheck(): string[] {
  const pages = builtPages(inject('siteDir'));
  const first = (what: string, shape: RegExp, newest = false) => {
    const found = (newest ? pages.toReversed() : pages).find((p) => shape.test(p));
    if (!found) throw new Error(`The built site has no ${what} (${shape})`);
    return found;
  };
  return [
    '/',
    '/homes/',
    first('home page', /^\/homes\/[^/]+\/$/),
    first('lesson', /^\/courses\/[^/]+\/[^/]+\/$/),
    first('story', /^\/stories\/[^/]+\/$/),
    `/search/?q=${encodeURIComponent('职工书屋')}`,
    '/honors/',
    '/data/',
    first('honour roll', /^\/honors\/\d{4}\/$/, true),
    first('lecture', /^\/lectures\/[^/]+\/$/),
    '/verify/',
  ];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe.each(['normal', 'elder'] as const)('%s mode, 1280×800 window at 200 percent zoom', (mode) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    if (mode === 'elder') await context.addInitScript((key) => localStorage.setItem(key, 'elder'), MODE_KEY);
  });
  afterAll(async () => context?.close());

  const title = mode === 'elder' ? '%s reflows; its targets are 44×44 CSS px' : '%s reflows into 640 CSS px';
  it.each(pagesToCheck())(title, async (url) => {
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + url, { waitUntil: 'load' });
    if (url.startsWith('/search/')) {
      await page.waitForFunction(() => {
        const s = document.querySelector('#search-status')?.textContent ?? '';
        return s !== '' && !s.includes('正在搜索');
      });
      expect(await page.locator('#results li').count()).toBeGreaterThan(0);
    }
    const found = await page.evaluate(inspect, mode === 'elder');
    await page.close();
    expect({ mode: found.mode, width: found.width, pixelRatio: found.pixelRatio }).toEqual({
      mode,
      width: 640,
      pixelRatio: 2,
    });
    expect(found.checked).toBeGreaterThan(20);
    expect.soft(found.cut).toEqual([]);
    expect.soft(found.small).toEqual([]);
    expect(found.scrollWidth, `the page scrolls sideways, widened by ${found.widest.join('; ')}`).toBeLessThanOrEqual(
      found.width + 1,
    );
  });
});
