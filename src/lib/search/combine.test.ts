import { describe, expect, it } from 'vitest';
import { mostConceptsFirst, preferExact } from './combine.ts';

const hit = (id: string, score = 1) => ({ id, score });

describe('preferExact', () => {
  it('ranks by the wider search’s score, a page with only a synonym weighing less', () =>
    expect(preferExact([hit('a', 1)], [hit('a', 5), hit('b', 9), hit('c', 4)], 0.5).map((h) => h.id)).toEqual([
      'a',
      'b',
      'c',
    ]));
});

describe('mostConceptsFirst', () => {
  it('ranks pages by how many concepts they hold, then by summed score', () => {
    const ranked = mostConceptsFirst([[hit('a', 1), hit('b', 3)], [hit('a', 1), hit('c', 9)], [hit('b', 1)]]);
    expect(ranked.map((h) => [h.id, h.matched])).toEqual([
      ['b', [0, 2]],
      ['a', [0, 1]],
      ['c', [1]],
    ]);
  });
});
