import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { frontmatters } from '../helpers/content.ts';
import { page, siteDir } from '../helpers/site.ts';

/** Bytes a page transfers before images: its HTML, stylesheets and scripts, gzip-compressed. */
function weight(url: string): { html: number; css: number; js: number; scripts: string[] } {
  const html = page(url);
  const assets = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!).filter((href) => href.startsWith('/'));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = [...assets(/<script[^>]+src="([^"]+)"/g), ...assets(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
  const size = (files: string[]) =>
    files.reduce((n, f) => n + gzipSync(readFileSync(path.join(siteDir(), f))).length, 0);
  // Module scripts import their chunks: count those too.
  const chunks = new Set(js);
  for (const file of [...chunks]) {
    for (const m of readFileSync(path.join(siteDir(), file), 'utf8').matchAll(
      /from"\.\/([^"]+\.js)"|import"\.\/([^"]+\.js)"/g,
    )) {
      chunks.add(path.posix.join(path.posix.dirname(file), m[1] ?? m[2]!));
    }
  }
  return { html: gzipSync(html).length, css: size(css), js: size([...chunks]), scripts: [...chunks] };
}

// Budgets per page type (compressed bytes): HTML+CSS, and JavaScript shipped.
const BUDGETS: { type: string; url: () => string; htmlCss: number; js: number }[] = [
  { type: 'home page', url: () => '/', htmlCss: 40_000, js: 0 },
  { type: 'homes list', url: () => '/homes/', htmlCss: 60_000, js: 12_000 },
  { type: 'a home', url: () => '/homes/jinan-steel-works/', htmlCss: 40_000, js: 0 },
  { type: 'a story', url: () => `/stories/${frontmatters('stories')[0]!.id}/`, htmlCss: 40_000, js: 0 },
  { type: 'a policy', url: () => '/policy/ten-opinions/', htmlCss: 40_000, js: 0 },
  {
    type: 'a lesson',
    url: () =>
      `/courses/${frontmatters('courses')
        .find((l) => !l.file.endsWith('index.md'))!
        .file.replace(/\.md$/, '')}/`,
    htmlCss: 40_000,
    // Before play (issue 18): video.js loads when the learner presses play.
    js: 50 * 1024,
  },
];

describe('page budgets', () => {
  it.each(BUDGETS)('$type stays within its budget', ({ url, htmlCss, js }) => {
    const w = weight(url());
    expect(w.html + w.css).toBeLessThanOrEqual(htmlCss);
    expect(w.js).toBeLessThanOrEqual(js);
  });

  it('a home page transfers under 100 KB before images and ships no JavaScript', () => {
    const w = weight('/homes/jinan-steel-works/');
    expect(w.html + w.css + w.js).toBeLessThan(100_000);
    expect(w.scripts).toEqual([]);
  });

  it('ships video.js on no page before play, and lesson pages load it on demand', () => {
    const lesson = BUDGETS.find((b) => b.type === 'a lesson')!.url();
    const read = (f: string) => readFileSync(path.join(siteDir(), f), 'utf8');
    const hasVideoJs = (url: string) => weight(url).scripts.some((f) => /vjs-control-bar|VhsHandler/.test(read(f)));
    for (const b of BUDGETS) expect(hasVideoJs(b.url()), b.type).toBe(false);
    const onDemand = weight(lesson).scripts.flatMap((f) =>
      [...read(f).matchAll(/import\(`\.\/([^`]+\.js)`\)/g)].map((m) => path.posix.join('/_astro', m[1]!)),
    );
    expect(onDemand.some((f) => read(f).includes('vjs-control-bar'))).toBe(true);
  });
});
