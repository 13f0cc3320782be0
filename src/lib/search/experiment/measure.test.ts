import { describe, expect, it } from 'vitest';
import { scoreQueries, summarise } from './measure.ts';
import { generatePages, pageHtml } from './pages.ts';
import { DOMAIN_QUERIES } from './queries.ts';

const page = (url: string, text: string) => ({ url, title: text, paragraphs: [text], city: undefined, text });

describe('the search experiment', () => {
  it('generates the same pages for a seed, with domain words inside sentences', () => {
    expect(generatePages(30)).toEqual(generatePages(30));
    expect(generatePages(30, 1)).not.toEqual(generatePages(30));
    const text = generatePages(200)
      .map((p) => p.text)
      .join('');
    expect(DOMAIN_QUERIES.filter((q) => text.includes(q)).length).toBeGreaterThan(DOMAIN_QUERIES.length / 2);
    expect(pageHtml(generatePages(1)[0]!)).toContain('<main data-pagefind-body><h1>');
  });

  it('scores recall and P@N against the pages whose text contains the query', () => {
    const pages = [page('/a/', '职工书屋开放'), page('/b/', '书屋'), page('/c/', '职工书屋里'), page('/d/', '食堂')];
    const [books, canteen] = scoreQueries(pages, ['职工书屋', '夜校'], {
      sent: ['职工书屋', '夜校'],
      urls: [['/b/', '/a/', '/d/'], []],
    });
    // Two pages contain it; one of them is found, and the first two results hold only that one.
    expect(books).toMatchObject({
      kind: 'domain',
      containing: 2,
      results: 3,
      found: 1,
      recall: 0.5,
      precisionAtN: 0.5,
    });
    // No page contains it: nothing to miss.
    expect(canteen).toMatchObject({ kind: 'general', containing: 0, recall: 1, precisionAtN: 1 });
    expect(summarise([books!, canteen!])).toEqual({
      queries: 2,
      meanRecall: 0.75,
      minRecall: 0.5,
      queriesBelowFullRecall: 1,
      missedPages: 1,
      pagesContaining: 2,
      meanPrecisionAtN: 0.75,
      queriesRankedPerfectly: 1,
    });
  });
});
