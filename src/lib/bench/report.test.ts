import { describe, expect, it } from 'vitest';
import { displayWidth, judgeTargets, markdownTable, textTable } from './report.ts';

describe('judgeTargets', () => {
  it('judges each target that was measured and says by how much', () => {
    const t = judgeTargets({
      homes: 10_000,
      astroMsPerPage: 10,
      hugoMsPerPage: 2,
      coldSeconds: 100,
      warmSeconds: 40,
      peakMb: 2048,
      certificateRatio: 2.5,
      firstSearchBytes: 100 * 1024,
      firstSearchMs: 350,
      recall: 1,
    });
    expect(t.map((x) => x.met)).toEqual([false, false, true, true, true, false, true]);
    expect(t[0]!.margin).toBe('1.3x over the line');
    expect(t[1]!.margin).toBe('4.0x the allowed share');
    expect(t[2]!.margin).toBe('2.00 GB to spare');
    expect(t[5]!.margin).toBe('50 ms over');
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
