import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/lib/node/chromium.ts';
import { WAIT, openLesson, plain, pressPlay, streaming, type Lesson } from '../helpers/lessons.ts';

/** Script a lesson page may transfer before the learner presses play (issue 18): 50 KB compressed. */
const SCRIPT_BUDGET = 50 * 1024;
const MEDIA = /\.(mp4|webm|m3u8|ts|m4s|vtt)(\?|#|$)/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Every response of the page from now on, with the bytes it transferred compressed. */
function recordResponses(page: Page) {
  const seen: { url: string; type: string; bytes: Promise<number>; body: Promise<string> }[] = [];
  page.on('response', (response: Response) => {
    const body = response.body().catch(() => Buffer.alloc(0));
    const encoded = response.headers()['content-encoding'];
    seen.push({
      url: new URL(response.url()).pathname,
      type: response.request().resourceType(),
      // What went over the wire when the server compressed (on the fly it sends no length: Chromium's
      // count of the body's bytes); otherwise what gzip would make of it.
      bytes: body.then(async (b) => {
        const sent = encoded ? (await response.request().sizes()).responseBodySize : 0;
        return sent > 0 ? sent : gzipSync(b).length;
      }),
      body: body.then((b) => (response.request().resourceType() === 'script' ? b.toString('utf8') : '')),
    });
  });
  return seen;
}

describe('a light lesson page', () => {
  it.each([
    ['an MP4/WebM lesson', plain],
    ['an HLS lesson', streaming],
  ] as [string, Lesson][])(
    '%s shows poster, title, chapters and transcript at once, within the script budget, with no media before play',
    async (_name, lesson) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const responses = recordResponses(page);
      await page.goto(lesson.url(), { waitUntil: 'networkidle' });

      expect(await page.locator('h1').innerText()).toContain(lesson.title);
      expect(
        await page.locator('#lesson-player img.poster').evaluate((img: HTMLImageElement) => img.naturalWidth),
      ).toBeGreaterThan(0);
      expect(await page.locator('#chapter-list a').count()).toBeGreaterThan(1);
      expect(await page.locator('.transcript li').count()).toBeGreaterThan(1);
      expect(await page.locator('#lesson-play').isVisible()).toBe(true);

      const before = [...responses];
      const scripts = before.filter((r) => r.type === 'script');
      const bytes = (await Promise.all(scripts.map((r) => r.bytes))).reduce((a, b) => a + b, 0);
      expect(scripts.length).toBeGreaterThan(0);
      expect(bytes, scripts.map((s) => s.url).join(', ')).toBeLessThanOrEqual(SCRIPT_BUDGET);
      for (const s of scripts) expect(await s.body, s.url).not.toMatch(/vjs-control-bar|VhsHandler/);
      expect(before.filter((r) => MEDIA.test(r.url)).map((r) => r.url)).toEqual([]);

      // Hovering the play button may fetch the player, but still no media.
      await page.locator('#lesson-play').hover();
      await page.waitForLoadState('networkidle');
      expect(responses.filter((r) => MEDIA.test(r.url)).map((r) => r.url)).toEqual([]);

      await pressPlay(page);
      await page.waitForLoadState('networkidle');
      const after = responses.filter((r) => MEDIA.test(r.url) && !r.url.endsWith('.vtt')).map((r) => r.url);
      expect(after.length).toBeGreaterThan(0);
      // Each segment once: the first segment of an HLS lesson used to come twice.
      if (lesson.streaming) {
        expect(after.some((u) => u.endsWith('.ts'))).toBe(true);
        expect(after).toEqual([...new Set(after)]);
      }
      const vhs = (await Promise.all(responses.filter((r) => r.type === 'script').map((r) => r.body))).some((b) =>
        b.includes('VhsHandler'),
      );
      // The streaming engine comes only with a lesson that offers HLS.
      expect(vhs).toBe(lesson.streaming);
      await context.close();
    },
  );
});

describe('a lesson page without JavaScript', () => {
  it('plays its video in the browser’s own player, with captions, and offers no button that would do nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(plain.url());
    const native = page.locator('#lesson-video');
    expect(await native.isVisible()).toBe(true);
    expect(await native.getAttribute('controls')).not.toBeNull();
    expect(await native.locator('source').count()).toBeGreaterThan(0);
    expect(await native.locator('track[kind="captions"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#lesson-play').isVisible()).toBe(false);
    await context.close();
  });
});

/** Text and labels a person can meet in the player: text nodes and the attributes read aloud or shown as tooltips. */
function playerTexts(page: Page) {
  return page.locator('#lesson-video').evaluate((root) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.trim()) out.push(n.textContent.trim());
    for (const el of [root, ...root.querySelectorAll('*')])
      for (const name of [
        'title',
        'aria-label',
        'aria-valuetext',
        'aria-roledescription',
        'placeholder',
        'alt',
        'label',
      ])
        if (el.getAttribute(name)) out.push(`${name}=${el.getAttribute(name)}`);
    return out;
  });
}

describe('the player in Chinese', () => {
  it.each([
    ['core build', plain],
    ['streaming build', streaming],
  ] as [string, Lesson][])('has no English in its interface or labels (%s)', async (_name, lesson) => {
    const context = await browser.newContext();
    const page = await openLesson(context, lesson);
    await pressPlay(page);
    // Open what opens: the speed and caption menus and the caption settings dialog.
    for (const selector of ['.vjs-playback-rate', '.vjs-subs-caps-button']) {
      await page.locator(`${selector} > button`).first().click();
    }
    await page.locator('.vjs-texttrack-settings').first().click();
    await expect.poll(() => page.locator('.vjs-text-track-settings').isVisible(), WAIT).toBe(true);
    const texts = await playerTexts(page);
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.join('\n')).toMatch(/播放|暂停/);
    const english = texts.filter((t) => /[A-Za-z]{2,}/.test(t.replace(/^[\w-]+=/, '')));
    expect(english).toEqual([]);
    await context.close();
  });
});
