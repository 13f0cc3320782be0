import { describe, expect, it } from 'vitest';
import { chineseNumber, splitArticles } from './articles.ts';

describe('chineseNumber', () => {
  it.each([
    ['一', 1],
    ['五', 5],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
  ])('reads %s as %i', (text, n) => expect(chineseNumber(text)).toBe(n));
  it('rejects text that is not a numeral', () => expect(chineseNumber('第五')).toBeUndefined());
});

describe('splitArticles', () => {
  const body =
    '为深入贯彻……提出如下意见。\n\n## 一、扩大覆盖面\n\n第一段。\n\n第二段。\n\n## 十、加强领导\n\n最后一段。\n';
  it('keeps the preamble apart from the articles', () => {
    const { preamble, articles } = splitArticles(body);
    expect(preamble).toEqual(['为深入贯彻……提出如下意见。']);
    expect(articles.map((a) => [a.number, a.anchor, a.heading])).toEqual([
      [1, 'art-1', '扩大覆盖面'],
      [10, 'art-10', '加强领导'],
    ]);
    expect(articles[0]?.paragraphs).toEqual(['第一段。', '第二段。']);
  });
});
