import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/lib/node/chromium.ts';
import { frontmatters } from '../helpers/content.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const base = () => inject('baseUrl');

describe('pages in Chromium', () => {
  it('render correct Chinese text and load no script file', async () => {
    const story = frontmatters('stories')[0]!;
    const home = frontmatters('homes').find((h) => h.id === 'jinan-steel-works')!;
    const cases = [
      { url: '/', heading: '把工会建成职工信赖的“职工之家”' },
      { url: '/homes/jinan-steel-works/', heading: String(home.data['title']) },
      { url: `/stories/${story.id}/`, heading: String(story.data['title']) },
    ];
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    for (const c of cases) {
      await page.goto(base() + c.url);
      await expect.poll(() => page.locator('h1').first().innerText()).toContain(c.heading);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    }
    expect(scripts).toEqual([]);
    await page.close();
  });

  it('remembers the elderly-friendly mode across pages', async () => {
    const page = await browser.newPage();
    await page.goto(`${base()}/`);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await size();
    await page.getByRole('button', { name: '适老模式' }).click();
    expect(await size()).toBeGreaterThanOrEqual(normal * 1.3);
    await page.goto(`${base()}/homes/`);
    expect(await size()).toBeGreaterThanOrEqual(normal * 1.3);
    await expect.poll(() => page.getByRole('button', { name: '适老模式' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });
});
