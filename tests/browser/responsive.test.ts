import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MODE_KEY } from '../../src/lib/ui/mode-script.ts';
import { launchChromium } from '../../src/lib/node/chromium.ts';
import { inspectLayout } from '../helpers/layout.ts';
import { builtPages, onePerType } from '../helpers/pages.ts';

// Every page type at phone, tablet and desktop widths, in normal and in
// elderly-friendly (适老化) mode: the page never scrolls sideways and cuts
// nothing off, the header stays short, nothing moves after the first paint
// (cumulative layout shift 0), and in elderly mode every link and control is
// at least 44×44 CSS px. Each page loads once per mode at 390 px (a phone)
// and once at 1280 px, where layout shift is measured; 320 and 768 px are
// checked by resizing the phone's window. A screenshot of each page's first
// screen at 390 px goes to test-results/screenshots/ (not kept in git).

const WIDTHS = [320, 390, 768, 1280];
/** Widths a page is loaded at (layout shift is measured from the load); the others are reached by resizing the phone's window. */
const LOADED = [390, 1280];
const HEIGHT = 844;
/** The tallest header allowed, at every width (issue 20: at most 120 px at 390 px). */
const HEADER_MAX = 120;
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Installed before any page script: sums the layout shifts not caused by input (CLS). */
function watchLayoutShifts() {
  const w = window as unknown as { __cls: number; __shifts: string[] };
  w.__cls = 0;
  w.__shifts = [];
  type Shift = PerformanceEntry & {
    value: number;
    hadRecentInput: boolean;
    sources?: { node?: Node }[];
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Shift[]) {
      if (e.hadRecentInput) continue;
      w.__cls += e.value;
      const nodes = (e.sources ?? []).map((s) => {
        const el = s.node instanceof Element ? s.node : s.node?.parentElement;
        return el ? `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} class="${el.className}">` : '?';
      });
      w.__shifts.push(`${e.value.toFixed(4)} ${nodes.join(' ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

/** What one page shows at the window's current width. */
async function check(page: Page, mode: 'normal' | 'elder') {
  const found = await page.evaluate(inspectLayout, mode === 'elder');
  const header = await (await page.$('body > header'))?.boundingBox();
  return { ...found, header: header ? Math.round(header.height) : 0 };
}

/** Waits until the loaded page has painted twice more and its scripts had time to act, then reads the layout shifts so far. */
async function settle(page: Page) {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))),
  );
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
}

describe.each(['normal', 'elder'] as const)('%s mode at 320, 390, 768 and 1280 px', (mode) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 390, height: HEIGHT } });
    await context.addInitScript(watchLayoutShifts);
    if (mode === 'elder') await context.addInitScript((key) => localStorage.setItem(key, 'elder'), MODE_KEY);
  });
  afterAll(async () => context?.close());

  it('has a page of every type to check', () => {
    expect(onePerTypeNow().length).toBeGreaterThanOrEqual(21);
  });

  // Several pages at once (Vitest's maxConcurrency): most of a check is waiting for the browser.
  it.concurrent.for(onePerTypeNow())('%s fits every width without moving', async (url, { expect }) => {
    const page = await context.newPage();
    const problems: string[] = [];
    const at = async (width: number) => {
      const found = await check(page, mode);
      const where = `${width} px`;
      expect(found.mode, where).toBe(mode);
      expect(found.width, where).toBe(width);
      problems.push(...found.cut.map((c) => `${where}: ${c}`), ...found.small.map((c) => `${where}: ${c}`));
      if (found.scrollWidth > found.width + 1)
        problems.push(
          `${where}: the page scrolls sideways (${found.scrollWidth} px), widened by ${found.widest.join('; ')}`,
        );
      if (found.header > HEADER_MAX) problems.push(`${where}: the header is ${found.header} px tall`);
    };
    for (const width of LOADED) {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto(inject('baseUrl') + url, { waitUntil: 'load' });
      if (url.includes('?q=')) await searched(page);
      const { cls, shifts } = await settle(page);
      if (cls > 0)
        problems.push(`${width} px: layout shift ${cls.toFixed(4)} after the first paint: ${shifts.join('; ')}`);
      await at(width);
      if (width === 390) {
        const name = `${mode}${url.replace(/\W+/g, '-').replace(/-$/, '') || '-home'}.png`;
        await page.screenshot({ path: path.join(SHOTS, name) });
        for (const other of WIDTHS.filter((w) => !LOADED.includes(w))) {
          await page.setViewportSize({ width: other, height: HEIGHT });
          await at(other);
        }
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});

/**
 * The page types, read when the tests are collected (the site is built by
 * then), and the search page with a query: its results arrive after the
 * first paint.
 */
function onePerTypeNow(): string[] {
  return [...onePerType(builtPages(inject('siteDir'))), `/search/?q=${encodeURIComponent('职工书屋')}`];
}

/** Waits until the search page has answered its query. */
async function searched(page: Page) {
  await page.waitForFunction(() => {
    const s = document.querySelector('#search-status')?.textContent ?? '';
    return s !== '' && !s.includes('正在搜索');
  });
}
