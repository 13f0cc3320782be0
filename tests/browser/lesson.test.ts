import { describe, expect, it } from 'vitest';
import { APP_ID, STORAGE_KEY, lessonKey } from '../../src/lib/learning/progress-schema.ts';
import { DEFAULT_RULES, lessonCredit } from '../../src/lib/learning/study-hours.ts';
import { chromiumForFile } from '../helpers/chromium.ts';
import {
  WAIT,
  openLesson,
  passQuiz,
  pause,
  plain,
  playAt,
  playLesson,
  pressPlay,
  quizzed,
  recordHours,
  recordUrl,
  status,
  until,
  video,
  watchToEnd,
} from '../helpers/lessons.ts';

const browser = await chromiumForFile();

const watchedPercent = async (page: Parameters<typeof status>[0]) =>
  Number(/已观看 (\d+)%/.exec(await status(page))?.[1] ?? 'NaN');
const currentTime = (page: Parameters<typeof status>[0]) =>
  video(page).evaluate((v: HTMLVideoElement) => v.currentTime);

describe('a lesson in Chromium', () => {
  it('plays with captions shown in Chinese once the learner presses play', async () => {
    const context = await browser.newContext();
    const page = await openLesson(context, plain);
    expect(await page.locator('#lesson-video').count()).toBe(0);
    await pressPlay(page);
    await until(page, 3);
    await expect
      .poll(() => page.locator('.vjs-text-track-display').innerText(), { timeout: 10_000 })
      .toMatch(/[\u4e00-\u9fff]/);
    expect(await page.locator('.vjs-control-bar .vjs-playback-rate').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('does not count time skipped by seeking ahead, and resumes at the right second after a reload', async () => {
    const context = await browser.newContext();
    const page = await playLesson(context, plain, 2);
    await video(page).evaluate((v: HTMLVideoElement, to) => (v.currentTime = to), plain.duration - 6);
    await until(page, plain.duration - 4);
    await pause(page);
    const stoppedAt = await currentTime(page);
    await expect.poll(() => watchedPercent(page), WAIT).toBeLessThan(50);
    expect(await watchedPercent(page)).toBeGreaterThan(5);

    await page.reload();
    const clock = `${Math.floor(stoppedAt / 60)}:${String(Math.floor(stoppedAt % 60)).padStart(2, '0')}`;
    expect(await status(page)).toContain(`上次看到 ${clock}`);
    expect(await page.locator('#lesson-play').innerText()).toContain(`从 ${clock} 继续播放`);
    await pressPlay(page);
    await expect.poll(() => currentTime(page), WAIT).toBeGreaterThan(stoppedAt - 1.01);
    expect(await status(page)).toContain(`已从上次观看的 ${clock} 处继续`);
    await context.close();
  });

  it('completes a lesson watched to the end, adds its hours to the record page, and drops the resume notice', async () => {
    const context = await browser.newContext();
    const record = await context.newPage();
    await record.goto(recordUrl());
    const before = await recordHours(record);

    const page = await openLesson(context, plain);
    await pressPlay(page);
    await watchToEnd(page);
    await expect.poll(() => status(page), WAIT).toContain('本课时已完成');
    // The record page, open in another tab, learns of it without a reload.
    await expect.poll(() => recordHours(record), WAIT).toBeCloseTo(before + lessonCredit(plain, DEFAULT_RULES), 5);
    expect(await record.locator('#record-lessons').innerText()).toContain(plain.title);

    // Stopped half-way through a second viewing: the lesson stays complete and offers no resume point.
    const half = Math.round(plain.duration / 2);
    await video(page).evaluate((v: HTMLVideoElement, to) => (v.currentTime = to), half);
    await playAt(page, 1);
    await until(page, half + 1);
    await pause(page);
    await expect
      .poll(
        () => page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).lastPosition, lessonKey(plain.id)),
        WAIT,
      )
      .toBeGreaterThan(half);
    await page.reload();
    expect(await status(page)).toContain('本课时已完成');
    expect(await status(page)).not.toMatch(/上次看到|继续/);
    expect(await page.locator('#lesson-play').innerText()).toBe('播放视频');
    await context.close();
  });

  it('jumps to a chapter from the chapter list, loading the player on the way', async () => {
    const context = await browser.newContext();
    const page = await openLesson(context, plain);
    const chapter = page.locator('#chapter-list a[data-time]').nth(2);
    const time = Number(await chapter.getAttribute('data-time'));
    expect(time).toBeGreaterThan(0);
    await chapter.click();
    await page.waitForSelector('#lesson-video.vjs-has-started', { timeout: 20_000 });
    expect(page.url()).toBe(plain.url());
    await expect.poll(() => currentTime(page), WAIT).toBeGreaterThanOrEqual(time);
    expect(await currentTime(page)).toBeLessThan(time + 5);
    expect(await page.locator('.chapter-marker').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('checks the quiz in the browser and keeps the result in the record, a pass over a failure', async () => {
    const context = await browser.newContext();
    const page = await openLesson(context, quizzed);
    const stored = async () => {
      const text = await page.evaluate((key) => localStorage.getItem(key), lessonKey(quizzed.id));
      return (JSON.parse(text ?? '{}') as { quiz?: { passed: boolean; score: number } }).quiz;
    };
    await passQuiz(page, false);
    await expect.poll(() => page.locator('#quiz-result').innerText(), WAIT).toContain('未通过');
    await expect.poll(stored, WAIT).toMatchObject({ passed: false, score: 0 });
    await expect.poll(() => status(page), WAIT).toContain('还需通过测验');
    await passQuiz(page);
    await expect.poll(() => page.locator('#quiz-result').innerText(), WAIT).toContain('测验通过');
    await expect.poll(stored, WAIT).toMatchObject({ passed: true, score: 1 });
    // Read back from the record: a fresh load of the page knows the quiz is passed.
    await page.reload();
    await expect.poll(() => status(page), WAIT).toContain('测验已通过');
    await context.close();
  });

  it('plays on with a damaged record, and the record page says what was kept aside', async () => {
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
    await page.goto(recordUrl());
    await expect.poll(() => page.locator('#record-notice').innerText(), WAIT).toContain('已损坏');
    expect(await page.locator('#record-notice').innerText()).not.toContain('不是本站');
    expect(await page.locator('#record-hours').innerText()).toBe('0');
    expect(await page.locator('#record-backups').isVisible()).toBe(true);
    await page.goto(plain.url());
    await pressPlay(page);
    await playAt(page, 2);
    await until(page, 2);
    await pause(page);
    const head = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(JSON.parse(head ?? '{}')).toMatchObject({ app: APP_ID, version: 3 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
