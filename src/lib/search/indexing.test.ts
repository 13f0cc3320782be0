import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from './indexing.ts';
import { bucketCount, pageKind, shardOf } from './shards.ts';

const buckets = { homes: 4, stories: 1 };

// Shards and their cache, with the real Pagefind binary on a small site.

const tmp = mkdtempSync(path.join(os.tmpdir(), 'search-shards-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const page = (title: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main data-pagefind-body>` +
  `<h1>${title}</h1><p>${text}</p></main></body></html>`;

function writeSite(dir: string, homeText = '职工书屋全天开放') {
  const pages: Record<string, string> = {
    'index.html': '<!doctype html><html lang="zh-CN"><body><main>首页</main></body></html>',
    'policy/index.html': page('十条意见', '娘家人'),
    'stories/a/index.html': page('夜班书屋', '职工书屋的灯还亮着'),
  };
  for (let i = 0; i < 12; i++)
    pages[`homes/home-${i}/index.html`] = page(`某某职工之家${i}`, i === 3 ? homeText : '职工之家');
  for (const [rel, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), html);
  }
}

/** Every file of the index folder with its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const f = path.join(d, e);
      if (statSync(f).isDirectory()) walk(f);
      else out[path.relative(dir, f)] = readFileSync(f).toString('base64');
    }
  };
  walk(dir);
  return out;
}

describe('buildSearchIndex in shards', () => {
  const site = path.join(tmp, 'site');
  const cacheDir = path.join(tmp, 'cache');
  writeSite(site);
  const changed = shardOf('/homes/home-3/', buckets);

  it('indexes every shard of a new site and merges them into one index', async () => {
    const stats = await buildSearchIndex({ siteDir: site, cacheDir, buckets });
    expect(stats.errors).toEqual([]);
    expect(stats.pages).toBe(14);
    expect(stats.shards.map((s) => s.name)).toEqual(['homes-0', 'homes-1', 'homes-2', 'homes-3', 'site', 'stories']);
    expect(stats.shards.map((s) => s.reason)).toEqual(stats.shards.map(() => 'new'));
    expect(stats.merge.status).toBe('rebuilt');
    const files = readdirSync(path.join(site, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);
    expect(files).not.toContain('shards');
  }, 60_000);

  it('takes everything from the cache when nothing changed, with the same bytes', async () => {
    const before = snapshot(path.join(site, 'pagefind'));
    const stats = await buildSearchIndex({ siteDir: site, cacheDir, buckets });
    expect(stats.rebuilt).toBe(0);
    expect(stats.shards.every((s) => s.status === 'reused' && s.reason === 'unchanged')).toBe(true);
    expect(stats.merge.status).toBe('reused');
    expect(snapshot(path.join(site, 'pagefind'))).toEqual(before);
  }, 60_000);

  it('indexes again only the shard of a changed page, and ends where a cold build does', async () => {
    writeSite(site, '职工书屋改为夜间开放');
    const stats = await buildSearchIndex({ siteDir: site, cacheDir, buckets });
    expect(stats.shards.filter((s) => s.status === 'rebuilt').map((s) => [s.name, s.reason])).toEqual([
      [changed, 'changed'],
    ]);
    expect(stats.merge.status).toBe('rebuilt');
    const cold = path.join(tmp, 'cold');
    writeSite(cold, '职工书屋改为夜间开放');
    await buildSearchIndex({ siteDir: cold, cacheDir: false, buckets });
    expect(snapshot(path.join(site, 'pagefind'))).toEqual(snapshot(path.join(cold, 'pagefind')));
  }, 60_000);

  it('builds the same index however the pages are sharded', async () => {
    const one = path.join(tmp, 'one');
    writeSite(one, '职工书屋改为夜间开放');
    await buildSearchIndex({ siteDir: one, cacheDir: false, buckets: { homes: 1, stories: 1 } });
    expect(snapshot(path.join(one, 'pagefind'))).toEqual(snapshot(path.join(site, 'pagefind')));
  }, 60_000);

  it('does not index again when a page outside the index changes', async () => {
    writeFileSync(
      path.join(site, 'index.html'),
      '<!doctype html><html lang="zh-CN"><body><main>新首页</main></body></html>',
    );
    const stats = await buildSearchIndex({ siteDir: site, cacheDir, buckets });
    expect([stats.rebuilt, stats.merge.status]).toEqual([0, 'reused']);
  }, 60_000);

  it('keeps only what the last build used in the cache', () => {
    const entries = readdirSync(cacheDir);
    expect(entries.filter((e) => e.startsWith(`${changed}-`))).toHaveLength(1);
    expect(entries.filter((e) => e.startsWith('merged-'))).toHaveLength(1);
  });
});

describe('buildSearchIndex keys shards by what Pagefind is given', () => {
  const one = { homes: 1, stories: 1 };
  /** A story page whose "related" section Pagefind skips; it shows another story's title, summary and picture. */
  const story = (i: number, related: string, picture: string) =>
    `<!doctype html><html lang="zh-CN"><head><title>案例${i}</title></head><body><main data-pagefind-body>` +
    `<h1>案例${i}</h1><p>职工书屋全天开放</p><section data-pagefind-ignore><h2>相关案例</h2>` +
    `<ul><li><img src="${picture}" alt="活动照片"><a href="/stories/x/">${related}</a><p>${related}的摘要</p></li></ul>` +
    `</section><p>尾声</p></main></body></html>`;
  function writeStories(dir: string, related: string, picture = '/a.webp') {
    for (let i = 0; i < 4; i++) {
      const file = path.join(dir, `stories/s${i}/index.html`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, story(i, i === 2 ? related : '夜班书屋', picture));
    }
  }
  /** The index a build without any cache makes of the same pages. */
  async function cold(name: string, related: string, picture?: string) {
    const dir = path.join(tmp, name);
    writeStories(dir, related, picture);
    await buildSearchIndex({ siteDir: dir, cacheDir: false, buckets: one });
    return snapshot(path.join(dir, 'pagefind'));
  }
  const site = path.join(tmp, 'stories-site');
  const cacheDir = path.join(tmp, 'stories-cache');
  let before: Record<string, string> = {};

  it('does not index a shard again when only what Pagefind skips changed, and ends where a cold build does', async () => {
    writeStories(site, '夜班书屋');
    await buildSearchIndex({ siteDir: site, cacheDir, buckets: one });
    writeStories(site, '快递小哥有了歇脚的地方');
    const stats = await buildSearchIndex({ siteDir: site, cacheDir, buckets: one });
    expect([stats.rebuilt, stats.merge.status]).toEqual([0, 'reused']);
    before = await cold('stories-cold-1', '快递小哥有了歇脚的地方');
    expect(snapshot(path.join(site, 'pagefind'))).toEqual(before);
  }, 60_000);

  it('indexes it again when a picture there changed, which Pagefind may show for the page', async () => {
    writeStories(site, '快递小哥有了歇脚的地方', '/b.webp');
    const stats = await buildSearchIndex({ siteDir: site, cacheDir, buckets: one });
    expect(stats.shards.filter((s) => s.status === 'rebuilt').map((s) => [s.name, s.reason])).toEqual([
      ['stories', 'changed'],
    ]);
    const after = await cold('stories-cold-2', '快递小哥有了歇脚的地方', '/b.webp');
    // Pagefind did take the picture in the skipped section for the page's result.
    expect(after).not.toEqual(before);
    expect(snapshot(path.join(site, 'pagefind'))).toEqual(after);
  }, 60_000);
});

describe('shards', () => {
  it('put home pages and stories in buckets by URL, and the rest in one shard', () => {
    expect(pageKind('/homes/jinan-1/')).toBe('homes');
    expect(pageKind('/homes/city/jinan/')).toBe('site');
    expect(pageKind('/stories/a/')).toBe('stories');
    expect(pageKind('/stories/')).toBe('site');
    expect(shardOf('/homes/jinan-1/', { homes: 1, stories: 1 })).toBe('homes');
    expect(shardOf('/homes/jinan-1/', { homes: 16, stories: 1 })).toMatch(/^homes-([0-9]|1[0-5])$/);
  });

  it('grow in number with the site, by powers of two', () => {
    expect([0, 100, 300, 600, 1000, 2000, 10_000].map(bucketCount)).toEqual([1, 1, 2, 4, 8, 16, 64]);
  });
});
