import { describe, expect, it } from 'vitest';
import { recallShare, searchRows } from './search-rows.ts';

const query = { decodedBytes: 0, requests: 4, results: 7 };
const probe = {
  first: {
    ...query,
    query: '职工书屋',
    bytes: 102_400,
    answerMs: 40,
    answers: [40],
    loadMs: 120,
    pageMs: 600,
    afterBytes: 2048,
    facetsMs: 15,
  },
  second: { ...query, query: '帮扶困难职工', bytes: 10_240, answerMs: 20, requests: 2 },
  recall: [
    { query: '八有', expected: 3, found: 9, missing: [] },
    { query: '娘家人', expected: 5, found: 4, missing: ['/a/', '/b/', '/c/', '/d/'] },
  ],
};

describe('search rows', () => {
  it('gives each query its bytes and answer time, and each recall word its found share', () => {
    const rows = searchRows('corpus:', probe);
    expect(rows.map((r) => [r.item, r.value])).toEqual([
      ['corpus: first query “职工书屋”', '100 KB, answered in 40 ms'],
      ['corpus: second query “帮扶困难职工”', '10 KB more, answered in 20 ms'],
      ['corpus: recall “八有”', '3/3'],
      ['corpus: recall “娘家人”', '1/5'],
    ]);
    expect(rows[0]!.note).toBe(
      '4 Pagefind requests; loading Pagefind took 120 ms before that; 600 ms from navigation; 7 results; facet counts 15 ms after the query, 2 KB more',
    );
    expect(rows[2]!.note).toBe('9 results');
    expect(rows[3]!.note).toBe('missing e.g. /a/ /b/ /c/');
  });

  it('says the first query is the median of several fresh pages, and their range', () => {
    const rows = searchRows('corpus:', { ...probe, first: { ...probe.first, answers: [55, 40, 31] } });
    expect(rows[0]!.value).toBe('100 KB, answered in 40 ms');
    expect(rows[0]!.note).toMatch(
      /^median of 3 fresh pages \(answers 31-55 ms; in order 55, 40, 31\); the figures of that page: 4 Pagefind requests;/,
    );
  });

  it('counts recall over every expected page, and as whole when none was expected', () => {
    expect(recallShare(probe.recall)).toBe(0.5);
    expect(recallShare([])).toBe(1);
  });
});
