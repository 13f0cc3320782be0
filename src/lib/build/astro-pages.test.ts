import { describe, expect, it } from 'vitest';
import { astroPagesLines, astroPagesReport } from './astro-pages.ts';

const log = [
  '10:00:01 [build] Rearranging server assets...',
  ' generating static routes ',
  '\x1b[2m10:00:04\x1b[22m   ├─ /index.html (+12ms) ',
  '10:00:04   ├─ /homes/b/index.html (+3ms) ',
  '10:00:04   ├─ /homes/c/index.html (+1.50s) ',
  '10:00:05   ├─ /homes/page/2/index.html (+4ms) ',
  '10:00:05   └─ /stories/s/index.html (+2ms) ',
].join('\n');
const keyed = {
  'homes/a/index.html': { fate: 'reused' },
  'homes/b/index.html': { fate: 'data' },
  'homes/c/index.html': { fate: 'new' },
  'homes/page/2/index.html': { fate: 'missing' },
  'stories/s/index.html': { fate: 'code' },
  'stories/t/index.html': { fate: 'reused' },
} as const;

describe('astroPagesReport', () => {
  it('counts rendered and reused pages by kind, with the reason for each rendered one', () => {
    const r = astroPagesReport(log, keyed, ['homes/gone/index.html']);
    expect(r).toMatchObject({ pages: 7, rendered: 5, reused: 2, removed: 1, pathsSeconds: 3 });
    expect(r.removedFiles).toEqual(['homes/gone/index.html']);
    const kind = (id: string) => r.kinds.find((k) => k.id === id)!;
    expect(kind('homes')).toMatchObject({ pages: 3, rendered: 2, reused: 1, ms: 1503, removed: 1 });
    expect(kind('homes').reasons).toEqual({ data: 1, new: 1 });
    expect(kind('home-lists').reasons).toEqual({ missing: 1 });
    expect(kind('stories')).toMatchObject({ rendered: 1, reused: 1, reasons: { code: 1 } });
    expect(kind('other').reasons).toEqual({ unkeyed: 1 });
    expect(r.kinds.map((k) => k.id)).toEqual(['home-lists', 'homes', 'stories', 'other']);
  });

  it('counts every page when pages rendered side by side share lines of the log', () => {
    const sideBySide = [
      ' generating static routes ',
      '10:00:04   ├─ /homes/b/index.html  ├─ /homes/c/index.html  ├─ /homes/page/2/index.html (+3ms) ',
      ' (+1.50s)  ├─ /stories/s/index.html (+4ms) ',
      ' (+2ms) ',
    ].join('\n');
    const r = astroPagesReport(sideBySide, keyed, []);
    expect(r).toMatchObject({ pages: 6, rendered: 4, reused: 2 });
    const kind = (id: string) => r.kinds.find((k) => k.id === id)!;
    expect(kind('homes')).toMatchObject({ rendered: 2, ms: 1503 });
    expect(kind('home-lists')).toMatchObject({ rendered: 1, ms: 4 });
    expect(kind('stories')).toMatchObject({ rendered: 1, ms: 2 });
  });

  it('prints a line per kind in Chinese', () => {
    const lines = astroPagesLines(astroPagesReport(log, keyed, ['homes/gone/index.html']));
    expect(lines[0]).toBe('   页面 7 个：重新生成 5 个，沿用上次的 2 个，删除 1 个');
    expect(lines).toContain(
      '     职工之家页面：3 个，重新生成 2（页面所显示的内容有变化 1；新页面 1），沿用 1，删除 1（内容已删除或改名）',
    );
  });
});
