import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { frontmatters } from './content.ts';

/**
 * How long expect.poll waits for what a page's script shows: on a machine
 * shared by many jobs a page's island can take seconds to start.
 */
export const WAIT = { timeout: 15_000 } as const;

/** The sample lessons with their front matter and URL. */
export const lessons = frontmatters('courses')
  .filter((l) => !l.file.endsWith('index.md'))
  .map((l) => {
    const id = l.file.replace(/\.mdx?$/, '');
    const videos = l.data['videos'] as { type: string }[];
    return {
      ...l,
      id,
      title: String(l.data['title']),
      duration: Number(l.data['duration']),
      quiz: Array.isArray(l.data['quiz']),
      streaming: videos.some((v) => v.type === 'application/x-mpegURL'),
      url: () => `${inject('baseUrl')}/courses/${id}/`,
    };
  });
export type Lesson = (typeof lessons)[number];
/** Plain MP4/WebM lessons without and with a quiz, and the lesson that offers HLS. */
export const plain = lessons.find((l) => !l.quiz && !l.streaming)!;
export const quizzed = lessons.find((l) => l.quiz && !l.streaming)!;
export const streaming = lessons.find((l) => l.streaming)!;
export const recordUrl = () => `${inject('baseUrl')}/courses/record/`;

/** Opens a lesson page; the player is not loaded yet. */
export async function openLesson(context: BrowserContext, lesson: Lesson): Promise<Page> {
  const page = await context.newPage();
  await page.goto(lesson.url());
  await page.waitForSelector('#lesson-play');
  return page;
}

/** Presses the play button as a learner would and waits for video.js to be playing. */
export async function pressPlay(page: Page): Promise<void> {
  await page.locator('#lesson-play').click();
  await page.waitForSelector('#lesson-video.vjs-has-started', { timeout: 20_000 });
  await video(page).evaluate((v: HTMLVideoElement) => (v.muted = true));
}

export const video = (page: Page) => page.locator('#lesson-video video');

/**
 * Plays on at `rate`. Only steps of at most 3 s of video between two player
 * ticks count as watched, and a loaded machine fires ticks late: keep it low.
 */
export const playAt = (page: Page, rate: number) =>
  video(page).evaluate(async (v: HTMLVideoElement, r) => {
    v.muted = true;
    v.playbackRate = r;
    await v.play();
  }, rate);

export const until = (page: Page, seconds: number) =>
  page.waitForFunction(
    (s) => (document.querySelector('#lesson-video video') as HTMLVideoElement).currentTime >= s,
    seconds,
    { timeout: 60_000 },
  );

/** Opens a lesson, presses play and waits until `seconds` of it have played. */
export async function playLesson(context: BrowserContext, lesson: Lesson, seconds: number): Promise<Page> {
  const page = await openLesson(context, lesson);
  await pressPlay(page);
  await until(page, seconds);
  return page;
}

export const pause = (page: Page) => video(page).evaluate((v: HTMLVideoElement) => v.pause());

export const status = (page: Page) => page.locator('#lesson-status').innerText();

/** Answers every question of the quiz right (or every one wrong) and submits it. */
export async function passQuiz(page: Page, right = true): Promise<void> {
  const sets = page.locator('#quiz-form fieldset');
  for (let i = 0; i < (await sets.count()); i++) {
    const answer = await sets.nth(i).getAttribute('data-answer');
    const choice = right ? `input[value="${answer}"]` : `input:not([value="${answer}"])`;
    await sets.nth(i).locator(choice).first().check();
  }
  await page.getByRole('button', { name: '提交答案' }).click();
}

/** Plays the lesson to its end at 4x. */
export async function watchToEnd(page: Page): Promise<void> {
  await playAt(page, 4);
  await page.waitForFunction(() => (document.querySelector('#lesson-video video') as HTMLVideoElement).ended, null, {
    timeout: 60_000,
  });
}

/** The hours the record page shows for the year. */
export const recordHours = async (page: Page) => Number(await page.locator('#record-hours').innerText());
