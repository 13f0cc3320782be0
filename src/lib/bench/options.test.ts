import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BENCH_OPTIONS, benchSettings } from './options.ts';

const settings = (...args: string[]) => benchSettings(parseArgs({ args, options: BENCH_OPTIONS }).values);

describe('benchSettings', () => {
  it('runs the full benchmark by default: 10,000 homes, Lighthouse, Chromium certificates', () => {
    expect(settings()).toEqual({
      quick: false,
      size: { homes: 10_000, stories: 1_000, courses: 50, seed: 1, asOf: '2026-06-30' },
      lighthouse: true,
      certificates: { run: true, n: 200 },
      hugo: true,
      verify: true,
      sample: undefined,
      sampleFromDist: false,
      keep: false,
      results: undefined,
    });
  });

  it('makes --quick the CI run: 300 homes, no Lighthouse or Chromium unless asked for, dist/ weighed', () => {
    const quick = settings('--quick');
    expect(quick.size).toMatchObject({ homes: 300, stories: 50, courses: 5 });
    expect(quick).toMatchObject({ lighthouse: false, certificates: { run: false, n: 24 }, sampleFromDist: true });
    expect(settings('--quick', '--lighthouse', '--certificates')).toMatchObject({
      lighthouse: true,
      certificates: { run: true, n: 24 },
    });
  });

  it('takes sizes and the folders as given, and --no-lighthouse over --lighthouse', () => {
    const s = settings('--homes', '5000', '--seed', '7', '--sample', 'out', '--results', '/tmp/r', '--no-hugo');
    expect(s.size).toMatchObject({ homes: 5000, stories: 1_000, seed: 7 });
    expect(s).toMatchObject({ sample: 'out', sampleFromDist: false, results: '/tmp/r', hugo: false });
    expect(settings('--lighthouse', '--no-lighthouse').lighthouse).toBe(false);
    expect(settings('--quick', '--sample', 'out').sampleFromDist).toBe(false);
  });
});
