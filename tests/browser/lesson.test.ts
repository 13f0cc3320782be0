import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KEY } from '../../src/lib/learning/progress-schema.ts';
import { DEFAULT_RULES, lessonCredit } from '../../src/lib/learning/study-hours.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { frontmatters } from '../helpers/content.ts';

// A lesson without a quiz, and one with, from the sample content.
const lessons = frontmatters('courses').filter((l) => !l.file.endsWith('index.md'));
const plain = lessons.find((l) => !l.data['quiz'])!;
const quizzed = lessons.find((l) => Array.isArray(l.data['quiz']))!;
const url = (l: { file: string }) => `${inject('baseUrl')}/courses/${l.file.replace(/\.mdx?$/, '')}/`;
const duration = Number(plain.data['duration']);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(context: BrowserContext, address: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(address);
  await page.waitForSelector('#lesson-video.vjs-paused, #lesson-video.vjs-has-started', { timeout: 15_000 });
  return page;
}
const video = (page: Page) => page.locator('#lesson-video video');
const play = (page: Page, rate = 1) =>
  video(page).evaluate(async (v: HTMLVideoElement, r) => {
    v.muted = true;
    v.playbackRate = r;
    await v.play();
  }, rate);
const until = (page: Page, seconds: number) =>
  page.waitForFunction(
    (s) => (document.querySelector('#lesson-video video') as HTMLVideoElement).currentTime >= s,
    seconds,
    {
      timeout: 60_000,
    },
  );
const status = (page: Page) => page.locator('#lesson-status').innerText();
const watchedPercent = async (page: Page) => Number(/已观看 (\d+)%/.exec(await status(page))?.[1] ?? 'NaN');

describe('a lesson in Chromium', () => {
  it('plays with captions shown in Chinese', async () => {
    const context = await browser.newContext();
    const page = await open(context, url(plain));
    await play(page);
    await until(page, 3);
    await expect
      .poll(() => page.locator('.vjs-text-track-display').innerText(), { timeout: 10_000 })
      .toMatch(/[\u4e00-\u9fff]/);
    expect(await page.locator('.vjs-control-bar [title="播放速度"], .vjs-playback-rate').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('does not count time skipped by seeking ahead, and resumes at the right second after a reload', async () => {
    const context = await browser.newContext();
    const page = await open(context, url(plain));
    await play(page);
    await until(page, 2);
    await video(page).evaluate((v: HTMLVideoElement, to) => (v.currentTime = to), duration - 6);
    await until(page, duration - 4);
    await video(page).evaluate((v: HTMLVideoElement) => v.pause());
    const stoppedAt = await video(page).evaluate((v: HTMLVideoElement) => v.currentTime);
    await expect.poll(() => watchedPercent(page)).toBeLessThan(50);
    expect(await watchedPercent(page)).toBeGreaterThan(5);

    await page.reload();
    await page.waitForSelector('#lesson-video.vjs-paused');
    await expect
      .poll(() => video(page).evaluate((v: HTMLVideoElement) => v.currentTime))
      .toBeGreaterThan(stoppedAt - 1.01);
    expect(await video(page).evaluate((v: HTMLVideoElement) => v.currentTime)).toBeLessThan(stoppedAt + 0.01);
    expect(await status(page)).toContain('已从上次观看的');
    await context.close();
  });

  it('completes a lesson watched to the end and adds its hours to the record page', async () => {
    const context = await browser.newContext();
    const record = await context.newPage();
    await record.goto(`${inject('baseUrl')}/courses/record/`);
    const hours = async () => Number(await record.locator('#record-hours').innerText());
    const before = await hours();

    const page = await open(context, url(plain));
    await play(page, 4);
    await page.waitForFunction(() => (document.querySelector('#lesson-video video') as HTMLVideoElement).ended, null, {
      timeout: 60_000,
    });
    await expect.poll(() => status(page)).toContain('本课时已完成');

    await record.reload();
    expect(await hours()).toBeCloseTo(before + lessonCredit({ duration }, DEFAULT_RULES), 5);
    expect(await record.locator('#record-lessons').innerText()).toContain(String(plain.data['title']));
    await context.close();
  });

  it('checks the quiz in the browser', async () => {
    const context = await browser.newContext();
    const page = await open(context, url(quizzed));
    const sets = page.locator('#quiz-form fieldset');
    for (let i = 0; i < (await sets.count()); i++) {
      const answer = await sets.nth(i).getAttribute('data-answer');
      await sets.nth(i).locator(`input[value="${answer}"]`).check();
    }
    await page.getByRole('button', { name: '提交答案' }).click();
    await expect.poll(() => page.locator('#quiz-result').innerText()).toContain('测验通过');
    const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(JSON.parse(stored ?? '{}').lessons).toBeDefined();
    await context.close();
  });

  it('keeps working with corrupt progress data, and the record page says what was reset', async () => {
    const context = await browser.newContext();
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"app": "zgzj-learning", "version": 2, "lessons": {not json');
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${inject('baseUrl')}/courses/record/`);
    await expect.poll(() => page.locator('#record-notice').innerText()).toMatch(/重置|损坏|无法读取/);
    expect(await page.locator('#record-hours').innerText()).toBe('0');
    await page.goto(url(plain));
    await page.waitForSelector('#lesson-video.vjs-paused');
    expect(errors).toEqual([]);
    await context.close();
  });
});
