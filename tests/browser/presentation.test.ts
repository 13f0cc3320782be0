import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/node/chromium.ts';
import { frontmatters } from '../helpers/content.ts';

// Presentation mode as slides: one section per screen at any size, turned by
// on-screen buttons and by a swipe, with a counter and full screen.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const lecture = () => frontmatters('lectures')[0]!;
const url = () => `${inject('baseUrl')}/lectures/${lecture().id}/present/`;
const counter = (page: Page) => page.locator('#counter').innerText();

/** What the window shows: the slides drawn, and whether the current one fits between the bars. */
function onScreen(page: Page) {
  return page.evaluate(() => {
    const slides = [...document.querySelectorAll<HTMLElement>('#deck > .slide')];
    const drawn = slides.filter((s) => s.checkVisibility());
    const top = document.querySelector('.present-top')!.getBoundingClientRect().bottom;
    const bottom = document.querySelector('.present-controls')!.getBoundingClientRect().top;
    const box = drawn[0]?.getBoundingClientRect();
    return {
      total: slides.length,
      drawn: drawn.length,
      inside: !!box && box.top >= top - 1 && box.bottom <= bottom + 1 && bottom <= innerHeight + 1,
      pageScrolls: document.documentElement.scrollHeight > innerHeight + 1,
      heading: drawn[0]?.querySelector('h1, h2')?.textContent ?? '',
    };
  });
}

describe('presentation mode', () => {
  it.each([
    [1280, 800],
    [1024, 768],
    [390, 844],
    [844, 390],
    [320, 568],
  ])('shows exactly one slide at %i×%i, between its two bars, on every slide', async (width, height) => {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(url());
    const first = await onScreen(page);
    expect(first.total).toBeGreaterThan(2);
    for (let i = 0; i < first.total; i++) {
      const now = await onScreen(page);
      expect({ slide: i + 1, drawn: now.drawn, inside: now.inside, pageScrolls: now.pageScrolls }).toEqual({
        slide: i + 1,
        drawn: 1,
        inside: true,
        pageScrolls: false,
      });
      expect(await counter(page)).toBe(`第 ${i + 1} / ${first.total} 页`);
      if (i < first.total - 1) await page.getByRole('button', { name: '下一页' }).click();
    }
    expect(await page.getByRole('button', { name: '下一页' }).getAttribute('aria-disabled')).toBe('true');
    await page.close();
  });

  it('turns with the on-screen buttons, which keep their focus at either end', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(url());
    const next = page.getByRole('button', { name: '下一页' });
    const prev = page.getByRole('button', { name: '上一页' });
    expect(await prev.getAttribute('aria-disabled')).toBe('true');
    await next.click();
    await next.click();
    expect(await counter(page)).toMatch(/^第 3 \//);
    await prev.click();
    expect(await counter(page)).toMatch(/^第 2 \//);
    expect(new URL(page.url()).hash).toBe('#2');
    await prev.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await counter(page)).toMatch(/^第 1 \//);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('prev');
    await page.close();
  });

  it('turns with a swipe of a finger, and scrolls a long slide instead of turning on an upward move', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(url());
    const cdp = await context.newCDPSession(page);
    const swipe = async (dx: number, dy: number) => {
      const at = (x: number, y: number) => [{ x, y, id: 1 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(200, 400) });
      for (let step = 1; step <= 5; step++)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: at(200 + (dx * step) / 5, 400 + (dy * step) / 5),
        });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const total = (await onScreen(page)).total;
    await swipe(-160, 10);
    await expect.poll(() => counter(page)).toBe(`第 2 / ${total} 页`);
    await swipe(-160, -5);
    await expect.poll(() => counter(page)).toBe(`第 3 / ${total} 页`);
    await swipe(160, 0);
    await expect.poll(() => counter(page)).toBe(`第 2 / ${total} 页`);
    await swipe(10, -200);
    expect(await counter(page)).toBe(`第 2 / ${total} 页`);
    await context.close();
  });

  it('goes full screen from its button, shows speaker notes on demand, and leads back to the lecture', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url());
    const full = page.getByRole('button', { name: '全屏' });
    await full.click();
    await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(true);
    await expect.poll(() => full.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(false);
    // Speaker notes (the lecture's 讲解提示 blockquotes) stay hidden until asked for.
    await page.getByRole('button', { name: '下一页' }).click();
    const note = page.locator('.slide.current blockquote').first();
    expect(await note.count()).toBe(1);
    expect(await note.isVisible()).toBe(false);
    await page.getByRole('button', { name: '讲解提示' }).click();
    expect(await note.isVisible()).toBe(true);
    await page.getByRole('link', { name: '返回讲稿' }).click();
    await page.waitForURL(`**/lectures/${lecture().id}/`);
    await page.close();
  });

  it('without JavaScript, shows every slide in turn down the page, each a screen high', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url());
    const heights = await page
      .locator('#deck > .slide')
      .evaluateAll((slides) => slides.map((s) => [s.checkVisibility(), s.getBoundingClientRect().height] as const));
    expect(heights.length).toBeGreaterThan(2);
    for (const [visible, height] of heights) {
      expect(visible).toBe(true);
      expect(height).toBeGreaterThanOrEqual(844 - 1);
    }
    expect(await page.getByRole('button', { name: '下一页' }).isVisible()).toBe(false);
    await context.close();
  });
});
