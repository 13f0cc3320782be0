import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile } from '../helpers/chromium.ts';
import { frontmatters } from '../helpers/content.ts';

const browser = await chromiumForFile();
const page = await browser.newPage();

const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim(),
      label: el?.getAttribute('aria-label') ?? '',
    };
  });

describe('keyboard only', () => {
  it('reaches the skip link first and lands in the main content', async () => {
    await page.goto(`${inject('baseUrl')}/homes/`);
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('main');
  });

  it('walks the header: display mode, search box, search button, then the sections', async () => {
    await page.goto(`${inject('baseUrl')}/`);
    const stops: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      stops.push(f.id || f.text);
    }
    expect(stops).toEqual([
      '跳到主要内容',
      expect.stringContaining('职工之家网'),
      'mode-switch',
      'header-q',
      '搜索',
      '首页',
      '职工之家',
    ]);
    await page.focus('#header-q');
    await page.keyboard.type('职工书屋');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('职工书屋');
  });

  it("walks a home's gallery photo by photo and opens one full size", async () => {
    // A page of its own, so the image it opens cannot disturb the next test.
    const page = await browser.newPage();
    const home = frontmatters('homes').find((h) => ((h.data['photos'] as unknown[] | undefined)?.length ?? 0) > 1)!;
    const alts = (home.data['photos'] as { alt: string }[]).map((p) => p.alt);
    await page.goto(`${inject('baseUrl')}/homes/${home.id}/`);
    // Tab from the top until focus enters the gallery, then through it.
    const inGallery = () => page.evaluate(() => !!document.activeElement?.closest('.gallery'));
    for (let i = 0; i < 80 && !(await inGallery()); i++) await page.keyboard.press('Tab');
    let stops = 0;
    while (await inGallery()) {
      stops++;
      await page.keyboard.press('Tab');
    }
    expect(stops).toBe(alts.length);
    // Each stop is named by its photo's alt text.
    const labels = await page
      .locator('.gallery a')
      .evaluateAll((as) => as.map((a) => a.querySelector('img')?.alt ?? ''));
    expect(labels).toEqual(alts);
    // Back to the last photo; Enter opens its full-size image.
    await page.keyboard.press('Shift+Tab');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().isNavigationRequest()),
      page.keyboard.press('Enter'),
    ]);
    await page.waitForLoadState();
    expect(new URL(response.url()).pathname).toBe(href);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toBe('image/webp');
    await page.close();
  });

  it('drives the presentation mode with the arrow keys, Home and End', async () => {
    const lecture = frontmatters('lectures')[0]!;
    await page.goto(`${inject('baseUrl')}/lectures/${lecture.id}/present/`);
    const counter = () => page.locator('#counter').innerText();
    expect(await counter()).toMatch(/^第 1 \/ \d+ 页$/);
    const total = Number(/\/ (\d+) 页/.exec(await counter())![1]);
    expect(total).toBeGreaterThan(2);
    await page.keyboard.press('ArrowRight');
    expect(await counter()).toBe(`第 2 / ${total} 页`);
    await page.keyboard.press('End');
    expect(await counter()).toBe(`第 ${total} / ${total} 页`);
    await page.keyboard.press('ArrowLeft');
    expect(await counter()).toBe(`第 ${total - 1} / ${total} 页`);
    await page.keyboard.press('Home');
    expect(await counter()).toBe(`第 1 / ${total} 页`);
    expect(await page.locator('.slide.current h1, .slide.current h2').first().isVisible()).toBe(true);
  });

  it('plays, seeks and toggles captions in the video player', async () => {
    const lesson = frontmatters('courses').find((l) => !l.file.endsWith('index.md'))!;
    await page.goto(`${inject('baseUrl')}/courses/${lesson.file.replace(/\.mdx?$/, '')}/`);
    // Tab to the play button, as a keyboard user would; Enter loads the player, starts it and moves focus into it.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'lesson-play')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lesson-play');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#lesson-video.vjs-has-started', { timeout: 20_000 });
    const video = page.locator('#lesson-video video');
    await video.evaluate((v: HTMLVideoElement) => (v.muted = true));
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused)).toBe(true);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#lesson-video')))).toBe(true);
    await page.keyboard.press('k');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
    const before = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime))
      .toBeGreaterThanOrEqual(before + 4.9);
    await page.keyboard.press(' ');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused)).toBe(true);
    await page.keyboard.press('k');
    const selectedCaptions = () =>
      page.locator('.vjs-subs-caps-button .vjs-menu-item.vjs-selected .vjs-menu-item-text').first().innerText();
    expect(await selectedCaptions()).toContain('中文字幕');
    await page.keyboard.press('c');
    await expect.poll(selectedCaptions).not.toContain('中文字幕');
    await page.keyboard.press('c');
    await expect.poll(selectedCaptions).toContain('中文字幕');
  });
});
