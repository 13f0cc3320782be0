import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareForIndex } from './index-page.ts';
import { FACET_TABLE_FILE, readFacetTable } from './facet-table.ts';
import { buildSearchIndex } from './indexing.ts';
import { payload, readIndex } from './pagefind-files.ts';
import { dictionaryFor } from './vocabulary.ts';

// The merged index against the one Pagefind itself builds from the same
// pages: every file's name and contents (the data files' CBOR, the
// fragments' JSON, the entry file) must be the same. If a Pagefind upgrade
// changes its files, this is the test that says so.

const tmp = mkdtempSync(path.join(os.tmpdir(), 'search-merge-'));
const CHUNK = '400';
const before = process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
beforeAll(() => {
  // small chunks, so that the words fill many of them and their boundaries are tested
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = CHUNK;
});
afterAll(async () => {
  await pagefind.close();
  if (before === undefined) delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  else process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = before;
  rmSync(tmp, { recursive: true, force: true });
});

const WORDS = [
  '职工书屋',
  '娘家人',
  '劳动合同',
  '法律援助',
  '户外劳动者驿站',
  '心理咨询',
  '困难职工',
  '工会主席',
  '夜班',
  '技能比武',
];
const CITIES = ['济南市', '青岛市', '淄博市'];

/** A page of made-up sentences; homes have a photo (so image meta fields), stories and the rest do not. */
function page(kind: string, i: number): string {
  const text = Array.from({ length: 6 }, (_, j) => `${WORDS[(i * 7 + j * 3) % WORDS.length]}第${i * 10 + j}号。`).join(
    '',
  );
  const latin = i % 4 === 0 ? ' Café résumé naïve cafe' : i % 3 === 0 ? ' Zürich Muller' : '';
  const filters =
    kind === 'homes'
      ? `<span hidden data-pagefind-filter="城市:${CITIES[i % 3]}"></span><span hidden data-pagefind-filter="类型:职工之家"></span>`
      : kind === 'stories'
        ? `<span hidden data-pagefind-filter="类型:典型案例"></span><span hidden data-pagefind-filter="年份:${2020 + (i % 4)}"></span>`
        : `<span hidden data-pagefind-filter="培训方向:法律"></span>`;
  const img = kind === 'homes' ? `<img src="/media/h${i}.webp" alt="${WORDS[i % WORDS.length]}的照片">` : '';
  return (
    `<!doctype html><html lang="zh-CN"><head><title>${kind}${i}</title></head><body><main data-pagefind-body>` +
    `${filters}<h1>${kind === 'homes' ? CITIES[i % 3] : ''}${WORDS[i % WORDS.length]}${i}</h1>${img}` +
    `<p>${text}${latin}</p><h2 id="s${i}">${WORDS[(i + 1) % WORDS.length]}</h2><p>${text.slice(0, 30)}</p></main></body></html>`
  );
}

function writeSite(dir: string) {
  const files: Record<string, string> = { 'index.html': '<html lang="zh-CN"><body><main>首页</main></body></html>' };
  for (let i = 0; i < 24; i++) files[`homes/h-${i}/index.html`] = page('homes', i);
  for (let i = 0; i < 9; i++) files[`stories/s-${i}/index.html`] = page('stories', i);
  for (let i = 0; i < 4; i++) files[`courses/c-${i}/index.html`] = page('site', i);
  for (const [rel, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), html);
  }
  return Object.keys(files).sort();
}

/** Every file of an index folder: names, and the contents Pagefind's browser code reads. */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const f = path.join(d, e);
      const rel = path.relative(dir, f);
      if (statSync(f).isDirectory()) walk(f);
      else if (!/\.(br|gz)$/.test(e) && e !== FACET_TABLE_FILE)
        out[rel] = (/\.(pf_\w+|pagefind)$/.test(e) ? payload(readFileSync(f)) : readFileSync(f)).toString('base64');
    }
  };
  walk(dir);
  return out;
}

describe('one index merged from shards', () => {
  const site = path.join(tmp, 'site');
  const reference = path.join(tmp, 'reference');
  let rels: string[] = [];

  beforeAll(async () => {
    rels = writeSite(site);
    // Pagefind alone: every page, prepared as the build prepares it, added in the build's order.
    const { index } = await pagefind.createIndex({});
    for (const rel of rels) {
      const html = prepareForIndex(readFileSync(path.join(site, rel), 'utf8'), {
        dict: dictionaryFor({ synonyms: [] }),
      });
      if (html === undefined) continue;
      const url = `/${rel.replace(/index\.html$/, '')}`;
      expect((await index!.addHTMLFile({ url, content: html })).errors).toEqual([]);
    }
    await index!.writeFiles({ outputPath: reference });
    await pagefind.close();
  }, 60_000);

  it('is, file for file, the index Pagefind builds from all the pages', async () => {
    const stats = await buildSearchIndex({ siteDir: site, cacheDir: false, buckets: { homes: 4, stories: 2 } });
    expect(stats.errors).toEqual([]);
    expect(stats.shards.map((s) => s.name)).toEqual([
      'homes-0',
      'homes-1',
      'homes-2',
      'homes-3',
      'site',
      'stories-0',
      'stories-1',
    ]);
    const merged = contents(path.join(site, 'pagefind'));
    const own = contents(reference);
    expect(Object.keys(merged).sort()).toEqual(Object.keys(own).sort());
    for (const name of Object.keys(own)) expect(merged[name], name).toBe(own[name]);
  }, 120_000);

  it('writes beside it a facet table that says what Pagefind’s own filter indexes say', async () => {
    const table = readFacetTable(readFileSync(path.join(site, 'pagefind', FACET_TABLE_FILE), 'utf8'));
    const { meta } = await readIndex(reference);
    const want: Record<string, Record<string, string[]>> = {};
    for (const [name, hash] of meta.filters) {
      const [, values] = decode(payload(readFileSync(path.join(reference, 'filter', `${hash}.pf_filter`)))) as [
        string,
        [string, number[]][],
      ];
      want[name] = Object.fromEntries(values.map(([v, pages]) => [v, pages.map((p) => meta.pages[p]![0]).sort()]));
    }
    const got: Record<string, Record<string, string[]>> = {};
    for (const [name, f] of Object.entries(table.filters)) {
      got[name] = Object.fromEntries(f.values.map((v) => [v, [] as string[]]));
      for (const [id, p] of table.page) for (const v of f.of[p] ?? []) got[name]![f.values[v]!]!.push(id);
      for (const ids of Object.values(got[name]!)) ids.sort();
    }
    expect(got).toEqual(want);
    expect([...table.page.keys()]).toEqual(meta.pages.map(([fragment]) => fragment));
  });

  it('covers what the merge must get right: many chunks, diacritic variants, meta fields not every shard has', async () => {
    const { meta } = await readIndex(reference);
    expect(meta.chunks.length).toBeGreaterThan(10);
    expect(meta.metaFields).toEqual(['image', 'image_alt', 'title']);
    const variants = meta.chunks.some(([, , hash]) =>
      (
        decode(payload(readFileSync(path.join(reference, 'index', `${hash}.pf_index`)))) as [
          [string, unknown[], unknown[]][],
        ]
      )[0].some(([, , v]) => v.length > 0),
    );
    expect(variants).toBe(true);
    expect(meta.filters.map(([name]) => name)).toEqual(
      ['城市', '培训方向', '年份', '类型'].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
    );
  });

  it('takes the word chunks the last merge packed where they stayed the same, and writes what a cold build writes', async () => {
    const buckets = { homes: 4, stories: 2 };
    const cache = path.join(tmp, 'cache');
    const index = path.join(site, 'pagefind', 'index');
    await buildSearchIndex({ siteDir: site, cacheDir: cache, buckets });
    const inode = (file: string) => statSync(path.join(index, file)).ino;
    const last = new Set(readdirSync(index).map(inode));
    writeFileSync(path.join(site, 'homes/h-5/index.html'), page('homes', 5).replace('<p>', '<p>书屋改为夜间开放。'));
    expect((await buildSearchIndex({ siteDir: site, cacheDir: cache, buckets })).rebuilt).toBe(1);
    const cold = path.join(tmp, 'cold');
    cpSync(site, cold, { recursive: true });
    rmSync(path.join(cold, 'pagefind'), { recursive: true });
    await buildSearchIndex({ siteDir: cold, cacheDir: false, buckets });
    const bytes = (dir: string) =>
      Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f))]));
    expect(bytes(index)).toEqual(bytes(path.join(cold, 'pagefind', 'index')));
    // linked from the last merged index: some chunks, not all (the changed page's words are in others)
    const taken = readdirSync(index).filter((f) => last.has(inode(f))).length;
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(readdirSync(index).length);
  }, 120_000);
});
