import { describe, expect, it } from 'vitest';
import { childrenNamed, childText, parseXml } from '../../../tests/helpers/xml.ts';
import { chinaMidnight, rssXml, type FeedItem } from './rss.ts';

const item = (over: Partial<FeedItem>): FeedItem => ({
  title: '标题',
  link: 'https://example.cn/stories/x/',
  date: '2024-01-01',
  description: '摘要',
  categories: [],
  ...over,
});

const feed = (items: FeedItem[]) =>
  rssXml({
    title: '职工之家 <案例> & 经验',
    link: 'https://example.cn/stories/',
    self: 'https://example.cn/rss.xml',
    description: '可推广、可复制的典型案例',
    items,
  });

const channelOf = (xml: string) => {
  const rss = parseXml(xml);
  expect(rss.name).toBe('rss');
  expect(rss.attrs['version']).toBe('2.0');
  const [channel] = childrenNamed(rss, 'channel');
  expect(channel).toBeDefined();
  return channel!;
};

const xml = await feed([
  item({ title: '旧的', link: 'https://example.cn/stories/a/', date: '2023-01-02', description: 'A' }),
  item({
    title: '王𠮷说：“工资 > 0 & 书屋 <24小时>”',
    link: 'https://example.cn/stories/b/?x=1&y=2',
    date: '2025-03-04',
    description: "<b>夜班</b> & '早班'",
    categories: ['职工书屋', '办实事'],
    author: '王𠮷',
  }),
  item({ title: '同一天', link: 'https://example.cn/stories/c/', date: '2025-03-04' }),
]);

describe('rssXml', () => {
  const channel = channelOf(xml);
  const items = childrenNamed(channel, 'item');

  it('starts with the XML declaration and declares the Atom and DC namespaces', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"')).toBe(true);
    const rss = parseXml(xml);
    expect(rss.attrs['xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(rss.attrs['xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
  });

  it('describes the channel, in zh-cn, with a self link', () => {
    expect(childText(channel, 'title')).toBe('职工之家 <案例> & 经验');
    expect(childText(channel, 'link')).toBe('https://example.cn/stories/');
    expect(childText(channel, 'description')).toBe('可推广、可复制的典型案例');
    expect(childText(channel, 'language')).toBe('zh-cn');
    expect(childrenNamed(channel, 'atom:link')[0]?.attrs).toEqual({
      href: 'https://example.cn/rss.xml',
      rel: 'self',
      type: 'application/rss+xml',
    });
  });

  it('lists items newest first, ties by link', () => {
    expect(items.map((i) => childText(i, 'link'))).toEqual([
      'https://example.cn/stories/b/?x=1&y=2',
      'https://example.cn/stories/c/',
      'https://example.cn/stories/a/',
    ]);
  });

  it('keeps CJK, rare characters and markup characters intact through escaping', () => {
    const [b] = items;
    expect(childText(b!, 'title')).toBe('王𠮷说：“工资 > 0 & 书屋 <24小时>”');
    expect(childText(b!, 'description')).toBe("<b>夜班</b> & '早班'");
    expect(xml).toContain('<description>&lt;b&gt;夜班&lt;/b&gt; &amp; &apos;早班&apos;</description>');
  });

  it('gives each item a permalink guid, categories and an optional author', () => {
    const [b, c] = items;
    expect(childrenNamed(b!, 'guid')[0]).toMatchObject({ attrs: { isPermaLink: 'true' }, text: childText(b!, 'link') });
    expect(childrenNamed(b!, 'category').map((e) => e.text)).toEqual(['职工书屋', '办实事']);
    expect(childText(b!, 'dc:creator')).toBe('王𠮷');
    expect(childrenNamed(c!, 'dc:creator')).toEqual([]);
    expect(childrenNamed(c!, 'category')).toEqual([]);
  });

  it('dates items in RFC 822 at midnight in China and the channel by its newest item, not the clock', async () => {
    const instants = (name: string, els: typeof items) => els.map((i) => Date.parse(childText(i, name)!));
    expect(instants('pubDate', items)).toEqual(
      ['2025-03-04', '2025-03-04', '2023-01-02'].map((d) => Date.parse(`${d}T00:00:00+08:00`)),
    );
    expect(childText(items[0]!, 'pubDate')).toMatch(/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/);
    expect(instants('lastBuildDate', [channel])).toEqual([Date.parse('2025-03-04T00:00:00+08:00')]);
    expect(await feed([item({ date: '2025-03-04' })])).toBe(await feed([item({ date: '2025-03-04' })]));
  });

  it('builds a valid empty feed without a lastBuildDate', async () => {
    const channel = channelOf(await feed([]));
    expect(childrenNamed(channel, 'item')).toEqual([]);
    expect(childrenNamed(channel, 'lastBuildDate')).toEqual([]);
  });

  it('drops control characters XML cannot carry', async () => {
    const channel = channelOf(await feed([item({ title: 'a\u0000b\u0008c\tok', author: 'x\u0001y' })]));
    expect(childText(childrenNamed(channel, 'item')[0]!, 'title')).toBe('abc\tok');
    expect(childText(childrenNamed(channel, 'item')[0]!, 'dc:creator')).toBe('xy');
  });

  // Titles an editor may write: book-title brackets, markup characters, a CDATA end, a numeric name.
  it.each([
    ['〈职工书屋〉与《读书月》 & 〔2025〕', '〈', '007'],
    ['<![CDATA[ x ]]> & </item>', ']]>', '2025'],
    ['&amp; is not decoded twice', '&lt;', '王&<b>'],
  ])('carries %s through a real XML parser unchanged', async (title, description, author) => {
    const channel = channelOf(await feed([item({ title, description, author, categories: [title] })]));
    const [only] = childrenNamed(channel, 'item');
    expect(childText(only!, 'title')).toBe(title);
    expect(childText(only!, 'description')).toBe(description);
    expect(childText(only!, 'dc:creator')).toBe(author);
    expect(childText(only!, 'category')).toBe(title);
  });
});

describe('chinaMidnight', () => {
  it.each([
    ['2024-02-29', '2024-02-28T16:00:00.000Z'],
    ['2018-06-14', '2018-06-13T16:00:00.000Z'],
    ['2025-12-31', '2025-12-30T16:00:00.000Z'],
  ])('%s starts at %s', (day, instant) => expect(chinaMidnight(day).toISOString()).toBe(instant));
});
