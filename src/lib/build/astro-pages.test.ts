import { describe, expect, it } from 'vitest';
import { astroPagesLines, astroPagesReport, type IncrementalManifest } from './astro-pages.ts';

const manifest = (
  paths: Record<string, [route: string, key: string, content?: string]>,
  code: Record<string, string> = {},
  configHash = 'c',
): IncrementalManifest => {
  const routes: IncrementalManifest['routes'] = {};
  for (const [file, [route, cacheKey, content]] of Object.entries(paths)) {
    routes[route] ??= { dependencyHash: code[route] ?? 'd', paths: {} };
    routes[route].paths[`/${file}`] = {
      cacheKey,
      outputFile: file,
      ...(content ? { contentHashes: { [file]: content } } : {}),
    };
  }
  return { version: 1, configHash, lockfileHash: 'l', routes };
};
const H = 'src/pages/homes/[id].astro';
const S = 'src/pages/stories/[id].astro';
const L = 'src/pages/homes/[...list].astro';

const log = [
  '10:00:01 [build] Rearranging server assets...',
  ' generating static routes ',
  '10:00:04   ├─ /index.html (+12ms) ',
  '10:00:04   ├─ /homes/a/index.html (restored)',
  '10:00:04   ├─ /homes/b/index.html (+3ms) ',
  '10:00:04   ├─ /homes/c/index.html (+1.50s) ',
  '10:00:05   ├─ /homes/page/2/index.html (+4ms) ',
  '10:00:05   ├─ /stories/s/index.html (+2ms) ',
  '10:00:05   └─ /stories/t/index.html (cached)',
].join('\n');

describe('astroPagesReport', () => {
  const before = manifest({
    'homes/a/index.html': [H, 'a1'],
    'homes/b/index.html': [H, 'b1'],
    'homes/gone/index.html': [H, 'g1'],
    'homes/page/2/index.html': [L, 'p1'],
    'stories/s/index.html': [S, 's1', 'x'],
    'stories/t/index.html': [S, 't1'],
  });
  const after = manifest(
    {
      'homes/a/index.html': [H, 'a1'],
      'homes/b/index.html': [H, 'b2'],
      'homes/c/index.html': [H, 'c1'],
      'homes/page/2/index.html': [L, 'p1'],
      'stories/s/index.html': [S, 's1', 'y'],
      'stories/t/index.html': [S, 't1'],
    },
    { [L]: 'd2' },
  );

  it('counts rendered and reused pages by kind, with the reason for each rendered one', () => {
    const r = astroPagesReport(log, before, after);
    expect(r).toMatchObject({ pages: 7, rendered: 5, reused: 2, removed: 1, pathsSeconds: 3 });
    expect(r.removedFiles).toEqual(['/homes/gone/index.html']);
    const kind = (id: string) => r.kinds.find((k) => k.id === id)!;
    expect(kind('homes')).toMatchObject({ pages: 3, rendered: 2, reused: 1, ms: 1503, removed: 1 });
    expect(kind('homes').reasons).toEqual({ data: 1, new: 1 });
    expect(kind('home-lists').reasons).toEqual({ code: 1 });
    expect(kind('stories').reasons).toEqual({ content: 1 });
    expect(kind('other').reasons).toEqual({ unkeyed: 1 });
    expect(r.kinds.map((k) => k.id)).toEqual(['home-lists', 'homes', 'stories', 'other']);
  });

  it('says so when there is no previous build, or its cache no longer applies', () => {
    expect(astroPagesReport(log, null, after).kinds.find((k) => k.id === 'homes')!.reasons).toEqual({ first: 2 });
    const changed = { ...after, configHash: 'other' };
    expect(astroPagesReport(log, before, changed).kinds.find((k) => k.id === 'homes')!.reasons).toEqual({ reset: 2 });
  });

  it('prints a line per kind in Chinese', () => {
    const lines = astroPagesLines(astroPagesReport(log, before, after));
    expect(lines[0]).toBe('   页面 7 个：重新生成 5 个，沿用上次的 2 个，删除 1 个');
    expect(lines).toContain(
      '     职工之家页面：3 个，重新生成 2（页面所显示的内容有变化 1；新页面 1），沿用 1，删除 1（内容已删除或改名）',
    );
  });
});
