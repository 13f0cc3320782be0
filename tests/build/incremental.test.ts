import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/lib/bench/generate.ts';
import { compareSites } from '../../src/lib/node/compare-sites.ts';
import { PROJECT, buildSite, editFile, type Run } from '../helpers/build.ts';

// Issue 14, item 6: a warm rebuild after changes is the cold build of the same
// content, file for file and byte for byte; a failed warm build leaves the last
// good site as it was. A generated corpus of 300 homes (the benchmark's generator).
let dir: string;
let root: string;
let cache: string;

// The run's own caches: the first build is cold, the project's caches are left alone.
const build = (out: string, ...flags: string[]) => buildSite(root, out, flags, { ZGZJ_CACHE_DIR: cache });
const edit = (rel: string, from: RegExp, to: string) => editFile(path.join(root, rel), from, to);

describe('a warm rebuild', () => {
  let out: string;
  let cold: string;
  let warm: Run;
  let home: string;
  const stories = { changed: '', deleted: '', renamed: '' };

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'zgzj-incremental-'));
    root = path.join(dir, 'content');
    cache = path.join(dir, 'cache');
    out = path.join(dir, 'dist');
    cold = path.join(dir, 'dist-cold');
    writeCorpus({ root, project: PROJECT, homes: 300, stories: 40, courses: 3, seed: 14, asOf: '2026-06-30' });
    const first = build(out);
    expect(first.code, first.output).toBe(0);

    home = globSync('homes/**/*.md', { cwd: root }).sort()[3]!;
    edit(home, /^title: (.+)$/m, 'title: $1（更名）');
    const [changed, deleted, renamed] = globSync('stories/*.md', { cwd: root }).sort();
    Object.assign(stories, { changed, deleted, renamed });
    edit(changed!, /^summary: /m, 'summary: 本案例已更新。');
    rmSync(path.join(root, deleted!));
    renameSync(path.join(root, renamed!), path.join(root, 'stories/renamed-story.md'));
    edit('honors/2024.yaml', /citation: (.+)/, 'citation: $1（修订）');

    warm = build(out);
    const check = build(cold, '--fresh');
    expect(check.code, check.output).toBe(0);
  }, 900_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders only some of the pages again, and says which and why', () => {
    expect(warm.code, warm.output).toBe(0);
    const pages = /页面 (\d+) 个：重新生成 (\d+) 个，沿用上次的 (\d+) 个，删除 (\d+) 个/.exec(warm.output);
    expect(pages, warm.output).not.toBeNull();
    const [, total, rendered, reused, removed] = pages!.map(Number);
    expect(rendered! + reused!).toBe(total);
    expect(reused).toBeGreaterThan(rendered!);
    // The deleted story's page and the renamed story's old page.
    expect(removed).toBe(2);
    expect(warm.output).toMatch(/职工之家页面：\d+ 个，重新生成 \d+（页面所显示的内容有变化 \d+），沿用 \d+/);
    // The search index: the shards holding a changed page indexed again, then merged into one index.
    const shards = /索引分片 (\d+) 个：重建 (\d+) 个（([^）]*)），沿用缓存 (\d+) 个/.exec(warm.output);
    expect(shards, warm.output).not.toBeNull();
    expect(Number(shards![2]) + Number(shards![4])).toBe(Number(shards![1]));
    expect(shards![3]).toMatch(/(^|；)homes(-\d+)?：有页面变了/);
    expect(warm.output).toContain('分片合并为一个索引：重新合并（有分片重建）');
    // The revised citation, and the renamed home's own certificates if it holds titles.
    const [, drawn, cached] = /证书 \d+ 张（新绘制 (\d+)，缓存 (\d+)）/.exec(warm.output)!.map(Number);
    expect(drawn).toBeGreaterThanOrEqual(1);
    expect(cached).toBeGreaterThan(drawn!);
  });

  it('is the cold build of the same content: the same files, byte for byte', () => expectSame(out, cold));

  it("removes a deleted entry's pages and moves a renamed one's", () => {
    const page = (rel: string) => path.join(out, 'stories', path.basename(rel, '.md'), 'index.html');
    expect(existsSync(page(stories.deleted))).toBe(false);
    expect(existsSync(page(stories.renamed))).toBe(false);
    expect(existsSync(page('renamed-story.md'))).toBe(true);
    expect(existsSync(path.join(out, 'share/story', path.basename(stories.deleted, '.md') + '.png'))).toBe(false);
    const id = path.basename(home, '.md');
    expect(readFileSync(path.join(out, 'homes', id, 'index.html'), 'utf8')).toContain('（更名）');
  });

  it('keeps the last good site when a later build fails, and knows it is current once the content is back', () => {
    const file = path.join(root, home);
    const good = readFileSync(file, 'utf8');
    // Caught by the check, before anything is built.
    edit(home, /^level: \w+$/m, 'level: excellent');
    const invalid = build(out);
    expect(invalid.code).toBe(1);
    expect(invalid.output).toContain('上一次构建的网站');
    expectSame(out, cold);
    // A build that fails in its last step, after the pages and the index: the image cache is not a folder.
    writeFileSync(file, good.replace(/^summary: /m, 'summary: 又改了。'));
    const images = path.join(cache, 'zgzj-images');
    renameSync(images, `${images}.aside`);
    writeFileSync(images, 'not a folder');
    const late = build(out);
    rmSync(images);
    renameSync(`${images}.aside`, images);
    expect(late.code, late.output).toBe(1);
    expect(late.output).toMatch(/③[\s\S]*构建失败：[\s\S]*上一次构建的网站保持不变/);
    expectSame(out, cold);
    writeFileSync(file, good);
    const again = build(out);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain('已是最新');
    expectSame(out, cold);
  }, 600_000);
});

function expectSame(a: string, b: string) {
  const c = compareSites(a, b);
  expect(c.files).toBeGreaterThan(500);
  expect({ differ: c.differ, onlyWarm: c.onlyA, onlyCold: c.onlyB }).toEqual({
    differ: [],
    onlyWarm: [],
    onlyCold: [],
  });
}
