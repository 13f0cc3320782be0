import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from './indexing.ts';
import { shardOf } from './shards.ts';

const homeShards = 4;

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

  it('writes the primary index and lists the other shards for the search page', async () => {
    const stats = await buildSearchIndex({ siteDir: site, cacheDir, homeShards });
    expect(stats.errors).toEqual([]);
    expect(stats.pages).toBe(14);
    expect(stats.rebuilt).toBe(stats.shards.length);
    expect(stats.shards.map((s) => s.reason)).toEqual(stats.shards.map(() => 'new'));
    const manifest = JSON.parse(readFileSync(path.join(site, 'pagefind/shards.json'), 'utf8')) as { shards: string[] };
    expect(manifest.shards).toContain('/pagefind/shards/stories/');
    expect(manifest.shards).toContain(`/pagefind/shards/${shardOf('/homes/home-3/', homeShards)}/`);
    // merged shards carry no copy of Pagefind's own scripts
    expect(readdirSync(path.join(site, 'pagefind/shards/stories')).sort()).toEqual(
      expect.not.arrayContaining(['pagefind.js', 'pagefind-worker.js']),
    );
    expect(readdirSync(path.join(site, 'pagefind'))).toContain('pagefind.js');
  }, 60_000);

  it('takes every shard from the cache when nothing changed, with the same bytes', async () => {
    const before = snapshot(path.join(site, 'pagefind'));
    const stats = await buildSearchIndex({ siteDir: site, cacheDir, homeShards });
    expect(stats.rebuilt).toBe(0);
    expect(stats.shards.every((s) => s.status === 'reused' && s.reason === 'unchanged')).toBe(true);
    expect(snapshot(path.join(site, 'pagefind'))).toEqual(before);
  }, 60_000);

  it('indexes again only the shard of a changed page, and ends where a cold build does', async () => {
    writeSite(site, '职工书屋改为夜间开放');
    const stats = await buildSearchIndex({ siteDir: site, cacheDir, homeShards });
    const changed = shardOf('/homes/home-3/', homeShards);
    expect(stats.shards.filter((s) => s.status === 'rebuilt').map((s) => [s.name, s.reason])).toEqual([
      [changed, 'changed'],
    ]);
    const cold = path.join(tmp, 'cold');
    writeSite(cold, '职工书屋改为夜间开放');
    await buildSearchIndex({ siteDir: cold, cacheDir: false, homeShards });
    expect(snapshot(path.join(site, 'pagefind'))).toEqual(snapshot(path.join(cold, 'pagefind')));
  }, 60_000);

  it('builds one index by default, reused whole when no indexed page changed', async () => {
    const single = path.join(tmp, 'single');
    writeSite(single);
    const cache = path.join(tmp, 'single-cache');
    const cold = await buildSearchIndex({ siteDir: single, cacheDir: cache });
    expect(cold.shards.map((s) => [s.name, s.pages, s.reason])).toEqual([['site', 14, 'new']]);
    expect(JSON.parse(readFileSync(path.join(single, 'pagefind/shards.json'), 'utf8'))).toEqual({ shards: [] });
    // a page outside the index changes: nothing to index again
    writeFileSync(
      path.join(single, 'index.html'),
      '<!doctype html><html lang="zh-CN"><body><main>新首页</main></body></html>',
    );
    expect((await buildSearchIndex({ siteDir: single, cacheDir: cache })).shards[0]?.status).toBe('reused');
  }, 60_000);

  it('keeps only the shards the last build used in the cache', () =>
    expect(readdirSync(cacheDir).filter((e) => e.startsWith(shardOf('/homes/home-3/', homeShards)))).toHaveLength(1));
});
