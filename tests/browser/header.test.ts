import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { t } from '../../src/lib/i18n/zh-CN.ts';
import { NAV } from '../../src/lib/nav.ts';
import { MODE_KEY } from '../../src/lib/ui/mode-script.ts';
import { launchChromium } from '../helpers/chromium.ts';

// The site header on a phone and on a desktop: short, with the search field
// on screen, and a menu that opens without JavaScript.

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
});
