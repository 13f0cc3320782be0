import { describe, expect, it } from 'vitest';
import { lighthouseRows, lighthouseSkippedRow, pageTypes, weightRow } from './sample-rows.ts';

describe('sample site rows', () => {
  it('names one page of each type from the first content file of its kind', () => {
    const files: Record<string, string> = {
      'homes/**/[^_]*.md': 'homes/jinan/jinan-steel.md',
      'courses/*/[0-9]*.md': 'courses/safety/01-intro.md',
      'stories/[^_]*.md': 'stories/a-story.md',
    };
    const urls = pageTypes((pattern, strip) => files[pattern]?.replace(strip, '')).map((p) => p.url);
    expect(urls).toEqual([
      '/',
      '/homes/',
      '/homes/jinan-steel/',
      '/courses/safety/01-intro/',
      '/stories/a-story/',
      '/search/',
    ]);
  });

  it('gives a page weight compressed in the value and by kind in the note', () => {
    const b = (raw: number) => ({ raw, gzip: raw / 4, brotli: raw / 5 });
    const row = weightRow(
      { name: 'home page', url: '/' },
      { url: '/', html: b(10240), css: b(2048), js: b(0), total: b(12288) },
    );
    expect(row).toEqual({
      section: 'weight',
      item: 'home page /',
      value: '3.0 KB gz / 2.4 KB br',
      note: 'raw 12.0 KB: HTML 10.0 (gz 2.5, br 2.0), CSS 2.0 (gz 0.5, br 0.4), JS 0.0 (gz 0.0, br 0.0)',
    });
  });

  it("lists Lighthouse's four scores in order, and says why it was skipped", () => {
    const scores = { performance: 98, accessibility: 100, 'best-practices': 96, seo: null };
    const [row] = lighthouseRows([{ name: 'search', url: '/search/', scores, lcpMs: 900, lighthouse: '12.8.2' }]);
    expect(row).toMatchObject({ item: 'search /search/', value: '98 / 100 / 96 / ' });
    expect(lighthouseSkippedRow(true).note).toBe('--quick (add --lighthouse to run it)');
    expect(lighthouseSkippedRow(false).note).toBe('--no-lighthouse');
  });
});
