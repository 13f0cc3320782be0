import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { CONTENT, frontmatters } from '../helpers/content.ts';
import { siteDir } from '../helpers/site.ts';

const baseUrl = String((parse(readFileSync(path.join(CONTENT, 'site.yaml'), 'utf8')) as { baseUrl: string }).baseUrl);
const read = (file: string) => readFileSync(path.join(siteDir(), file), 'utf8');
const local = (url: string) => {
  const p = new URL(url).pathname;
  return path.join(siteDir(), p.endsWith('/') ? `${p}index.html` : p);
};

describe('the RSS feed', () => {
  const xml = () => read('rss.xml');
  it('is RSS 2.0 in zh-CN with one item per story, newest first', () => {
    expect(xml()).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(xml()).toContain('<language>zh-cn</language>');
    const stories = frontmatters('stories').sort((a, b) =>
      String(b.data['date']).localeCompare(String(a.data['date'])),
    );
    const titles = [...xml().matchAll(/<item>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(stories.map((s) => String(s.data['title']).replace(/&/g, '&amp;').replace(/"/g, '&quot;')));
  });
  it('links every item to a page that exists', () => {
    const links = [...xml().matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!).slice(1);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(existsSync(local(link)), link).toBe(true);
  });
  it('is declared on the pages for feed readers', () => {
    expect(read('index.html')).toContain('<link rel="alternate" type="application/rss+xml"');
  });
});

describe('the sitemap', () => {
  const listed = () => [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  it('lists every public page, and only pages that exist', () => {
    const pages = globSync('**/index.html', { cwd: siteDir() })
      .filter((f) => !/<meta name="robots" content="noindex"/.test(read(f)))
      .map((f) => new URL(`/${f.replace(/index\.html$/, '')}`, baseUrl).href)
      .sort();
    expect(listed().sort()).toEqual(pages);
    for (const url of listed()) expect(existsSync(local(url)), url).toBe(true);
  });
  it('leaves out the pages that are not for search engines', () => {
    expect(listed()).not.toContain(new URL('/search/', baseUrl).href);
    expect(listed()).toContain(new URL('/homes/jinan-steel-works/', baseUrl).href);
  });
});
