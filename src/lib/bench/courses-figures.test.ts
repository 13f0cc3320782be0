import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lessonPages } from './courses-figures.ts';

const site = mkdtempSync(path.join(os.tmpdir(), 'courses-figures-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function page(url: string, html: string) {
  mkdirSync(path.join(site, url), { recursive: true });
  writeFileSync(path.join(site, url, 'index.html'), html);
}

describe('lessonPages', () => {
  it('picks one MP4/WebM lesson and one HLS lesson, in order', () => {
    page('courses/b/02', '<div id="lesson-player" data-streaming="plain">');
    page('courses/b/01', '<div id="lesson-player" data-streaming="hls">');
    page('courses/a/01', '<div id="lesson-player" data-streaming="plain">');
    page('courses/a', '<h1>a course</h1>');
    expect(lessonPages(site)).toEqual([
      { name: 'a lesson (MP4/WebM)', url: '/courses/a/01/' },
      { name: 'a lesson (HLS)', url: '/courses/b/01/' },
    ]);
  });
});
