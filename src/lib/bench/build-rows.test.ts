import { describe, expect, it } from 'vitest';
import type { BuildRun } from './build-run.ts';
import { buildRows, sameAsColdRow, unchangedRow, warmShareRow } from './build-rows.ts';

const run = (seconds: number, more: Partial<BuildRun> = {}) =>
  ({ measured: { seconds }, peakMb: 300, result: 'built', ...more }) as BuildRun;

describe('the rows that set a build against the cold one', () => {
  it('gives the unchanged build as a share of cold and says whether it kept the last site', () => {
    expect(unchangedRow(run(2, { result: 'unchanged' }), run(100))).toEqual({
      section: 'unchanged',
      item: 'total',
      value: '2.0 s',
      note: '2.0% of cold; content, code and dates unchanged: the last site kept; peak 300 MB',
    });
    expect(unchangedRow(run(50), run(100)).note).toBe('50.0% of cold; rebuilt; peak 300 MB');
  });

  it('names the changed files and the pages the warm build rendered', () => {
    const warm = run(8, { profile: { rendered: 3, pages: 900 } as BuildRun['profile'] });
    expect(warmShareRow(warm, run(100), ['homes/jinan/a.md', 'stories/b.md'])).toEqual({
      section: 'warm',
      item: 'what re-ran',
      value: '8.0% of cold',
      note: 'changed homes/jinan/a.md and stories/b.md: 3 of 900 pages rendered',
    });
  });

  it('says identical only when no file differs or is missing on either side', () => {
    const same = sameAsColdRow({ files: 12, differ: [], onlyA: [], onlyB: [] }, 61.25);
    expect(same).toMatchObject({
      value: 'identical',
      note: '12 files, byte for byte (cold build of the same content in 61.3 s)',
    });
    const differ = sameAsColdRow({ files: 12, differ: ['a', 'b', 'c', 'd'], onlyA: ['x'], onlyB: [] }, 1);
    expect(differ).toMatchObject({ value: 'DIFFERENT', note: '4 differ (e.g. a b c), 1 only in warm, 0 only in cold' });
    expect(sameAsColdRow({ files: 1, differ: [], onlyA: [], onlyB: ['y'] }, 1).value).toBe('DIFFERENT');
  });
});

describe('the rows of one build', () => {
  it('says which steps ran side by side, sharing their CPU time and peak', () => {
    const step = (name: string, heading: number, seconds: number) => ({
      name,
      heading,
      seconds,
      cpuSeconds: heading === 3 ? 90 : 10,
      peakMb: heading === 3 ? 1500 : 900,
      stats: {},
    });
    const rows = buildRows(
      'cold',
      run(120, {
        steps: [
          step('validate', 1, 10),
          step('建立全文搜索索引（Pagefind）', 3, 40),
          step('生成荣誉证书和分享图', 3, 60),
        ],
        cpuSeconds: 110,
        pages: 100,
        measured: { seconds: 120, output: '内容检查通过：3 条内容。\n' } as BuildRun['measured'],
      }),
    );
    expect(rows.map((r) => [r.item, r.value])).toEqual([
      ['validate', '10.0 s'],
      ['search index', '40.0 s'],
      ['certificates + share images', '60.0 s'],
      ['total', '120.0 s'],
    ]);
    expect(rows[0]?.note).toBe('cpu 10.0 s, peak 900 MB; 内容检查通过：3 条内容。');
    expect(rows[1]?.note).toMatch(/^cpu 90\.0 s, peak 1500 MB \(with certificates \+ share images beside it\); /);
    expect(rows[2]?.note).toMatch(/^cpu 90\.0 s, peak 1500 MB \(with search index beside it\); /);
  });
});

describe('the search step’s row', () => {
  const searchRun = (shards: { name: string; status: string; reason: string }[]) =>
    run(50, {
      steps: [
        {
          name: '建立全文搜索索引（Pagefind）',
          heading: 3,
          seconds: 20,
          cpuSeconds: 30,
          peakMb: 800,
          stats: { pages: 900, files: 40, bytes: 1048576, rebuilt: shards.length, reused: 70 - shards.length, shards },
        },
      ],
      cpuSeconds: 40,
      pages: 1000,
    });

  it('names the rebuilt shards and why when they are few', () => {
    const shards = [
      { name: 'homes-3', status: 'rebuilt', reason: 'changed' },
      { name: 'stories-0', status: 'rebuilt', reason: 'changed' },
    ];
    expect(buildRows('warm', searchRun(shards))[0]?.note).toContain(
      'shards 2 rebuilt (homes-3: changed, stories-0: changed), 68 reused',
    );
  });

  it('counts them by reason when there are many', () => {
    const shards = Array.from({ length: 70 }, (_, i) => ({ name: `homes-${i}`, status: 'rebuilt', reason: 'new' }));
    expect(buildRows('cold', searchRun(shards))[0]?.note).toContain('shards 70 rebuilt (new: 70), 0 reused');
  });
});
