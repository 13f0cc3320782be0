import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PageDigests } from './page-digests.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'page-digests-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PAGES = ['a/index.html', 'b/index.html', 'c/index.html'];
const html = (text: string) => `<main data-pagefind-body>${text}</main>`;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('base64');

/** One build's digests of every page of `site`, with the cache in `cache`. */
async function digestAll(site: string, cache: string) {
  const d = await PageDigests.load(cache);
  const pages = await Promise.all(PAGES.map((rel) => d.of(site, rel)));
  await d.save(cache);
  return { d, pages };
}

describe('page digests between builds', () => {
  const cache = path.join(tmp, 'cache');
  const first = path.join(tmp, 'first');
  const second = path.join(tmp, 'second');
  mkdirSync(cache);
  for (const rel of PAGES) {
    mkdirSync(path.dirname(path.join(first, rel)), { recursive: true });
    writeFileSync(path.join(first, rel), html(rel));
  }

  it('hashes every page of a new site, and knows which are searchable', async () => {
    writeFileSync(path.join(first, 'c/index.html'), '<main>no index</main>');
    const { d, pages } = await digestAll(first, cache);
    expect([d.hashed, d.remembered]).toEqual([3, 0]);
    expect(pages.map((p) => p.digest)).toEqual(PAGES.map((rel) => sha(path.join(first, rel))));
    expect(pages.map((p) => p.marked)).toEqual([true, true, false]);
  });

  it('remembers the pages taken from the last build and hashes the ones written anew', async () => {
    for (const rel of PAGES) mkdirSync(path.dirname(path.join(second, rel)), { recursive: true });
    linkSync(path.join(first, 'a/index.html'), path.join(second, 'a/index.html'));
    linkSync(path.join(first, 'c/index.html'), path.join(second, 'c/index.html'));
    writeFileSync(path.join(second, 'b/index.html'), html('b, changed'));
    const { d, pages } = await digestAll(second, cache);
    expect([d.hashed, d.remembered]).toEqual([1, 2]);
    expect(pages.map((p) => p.digest)).toEqual(PAGES.map((rel) => sha(path.join(second, rel))));
    expect(pages.map((p) => p.marked)).toEqual([true, true, false]);
  });

  it('reads a page again that was changed where it is', async () => {
    writeFileSync(path.join(second, 'a/index.html'), html('a, edited in place'));
    const { d, pages } = await digestAll(second, cache);
    expect(pages[0]!.digest).toBe(sha(path.join(second, 'a/index.html')));
    expect(d.hashed).toBeGreaterThanOrEqual(1);
  });

  it('keeps what Pagefind is given of a page while its bytes are the same, even written anew', async () => {
    const d = await PageDigests.load(cache);
    for (const rel of PAGES) await d.of(second, rel);
    PAGES.forEach((rel, i) => d.setIndexed(rel, `indexed-${i}`));
    await d.save(cache);
    const same = readFileSync(path.join(second, 'b/index.html'));
    rmSync(path.join(second, 'b/index.html'));
    writeFileSync(path.join(second, 'b/index.html'), same);
    writeFileSync(path.join(second, 'c/index.html'), '<main>c, changed</main>');
    const next = await PageDigests.load(cache);
    for (const rel of PAGES) await next.of(second, rel);
    expect(PAGES.map((rel) => next.indexed(rel))).toEqual(['indexed-0', 'indexed-1', undefined]);
  });
});
