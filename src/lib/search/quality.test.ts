import { describe, expect, it } from 'vitest';
import { qualityReport, scoreQuery } from './quality.ts';

describe('search quality figures', () => {
  it('pass a query only when its pages are among the first three', () => {
    expect(scoreQuery({ q: 'a', urls: ['/x/', '/y/', '/z/', '/w/'], top3: ['/y/'] })).toEqual({
      q: 'a',
      pass: true,
      firstRelevant: 2,
      precisionAt3: 1 / 3,
      missing: [],
    });
    expect(scoreQuery({ q: 'b', urls: ['/x/', '/y/', '/z/', '/w/'], top3: ['/w/'] }).missing).toEqual(['/w/']);
    expect(scoreQuery({ q: 'c', urls: ['/x/'], top3: [], oneOf: ['/a/', '/b/'] }).pass).toBe(false);
  });
  it('give the mean precision among the first three and the mean reciprocal rank', () =>
    expect(
      qualityReport([
        scoreQuery({ q: 'a', urls: ['/a/', '/b/'], top3: ['/a/', '/b/'] }),
        scoreQuery({ q: 'b', urls: ['/x/', '/b/'], top3: ['/b/'] }),
        scoreQuery({ q: 'c', urls: [], top3: ['/c/'] }),
      ]),
    ).toEqual({ queries: 3, passed: 2, meanPrecisionAt3: (2 / 3 + 1 / 3 + 0) / 3, mrr: (1 + 0.5 + 0) / 3 }));
});
