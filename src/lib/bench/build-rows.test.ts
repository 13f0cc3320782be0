import { describe, expect, it } from 'vitest';
import type { BuildRun } from './build-run.ts';
import { sameAsColdRow, unchangedRow, warmShareRow } from './build-rows.ts';

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
