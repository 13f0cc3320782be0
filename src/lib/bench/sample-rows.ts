/** The benchmark's rows for the sample site: page weights and Lighthouse scores (pure). */
import type { LighthouseScores } from './lighthouse.ts';
import type { Row } from './report.ts';
import type { PageWeight } from './weight.ts';

export interface PageType {
  name: string;
  url: string;
}

/**
 * One page of each type on the sample site; `first(pattern, strip)` names
 * the first content file matching `pattern`, with `strip` taken out.
 */
export function pageTypes(first: (pattern: string, strip: RegExp) => string | undefined): PageType[] {
  return [
    { name: 'home page', url: '/' },
    { name: 'homes list', url: '/homes/' },
    { name: 'a home', url: `/homes/${first('homes/**/[^_]*.md', /^.*\/|\.md$/g)}/` },
    { name: 'a lesson', url: `/courses/${first('courses/*/[0-9]*.md', /^courses\/|\.md$/g)}/` },
    { name: 'a story', url: `/stories/${first('stories/[^_]*.md', /^stories\/|\.md$/g)}/` },
    { name: 'search', url: '/search/' },
  ];
}

const kb = (n: number) => (n / 1024).toFixed(1);

/** What a page transfers before images: compressed in the value, raw and by kind in the note. */
export function weightRow(p: PageType, w: PageWeight): Row {
  const part = (name: string, b: PageWeight['html']) => `${name} ${kb(b.raw)} (gz ${kb(b.gzip)}, br ${kb(b.brotli)})`;
  return {
    section: 'weight',
    item: `${p.name} ${p.url}`,
    value: `${kb(w.total.gzip)} KB gz / ${kb(w.total.brotli)} KB br`,
    note: `raw ${kb(w.total.raw)} KB: ${part('HTML', w.html)}, ${part('CSS', w.css)}, ${part('JS', w.js)}`,
  };
}

/** The sample site's search index: its size and files. */
export const indexRow = (bytes: number, files: number): Row => ({
  section: 'search',
  item: 'sample site: index',
  value: `${(bytes / 2 ** 20).toFixed(1)} MB`,
  note: `${files} files`,
});

export function lighthouseRows(scores: readonly LighthouseScores[]): Row[] {
  return scores.map((s) => ({
    section: 'lighthouse',
    item: `${s.name} ${s.url}`,
    value: Object.values(s.scores).join(' / '),
    note: `performance / accessibility / best practices / SEO; Lighthouse ${s.lighthouse}, mobile, simulated throttling`,
  }));
}

/** The Lighthouse row of a run without it: quick, or told not to. */
export const lighthouseSkippedRow = (quick: boolean): Row => ({
  section: 'lighthouse',
  item: 'run',
  value: 'skipped',
  note: quick ? '--quick (add --lighthouse to run it)' : '--no-lighthouse',
});
