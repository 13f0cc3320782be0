import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { t } from '../../src/lib/i18n/zh-CN.ts';
import { NAV } from '../../src/lib/nav.ts';
import { MODE_KEY } from '../../src/lib/ui/mode-script.ts';
import { launchChromium } from '../../src/lib/node/chromium.ts';

// The site header on a phone and on a desktop: short, with the search field
// on screen, and a menu that opens without JavaScript; and it does not move
// when the page is painted before the header has all arrived.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const base = () => inject('baseUrl');
const sections = NAV.map((n) => t(n.key));

describe('site header', () => {
  it.each(['normal', 'elder'] as const)(
    'on a 390 px phone without JavaScript (%s mode): short, search on screen, a menu that opens',
    async (mode) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
      // Without scripts the stored mode cannot apply, so elderly mode is set as the script would.
      const page = await context.newPage();
      await page.goto(`${base()}/homes/`);
      if (mode === 'elder') await page.evaluate(() => (document.documentElement.dataset['mode'] = 'elder'));
      const header = page.locator('body > header');
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(120);
      // The search field is on screen: one tap to type.
      const search = page.getByRole('searchbox', { name: t('search.label') });
      expect(await search.isVisible()).toBe(true);
      // The sections are behind the menu button, and open with a tap.
      const nav = page.getByRole('navigation', { name: t('nav.label') });
      expect(await nav.isVisible()).toBe(false);
      await page.getByText(t('nav.menu'), { exact: true }).click();
      expect(await nav.isVisible()).toBe(true);
      expect(await nav.getByRole('link').allInnerTexts()).toEqual(sections);
      expect(await nav.getByRole('link', { name: '职工之家' }).getAttribute('aria-current')).toBe('page');
      // Every section is a whole target on screen, over the page.
      for (const link of await nav.getByRole('link').all()) {
        const box = (await link.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(44);
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
      }
      // The display-mode switch needs the script, so it is not offered.
      expect(await page.locator('#mode-switch').isVisible()).toBe(false);
      await context.close();
    },
  );

  it('on a phone with JavaScript: the display-mode switch is there from the first paint', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript((key) => localStorage.setItem(key, 'elder'), MODE_KEY);
    const page = await context.newPage();
    await page.goto(`${base()}/`);
    const button = page.getByRole('button', { name: t('mode.elder') });
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect((await page.locator('body > header').boundingBox())!.height).toBeLessThanOrEqual(120);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate((key) => localStorage.getItem(key), MODE_KEY)).toBeNull();
    await context.close();
  });

  it('on a 1280 px desktop: every section shows in a row, without the menu button', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base()}/honors/`);
    const nav = page.getByRole('navigation', { name: t('nav.label') });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(sections);
    const tops = new Set<number>();
    for (const link of await nav.getByRole('link').all()) {
      expect(await link.isVisible()).toBe(true);
      tops.add(Math.round((await link.boundingBox())!.y));
    }
    expect(tops.size).toBe(1);
    expect(await page.getByText(t('nav.menu'), { exact: true }).isVisible()).toBe(false);
    expect(await nav.getByRole('link', { name: '荣誉榜' }).getAttribute('aria-current')).toBe('page');
    await page.close();
  });

  // A slow line (or a busy phone) can deliver a page in pieces, and the
  // browser paints what it has: the header, drawn half-arrived, must not move
  // when the rest comes. The page is sent in two parts, split inside the
  // header where a late part would widen or shift what is already drawn.
  it.each(['normal', 'elder'] as const)(
    'on a slow line (%s mode): nothing moves when the header arrives in two parts',
    async (mode) => {
      const path = '/stories/';
      const html = Buffer.from(await (await fetch(base() + path)).arrayBuffer());
      const head = html.indexOf('<header');
      const splits = [
        '<span class="caption"', // the display-mode switch and the menu, before their captions
        '<button type="submit"', // the search field, before its button
        '<details class="site-menu"',
        '</header>',
      ].flatMap((tag) => offsetsOf(html, tag, head));
      expect(splits.length).toBeGreaterThanOrEqual(5);
      const slow = await twoPartServer(path, html);
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.addInitScript(
        ([key, elder]) => {
          if (elder) localStorage.setItem(key as string, 'elder');
          const w = window as unknown as { __moved: string[] };
          w.__moved = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
              w.__moved.push(String(e.value));
          }).observe({ type: 'layout-shift', buffered: true });
        },
        [MODE_KEY, mode === 'elder'] as const,
      );
      const page = await context.newPage();
      const moved: string[] = [];
      for (const at of splits) {
        slow.split = at;
        await page.goto(slow.url, { waitUntil: 'load' });
        // Two frames after the load, as the responsive test does.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const shifts = await page.evaluate(() => (window as unknown as { __moved: string[] }).__moved);
        if (shifts.length > 0)
          moved.push(`split before ${html.subarray(at, at + 40).toString()}: ${shifts.join(', ')}`);
      }
      await context.close();
      await new Promise((done) => slow.server.close(done));
      expect(moved).toEqual([]);
    },
  );
});

/** The byte offsets of every `tag` in `html` after `from`. */
function offsetsOf(html: Buffer, tag: string, from: number): number[] {
  const found: number[] = [];
  for (let i = html.indexOf(tag, from); i >= 0; i = html.indexOf(tag, i + 1)) found.push(i);
  return found;
}

/**
 * A server in front of the built site that sends `html` at `path` in two
 * parts, 400 ms apart, split at `split`; every other file comes from the site
 * as it is, with its headers.
 */
async function twoPartServer(path: string, html: Buffer) {
  const state = { split: 0, url: '', server: undefined as unknown as Server };
  state.server = createServer((req, res) => {
    void (async () => {
      if (req.url === path) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.write(html.subarray(0, state.split));
        setTimeout(() => res.end(html.subarray(state.split)), 400);
        return;
      }
      const answer = await fetch(base() + req.url);
      for (const [k, v] of answer.headers) if (!['content-encoding', 'content-length'].includes(k)) res.setHeader(k, v);
      res.statusCode = answer.status;
      res.end(Buffer.from(await answer.arrayBuffer()));
    })();
  });
  await new Promise<void>((done) => state.server.listen(0, '127.0.0.1', done));
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}${path}`;
  return state;
}
