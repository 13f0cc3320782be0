import { describe, expect, it } from 'vitest';
import { initPagefindForSegmentedQueries, SPLIT_PROBE, UNSPLIT_LANGUAGE } from './pagefind-start.ts';

describe('initPagefindForSegmentedQueries', () => {
  function fakePagefind(root: { lang: string }, splits: boolean) {
    const seen: string[] = [];
    return {
      seen,
      init: async () => {
        seen.push(`init:${root.lang}`);
      },
      search: async (term: string) => {
        seen.push(`search:${term}`);
        return { results: splits ? [{}] : [] };
      },
    };
  }
  it('starts Pagefind while the page claims an unsplit language, then puts the language back', async () => {
    const root = { lang: 'zh-CN' };
    const pf = fakePagefind(root, false);
    expect(await initPagefindForSegmentedQueries(pf, root)).toBe(true);
    expect(pf.seen).toEqual([`init:${UNSPLIT_LANGUAGE}`, `search:${SPLIT_PROBE}`]);
    expect(root.lang).toBe('zh-CN');
  });
  it('reports false when the probe shows that Pagefind still splits queries', async () => {
    const root = { lang: 'zh-CN' };
    expect(await initPagefindForSegmentedQueries(fakePagefind(root, true), root)).toBe(false);
  });
  it('puts the language back even when Pagefind fails to start', async () => {
    const root = { lang: 'zh-CN' };
    const failing = {
      init: () => {
        throw new Error('no index');
      },
      search: async () => null,
    };
    await expect(initPagefindForSegmentedQueries(failing, root)).rejects.toThrow('no index');
    expect(root.lang).toBe('zh-CN');
  });
});
