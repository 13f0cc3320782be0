import { describe, expect, it } from 'vitest';
import { childrenNamed, childText, parseXml } from '../../../tests/helpers/xml.ts';
import { isNoindex, pageUrl, sitemapUrls, sitemapXml } from './sitemap.ts';

const BASE = 'https://zgzj.example.cn';

describe('sitemapXml', () => {
  it('lists each URL once, sorted, in the sitemap namespace', () => {
    const root = parseXml(sitemapXml([`${BASE}/b/`, `${BASE}/a/?q=1&r=2`, `${BASE}/b/`]));
    expect(root.name).toBe('urlset');
    expect(root.attrs['xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(childrenNamed(root, 'url').map((u) => childText(u, 'loc'))).toEqual([`${BASE}/a/?q=1&r=2`, `${BASE}/b/`]);
  });
  it('is still a document when there is nothing to list', () => {
    expect(parseXml(sitemapXml([])).children).toEqual([]);
  });
});

describe('isNoindex', () => {
  it.each([
    ['<meta name="robots" content="noindex">', true],
    ['<meta content="noindex, nofollow" name="robots" />', true],
    ["<META NAME='Robots' CONTENT='NOINDEX'>", true],
    ['<meta name=robots content=noindex>', true],
    ['<meta name="description" content="noindex">', false],
    ['<meta name="robots" content="index, follow">', false],
    ['<p>noindex</p>', false],
  ])('%s -> %s', (html, expected) => expect(isNoindex(html)).toBe(expected));
});

describe('pageUrl', () => {
  it.each([
    ['index.html', `${BASE}/`],
    ['homes/jinan-steel-works/index.html', `${BASE}/homes/jinan-steel-works/`],
    ['stories\\tag\\zhigongshuwu\\index.html', `${BASE}/stories/tag/zhigongshuwu/`],
    ['404.html', undefined],
    ['media/readme.html', undefined],
  ])('%s -> %s', (file, url) => expect(pageUrl(file, BASE)).toBe(url));
});

describe('sitemapUrls', () => {
  it('keeps public pages and leaves out noindex pages and the 404 page', () => {
    const page = (file: string, robots = '') => ({ file, html: `<head>${robots}</head>` });
    const noindex = '<meta name="robots" content="noindex">';
    expect(
      sitemapUrls(
        [page('index.html'), page('search/index.html', noindex), page('404.html'), page('stories/a/index.html')],
        BASE,
      ),
    ).toEqual([`${BASE}/`, `${BASE}/stories/a/`]);
  });
  it('takes a noindex flag read before instead of the HTML', () => {
    expect(
      sitemapUrls(
        [
          { file: 'index.html', noindex: false },
          { file: 'search/index.html', noindex: true },
        ],
        BASE,
      ),
    ).toEqual([`${BASE}/`]);
  });
});
