import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { leanContext, whileLoading } from './lean-loader.ts';

/** A loader context with the parts leanContext uses: a store, a digest, one entry type that counts its parses. */
function fakeContext() {
  const stored = new Map<string, Record<string, unknown>>();
  const parsed: string[] = [];
  const context = {
    store: {
      get: (id: string) => stored.get(id),
      set: (entry: Record<string, unknown> & { id: string }) => (stored.set(entry.id, entry), true),
    },
    generateDigest: (s: string) => `d:${s}`,
    entryTypes: new Map([
      [
        '.md',
        {
          getEntryInfo: async ({ contents }: { contents: string }) => (
            parsed.push(contents),
            { body: contents, data: { title: contents } }
          ),
        },
      ],
    ]),
  } as unknown as LoaderContext;
  return { context, stored, parsed };
}

const base = '/content/homes';
const fileUrl = pathToFileURL('/content/homes/jinan/a.md');
const info = (c: LoaderContext, contents: string) =>
  (
    c as unknown as {
      entryTypes: Map<string, { getEntryInfo: (o: { contents: string; fileUrl: URL }) => Promise<unknown> }>;
    }
  ).entryTypes
    .get('.md')!
    .getEntryInfo({ contents, fileUrl });

describe('the lean loader context', () => {
  it('does not parse a file whose bytes its stored entry was made from, and parses a changed one', async () => {
    const { context, stored, parsed } = fakeContext();
    stored.set('a', { id: 'a', filePath: 'content/homes/jinan/a.md', digest: 'd:标题一' });
    const lean = leanContext(context, base, (rel) => (rel === 'jinan/a.md' ? 'a' : rel));
    expect(await info(lean, '标题一')).toEqual({ body: '', data: {} });
    expect(parsed).toEqual([]);
    expect(await info(lean, '标题二')).toEqual({ body: '标题二', data: { title: '标题二' } });
    expect(parsed).toEqual(['标题二']);
  });

  it('stores a rendered entry without the frontmatter copy in its metadata, the rest as it is', () => {
    const { context, stored } = fakeContext();
    const lean = leanContext(context, base, (rel) => rel);
    const rendered = {
      html: '<h2 id="a">甲</h2>',
      metadata: { headings: [{ depth: 2, slug: 'a', text: '甲' }], frontmatter: { title: '甲' } },
    };
    lean.store.set({ id: 'a', data: { title: '甲' }, digest: 'x', rendered });
    expect(stored.get('a')).toEqual({
      id: 'a',
      data: { title: '甲' },
      digest: 'x',
      rendered: { html: rendered.html, metadata: { headings: rendered.metadata.headings, frontmatter: {} } },
    });
  });
});

describe('whileLoading', () => {
  it('keeps touching the store while a load runs (so Astro does not write it halfway), and stops after', async () => {
    vi.useFakeTimers();
    try {
      const touched: string[] = [];
      const context = { meta: { set: (key: string) => touched.push(key) } } as unknown as LoaderContext;
      let finish = () => {};
      const loading = whileLoading(context, () => new Promise<string>((resolve) => (finish = () => resolve('done'))));
      await vi.advanceTimersByTimeAsync(1000);
      const during = touched.length;
      expect(during).toBeGreaterThanOrEqual(4); // Astro writes after 500 ms without a change
      finish();
      await expect(loading).resolves.toBe('done');
      await vi.advanceTimersByTimeAsync(1000);
      expect(touched.length).toBe(during);
    } finally {
      vi.useRealTimers();
    }
  });
});
