import { describe, expect, it } from 'vitest';
import { byNewest, neighboursOf, relatedStories, type StoryLike } from './related.ts';

const s = (id: string, date: string, tags: string[] = [], homes: string[] = [], city?: string): StoryLike => ({
  id,
  data: { date, tags, homes, city },
});

describe('relatedStories', () => {
  const me = s('me', '2024-05-01', ['职工书屋'], ['h1'], 'jinan');
  const all = [
    me,
    s('same-home', '2023-01-01', [], ['h1']),
    s('same-tag', '2025-01-01', ['职工书屋']),
    s('same-city', '2025-02-01', [], [], 'jinan'),
    s('nothing', '2025-03-01', ['直选'], ['h9'], 'heze'),
  ];
  it('ranks shared homes over shared tags over the same city, and leaves out unrelated ones', () => {
    expect(relatedStories(me, all).map((x) => x.id)).toEqual(['same-home', 'same-tag', 'same-city']);
  });
  it('never lists the story itself', () => expect(relatedStories(me, all, 10).map((x) => x.id)).not.toContain('me'));
});

describe('neighboursOf', () => {
  const sorted = byNewest([s('a', '2023-01-01'), s('c', '2025-01-01'), s('b', '2024-01-01')]);
  it('orders newest first', () => expect(sorted.map((x) => x.id)).toEqual(['c', 'b', 'a']));
  it('gives the newer and older story', () => {
    expect(neighboursOf('b', sorted)).toEqual({ newer: sorted[0], older: sorted[2] });
    expect(neighboursOf('c', sorted)).toEqual({ older: sorted[1] });
  });
});
