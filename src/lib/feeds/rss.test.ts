import { describe, expect, it } from 'vitest';
import { rfc822, rssXml } from './rss.ts';
import { isNoindex, sitemapXml } from './sitemap.ts';

describe('rssXml', () => {
  const xml = rssXml({
    title: '职工之家 <案例>',
    link: 'https://example.cn/',
    self: 'https://example.cn/rss.xml',
    description: '案例 & 经验',
    items: [
      { title: '旧的', link: 'https://example.cn/stories/a/', date: '2023-01-02', description: 'A', categories: [] },
      {
        title: '新的 & "引号"',
        link: 'https://example.cn/stories/b/',
        date: '2025-03-04',
        description: '<b>B</b>',
        categories: ['职工书屋'],
        author: '王𠮷',
      },
    ],
  });
  it('lists the newest item first', () => expect(xml.indexOf('新的')).toBeLessThan(xml.indexOf('旧的')));
  it('escapes markup characters in titles and text', () => {
    expect(xml).toContain('<title>新的 &amp; &quot;引号&quot;</title>');
    expect(xml).toContain('<description>&lt;b&gt;B&lt;/b&gt;</description>');
    expect(xml).toContain('<title>职工之家 &lt;案例&gt;</title>');
  });
  it('dates items in RFC 822 and the channel by its newest item', () => {
    expect(xml).toContain('<pubDate>Tue, 04 Mar 2025 00:00:00 +0800</pubDate>');
    expect(xml).toContain('<lastBuildDate>Tue, 04 Mar 2025 00:00:00 +0800</lastBuildDate>');
  });
  it('has a permalink guid, categories, the author and a self link', () => {
    expect(xml).toContain('<guid isPermaLink="true">https://example.cn/stories/b/</guid>');
    expect(xml).toContain('<category>职工书屋</category>');
    expect(xml).toContain('<dc:creator>王𠮷</dc:creator>');
    expect(xml).toContain('<atom:link href="https://example.cn/rss.xml" rel="self" type="application/rss+xml"/>');
  });
});

describe('rfc822', () => {
  it.each([
    ['2024-02-29', 'Thu, 29 Feb 2024 00:00:00 +0800'],
    ['2018-06-14', 'Thu, 14 Jun 2018 00:00:00 +0800'],
  ])('%s', (day, text) => expect(rfc822(day)).toBe(text));
});

describe('sitemap', () => {
  it('lists each URL once, sorted', () => {
    const xml = sitemapXml(['https://e.cn/b/', 'https://e.cn/a/', 'https://e.cn/b/']);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://e.cn/a/', 'https://e.cn/b/']);
  });
  it('recognises pages that ask not to be indexed', () => {
    expect(isNoindex('<meta name="robots" content="noindex">')).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex">')).toBe(false);
  });
});
