import { describe, expect, it } from 'vitest';
import { judgeTargets } from './report.ts';
import { benchCommand, printedResult, resultJson, resultMarkdown, resultName, type BenchResult } from './results.ts';

const result: BenchResult = {
  meta: {
    date: '2026-12-07T10:41:05.123Z',
    mode: 'quick',
    cores: 2,
    cpu: 'Test CPU',
    memoryGb: 8,
    node: 'v24.1.0',
    loadStart: [1.5, 1, 0.5],
    loadEnd: [2, 1.25, 0.75],
    command: benchCommand(['--quick']),
    corpus: { homes: 300, stories: 50, courses: 5, seed: 1, asOf: '2026-06-30' },
  },
  rows: [
    { section: 'cold', item: 'total', value: '60.0 s', note: 'a|b' },
    { section: 'lighthouse', item: 'run', value: 'skipped' },
  ],
  figures: { homes: 300, coldSeconds: 60 },
  targets: judgeTargets({ homes: 300, coldSeconds: 60 }),
  details: { weights: [] },
};

describe('benchmark results', () => {
  it('names the files by day and mode, and the command as it was typed', () => {
    expect(resultName(result.meta)).toBe('2026-12-07-quick');
    expect(result.meta.command).toBe('npm run bench -- --quick');
    expect(benchCommand([])).toBe('npm run bench');
  });

  it('prints the rows and then the targets, each as an aligned table', () => {
    const lines = printedResult(result).split('\n');
    expect(lines[1]).toMatch(/^section +item +value +note$/);
    expect(lines[3]).toMatch(/^cold +total +60\.0 s +a\|b$/);
    expect(lines[4]).toMatch(/^lighthouse +run +skipped$/);
    expect(lines[6]).toMatch(/^target \(issues 14 and 10\) +measured +margin$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^cold build, all steps <= 300 s +60\.0 s +met +240 s to spare$/),
    );
  });

  it('writes the machine, the targets and the figures as Markdown, and every part as JSON', () => {
    const md = resultMarkdown(result);
    expect(md.split('\n').slice(0, 4)).toEqual([
      '# Benchmark, quick run, 2026-12-07 10:41 UTC',
      '',
      'Machine: 2 cores (Test CPU), 8 GB memory, Node v24.1.0;',
      'load average 1.5 / 1 / 0.5 at the start, 2 / 1.25 / 0.75 at the end.',
    ]);
    expect(md).toContain('| cold build, all steps <= 300 s | 60.0 s | met | 240 s to spare |');
    expect(md).toContain('| cold | total | 60.0 s | a\\|b |');
    expect(md).toContain('| lighthouse | run | skipped |  |');
    const json = JSON.parse(resultJson(result));
    expect(Object.keys(json)).toEqual([...Object.keys(result.meta), 'rows', 'figures', 'targets', 'details']);
    expect(json.targets[1]).toMatchObject({ met: true });
  });
});
