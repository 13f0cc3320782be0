import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { childrenNamed, childText, parseXml, type XmlElement } from '../helpers/xml.ts';
import { CONTENT, frontmatters } from '../helpers/content.ts';

const project = path.resolve(import.meta.dirname, '../..');

/** The feed's items and the sitemap's URLs, read back as XML (parseXml throws unless well-formed). */
function readFeeds(site: string) {
  const channel = childrenNamed(parseXml(readFileSync(path.join(site, 'rss.xml'), 'utf8')), 'channel')[0]!;
  const urlset = parseXml(readFileSync(path.join(site, 'sitemap.xml'), 'utf8'));
  return {
    channel,
    items: childrenNamed(channel, 'item'),
    urlset,
    urls: childrenNamed(urlset, 'url').map((u) => childText(u, 'loc')!),
  };
}

/** The file a URL of the site is served from. */
const fileOf = (site: string, url: string) => {
  const p = decodeURI(new URL(url).pathname);
  return path.join(site, p.endsWith('/') ? `${p}index.html` : p);
};

// Checked independently of src/lib/feeds/sitemap.ts, which the site uses.
const ROBOTS_NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;

describe('the sample site’s feed and sitemap', () => {
  const site = () => inject('siteDir');
  const baseUrl = String((parse(readFileSync(path.join(CONTENT, 'site.yaml'), 'utf8')) as { baseUrl: string }).baseUrl);
  const abs = (p: string) => new URL(p, baseUrl).href;

  it('rss.xml is well-formed RSS 2.0 in zh-cn with a self link', () => {
    const rss = parseXml(readFileSync(path.join(site(), 'rss.xml'), 'utf8'));
    expect(rss).toMatchObject({ name: 'rss', attrs: { version: '2.0' } });
    const { channel } = readFeeds(site());
    expect(childText(channel, 'language')).toBe('zh-cn');
    expect(childText(channel, 'title')).toBeTruthy();
    expect(childText(channel, 'description')).toBeTruthy();
    expect(childText(channel, 'link')).toBe(abs('/stories/'));
    expect(childrenNamed(channel, 'atom:link')[0]?.attrs).toMatchObject({ href: abs('/rss.xml'), rel: 'self' });
  });

  it('is declared on the pages for feed readers', () => {
    const home = readFileSync(path.join(site(), 'index.html'), 'utf8');
    expect(home).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/rss\.xml"/);
  });

  it('has one item per story, newest first, each linking to its built page', () => {
    const { channel, items } = readFeeds(site());
    const stories = frontmatters('stories');
    expect(items).toHaveLength(stories.length);
    expect(new Set(items.map((i) => childText(i, 'link')))).toEqual(
      new Set(stories.map((s) => abs(`/stories/${s.id}/`))),
    );
    const byLink = new Map(stories.map((s) => [abs(`/stories/${s.id}/`), s.data]));
    for (const item of items) {
      const link = childText(item, 'link')!;
      expect(childText(item, 'title'), link).toBe(String(byLink.get(link)?.['title']).trim());
      expect(childText(item, 'description'), link).toBe(String(byLink.get(link)?.['summary']).trim());
      expect(childrenNamed(item, 'guid')[0], link).toMatchObject({ attrs: { isPermaLink: 'true' }, text: link });
      const day = String(byLink.get(link)?.['date']);
      expect(Date.parse(childText(item, 'pubDate')!), link).toBe(Date.parse(`${day}T00:00:00+08:00`));
      expect(existsSync(fileOf(site(), link)), link).toBe(true);
    }
    const times = items.map((i) => Date.parse(childText(i, 'pubDate')!));
    expect(times.every((t) => !Number.isNaN(t))).toBe(true);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(Date.parse(childText(channel, 'lastBuildDate')!)).toBe(times[0]);
  });

  it('sitemap lists every public page, and every URL it lists is a built page', () => {
    const { urlset, urls } = readFeeds(site());
    expect(urlset.attrs['xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const read = (f: string) => readFileSync(path.join(site(), f), 'utf8');
    const pages = globSync('**/*.html', { cwd: site() })
      .filter((f) => f !== '404.html' && !ROBOTS_NOINDEX.test(read(f)))
      .map((f) => abs(`/${f.replace(/index\.html$/, '')}`));
    expect(pages.length).toBeGreaterThan(20);
    expect([...urls].sort()).toEqual([...pages].sort());
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(existsSync(fileOf(site(), url)), url).toBe(true);
  });

  it('sitemap leaves out the 404 page and pages marked noindex, and robots.txt points to it', () => {
    const { urls } = readFeeds(site());
    expect(urls).not.toContain(abs('/404.html'));
    expect(urls).not.toContain(abs('/search/'));
    expect(urls).toContain(abs('/'));
    expect(urls).toContain(abs('/homes/jinan-steel-works/'));
    for (const s of frontmatters('stories')) expect(urls).toContain(abs(`/stories/${s.id}/`));
    expect(readFileSync(path.join(site(), 'robots.txt'), 'utf8')).toContain(`Sitemap: ${abs('/sitemap.xml')}`);
  });
});

// A propaganda editor's path: scaffold a story, change its title, point it
// at a home, build. The story must then be in the list, the feed, the
// sitemap and on its home's page.
describe('publishing a new story with npm run new', () => {
  let dir: string;
  let content: string;
  let out: string;
  let file: string;
  let made: { status: number | null; stdout: string; stderr: string };
  let built: { status: number | null; output: string };
  const id = 'ce-shi-biao-ti';
  const run = (args: string[]) =>
    spawnSync(process.execPath, args, {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_ROOT: '' },
    });
  const read = (p: string) => readFileSync(path.join(out, p), 'utf8');

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'zgzj-publish-'));
    content = path.join(dir, 'content');
    out = path.join(dir, 'dist');
    cpSync(path.join(project, 'tests/fixtures/mini'), content, { recursive: true });
    made = run(['scripts/new.ts', 'story', '测试标题', '--content', content]);
    const written = /已新建典型案例：(.+)/.exec(made.stdout)?.[1]?.trim();
    if (made.status !== 0 || !written) return;
    file = path.resolve(project, written);
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace('title: "测试标题"', 'title: "夜读活动走进职工书屋"').replace('homes: []', 'homes: [test-home]'),
    );
    const b = run(['scripts/build.ts', '--content', content, '--out', out]);
    built = { status: b.status, output: `${b.stdout}${b.stderr}` };
  }, 240_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    // astro.config.mjs keeps one Astro cache per content root; this root is gone.
    const cache = createHash('sha256').update(content).digest('hex').slice(0, 12);
    rmSync(path.join(project, 'node_modules/.astro', cache), { recursive: true, force: true });
  });

  it('writes the file under stories/, named by the title in pinyin, and says what to do next', () => {
    expect(made.status, made.stderr).toBe(0);
    expect(file).toBe(path.join(content, 'stories', `${id}.md`));
    expect(made.stdout).toContain(`/stories/${id}/`);
    expect(made.stdout).toMatch(/下一步：\n\s+1\. /);
  });

  it('builds with no edits beyond the title and the home', () => {
    expect(built?.status, built?.output).toBe(0);
  });

  it('shows the story in the list, on its page, in the feed, in the sitemap and on its home’s page', () => {
    const link = (p: string) => new URL(p, 'https://zgzj.example.cn').href;
    expect(read('stories/index.html')).toContain('夜读活动走进职工书屋');
    expect(read(`stories/${id}/index.html`)).toContain('夜读活动走进职工书屋');
    const { items, urls } = readFeeds(out);
    const item = items.find((i: XmlElement) => childText(i, 'link') === link(`/stories/${id}/`));
    expect(childText(item!, 'title')).toBe('夜读活动走进职工书屋');
    expect(items[0], 'dated today, so newest').toBe(item);
    expect(urls).toContain(link(`/stories/${id}/`));
    expect(read('homes/test-home/index.html')).toContain(`/stories/${id}/`);
  });

  it('refuses an empty title and an unknown kind, in Chinese, with exit code 1', () => {
    const empty = run(['scripts/new.ts', 'story', '  ', '--content', content]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('标题不能为空');
    const unknown = run(['scripts/new.ts', 'news', '标题', '--content', content]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('不认识要新建的内容类型“news”');
  });
});
