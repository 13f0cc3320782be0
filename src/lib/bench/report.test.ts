import { describe, expect, it } from 'vitest';
import { displayWidth, judgeTargets, markdownTable, textTable } from './report.ts';

describe('judgeTargets', () => {
  it('judges each target that was measured and says by how much', () => {
    const t = judgeTargets({
      homes: 10_000,
      astroMsPerPage: 10,
      hugoMsPerPage: 2,
      coldSeconds: 400,
      warmSeconds: 40,
      unchangedSeconds: 4,
      peakMb: 2048,
      certificateRatio: 2.5,
      firstSearchBytes: 100 * 1024,
      firstSearchMs: 350,
      recall: 1,
    });
    expect(t.map((x) => x.met)).toEqual([false, false, true, true, true, true, false, true, true]);
    expect(t[0]!.margin).toBe('25% over the line');
    expect(t[1]!.margin).toBe('100 s over');
    expect(t[2]!.margin).toBe('0.0% under; 20 s under 60 s');
    expect(t[3]!.margin).toBe('4.0% under');
    expect(t[4]!.margin).toBe('2.00 GB to spare');
    expect(t[6]!.margin).toBe('50 ms over');
  });

  it('misses the warm target when either line is crossed', () => {
    const warm = (coldSeconds: number, warmSeconds: number) =>
      judgeTargets({ homes: 10_000, coldSeconds, warmSeconds })[2]!;
    expect(warm(1000, 70)).toMatchObject({ met: false, margin: '3.0% under; 10 s over 60 s' });
    expect(warm(200, 30)).toMatchObject({ met: false, margin: '1.5x the allowed share; 30 s under 60 s' });
  });

  it('leaves unmeasured targets unjudged', () => {
    expect(judgeTargets({ homes: 300 }).every((x) => x.met === null)).toBe(true);
  });
});

describe('tables', () => {
  it('counts CJK characters, rare ones included, as two columns', () => {
    expect(displayWidth('ab职工𠮷')).toBe(8);
  });

  it('aligns text columns and escapes Markdown pipes', () => {
    expect(textTable(['a', 'b'], [['职工', 'x']])).toBe('a     b\n----  -\n职工  x');
    expect(markdownTable(['a'], [['x|y']])).toBe('| a |\n| --- |\n| x\\|y |');
  });
});
