/**
 * Web courses in the benchmark (issue 18; Node only): what saving the study
 * record costs in headless Chromium with 10 and 1,000 lessons stored, the
 * script a lesson page transfers before play, and Lighthouse's mobile
 * performance and largest paint on lesson pages.
 *   Targets: a save under 5 ms at 1,000 lessons; script before play at most
 *   50 KB compressed; Lighthouse performance 90 or more, largest paint under 2.5 s.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { fileUrl } from '../routes/files.ts';
import { APP_ID, PROGRESS_VERSION, STORAGE_KEY, lessonKey } from '../learning/progress-schema.ts';
import { launchChromium } from '../node/chromium.ts';
import { createStaticServer } from '../node/static-server.ts';
import { SECURITY_HEADERS } from '../security/headers.ts';
import type { Row } from './report.ts';
import { pageWeight } from './weight.ts';

export const SAVE_TARGET_MS = 5;
export const SCRIPT_TARGET_BYTES = 50 * 1024;
export const PERFORMANCE_TARGET = 90;
export const LCP_TARGET_MS = 2500;

/** Saves timed at each record size. */
const SAVES = 200;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'target met' : 'target missed');

/** A lesson page that plays MP4/WebM and one that offers HLS, where the site has them. */
export function lessonPages(siteDir: string): { name: string; url: string }[] {
  const pages = globSync('courses/*/*/index.html', { cwd: siteDir })
    .sort()
    .map((f) => ({
      url: fileUrl(f),
      hls: readFileSync(path.join(siteDir, f), 'utf8').includes('data-streaming="hls"'),
    }));
  const plain = pages.find((p) => !p.hls);
  const hls = pages.find((p) => p.hls);
  return [
    ...(plain ? [{ name: 'a lesson (MP4/WebM)', url: plain.url }] : []),
    ...(hls ? [{ name: 'a lesson (HLS)', url: hls.url }] : []),
  ];
}

/** The stored value of a lesson with a long watch history (about 3.5 KB). */
function storedLesson(i: number): string {
  const intervals = Array.from({ length: 140 }, (_, j) => [j * 10 + (i % 7) * 0.125, j * 10 + 5.5]);
  return JSON.stringify({
    intervals,
    lastPosition: 1400,
    completedAt: '2025-05-01',
    updatedAt: '2025-05-01T09:30:00+08:00',
  });
}

interface SaveTimes {
  lessons: number;
  storedChars: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** What serialising the whole record once costs at this size (what each save did before version 3). */
  wholeRecordMs: number;
}

/**
 * Times the lesson page's own save (its `zgzj:save` measure: read, merge and
 * write one lesson in the browser's localStorage) with `count` lessons
 * stored. Saves are triggered with the page-hide event the page saves on.
 */
async function timeSaves(
  page: import('playwright-core').Page,
  base: string,
  lessonUrl: string,
  count: number,
): Promise<SaveTimes> {
  const lessonId = lessonUrl.replace(/^\/courses\/|\/$/g, '');
  await page.goto(`${base}/`);
  const entries: Record<string, string> = {
    [STORAGE_KEY]: JSON.stringify({ app: APP_ID, version: PROGRESS_VERSION, settings: {} }),
  };
  for (let i = 0; i < count - 1; i++)
    entries[lessonKey(`bench-${String(i).padStart(4, '0')}/lesson`)] = storedLesson(i);
  entries[lessonKey(lessonId)] = storedLesson(count);
  const storedChars = await page.evaluate((e) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
    return Object.entries(e).reduce((n, [k, v]) => n + k.length + v.length, 0);
  }, entries);
  await page.goto(`${base}${lessonUrl}`);
  await page.waitForSelector('#lesson-play');
  return page
    .evaluate(
      ({ saves, count }) => {
        for (let i = 0; i < saves; i++) dispatchEvent(new Event('pagehide'));
        const ms = performance
          .getEntriesByName('zgzj:save')
          .map((e) => e.duration)
          .sort((a, b) => a - b);
        const whole: Record<string, unknown> = {};
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i)!;
          whole[key] = localStorage.getItem(key);
        }
        const t0 = performance.now();
        JSON.parse(JSON.stringify(whole));
        return {
          lessons: count,
          storedChars: 0,
          medianMs: ms[Math.floor(ms.length / 2)] ?? NaN,
          p95Ms: ms[Math.floor(ms.length * 0.95)] ?? NaN,
          maxMs: ms.at(-1) ?? NaN,
          wholeRecordMs: performance.now() - t0,
        };
      },
      { saves: SAVES, count },
    )
    .then((t) => ({ ...t, storedChars }));
}

/** The courses rows of the benchmark, measured on the built site in `siteDir`. */
export async function coursesFigures(siteDir: string, options: { lighthouse: boolean }): Promise<Row[]> {
  const rows: Row[] = [];
  const pages = lessonPages(siteDir);
  if (pages.length === 0) return [{ section: 'courses', item: 'lesson pages', value: 'none in the site' }];

  for (const p of pages) {
    const w = pageWeight(siteDir, p.url);
    rows.push({
      section: 'courses',
      item: `script before play, ${p.name} ${p.url}`,
      value: `${kb(w.js.gzip)} gz / ${kb(w.js.brotli)} br`,
      note: `${verdict(w.js.gzip <= SCRIPT_TARGET_BYTES)} (≤ ${kb(SCRIPT_TARGET_BYTES)}); raw ${kb(w.js.raw)}; video.js loads on the play press`,
    });
  }

  const server = createStaticServer(siteDir, SECURITY_HEADERS);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    for (const count of [10, 1000]) {
      const t = await timeSaves(page, base, pages[0]!.url, count);
      rows.push({
        section: 'courses',
        item: `save, ${count.toLocaleString('en')} lessons stored`,
        value: `${t.medianMs.toFixed(2)} ms median`,
        note: `p95 ${t.p95Ms.toFixed(2)} ms, max ${t.maxMs.toFixed(2)} ms over ${SAVES} saves in Chromium; ${(t.storedChars / 1e6).toFixed(2)} M characters stored; ${count === 1000 ? `${verdict(t.p95Ms < SAVE_TARGET_MS)} (< ${SAVE_TARGET_MS} ms); ` : ''}serialising the whole record once: ${t.wholeRecordMs.toFixed(1)} ms`,
      });
    }
  } finally {
    await browser.close();
    server.close();
  }

  if (options.lighthouse) {
    const { lighthouseScores } = await import('./lighthouse.ts');
    for (const s of await lighthouseScores(siteDir, pages)) {
      const perf = s.scores.performance;
      const lcp = s.lcpMs;
      rows.push({
        section: 'courses',
        item: `lighthouse, ${s.name} ${s.url}`,
        value: `performance ${perf ?? '—'}, largest paint ${lcp === null ? '—' : `${(lcp / 1000).toFixed(2)} s`}`,
        note: `${verdict((perf ?? 0) >= PERFORMANCE_TARGET && lcp !== null && lcp < LCP_TARGET_MS)} (≥ ${PERFORMANCE_TARGET}, < ${LCP_TARGET_MS / 1000} s); mobile, simulated throttling, Lighthouse ${s.lighthouse}`,
      });
    }
  }
  return rows;
}
