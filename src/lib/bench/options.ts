/** The benchmark's command-line options and what they decide (pure). */
import type { ParseArgsOptionsConfig } from 'node:util';

/** `npm run bench` options, for node:util's parseArgs. */
export const BENCH_OPTIONS = {
  quick: { type: 'boolean', default: false },
  homes: { type: 'string' },
  stories: { type: 'string' },
  courses: { type: 'string' },
  seed: { type: 'string', default: '1' },
  'as-of': { type: 'string', default: '2026-06-30' },
  sample: { type: 'string' },
  lighthouse: { type: 'boolean' },
  certificates: { type: 'boolean' },
  'no-lighthouse': { type: 'boolean', default: false },
  'no-hugo': { type: 'boolean', default: false },
  'no-verify': { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
  /** Where the .json and .md go; bench/results by default. */
  results: { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

/** The option values as parseArgs returns them for BENCH_OPTIONS. */
export interface BenchArgs {
  quick: boolean;
  homes?: string | undefined;
  stories?: string | undefined;
  courses?: string | undefined;
  seed: string;
  'as-of': string;
  sample?: string | undefined;
  lighthouse?: boolean | undefined;
  certificates?: boolean | undefined;
  'no-lighthouse': boolean;
  'no-hugo': boolean;
  'no-verify': boolean;
  keep: boolean;
  results?: string | undefined;
}

export interface CorpusSize {
  homes: number;
  stories: number;
  courses: number;
  seed: number;
  /** The date the corpus's honours and deadlines are reckoned from. */
  asOf: string;
}

export interface BenchSettings {
  quick: boolean;
  size: CorpusSize;
  lighthouse: boolean;
  /** Chromium's certificates beside ours (scripts/bench-certificates.ts), and how many of each. */
  certificates: { run: boolean; n: number };
  /** false with --no-hugo; Hugo may still be missing on the machine. */
  hugo: boolean;
  /** Build the content cold once more and compare the warm output with it. */
  verify: boolean;
  /** The sample site's output folder to weigh (--sample, from the working folder), if one is named. */
  sample?: string | undefined;
  /** Without --sample, a quick run weighs the project's dist/ when it holds a site (else it builds one). */
  sampleFromDist: boolean;
  keep: boolean;
  results?: string | undefined;
}

/**
 * What a run does: --quick (CI) means 300 homes, 50 stories, 5 courses and
 * neither Lighthouse nor Chromium's certificates unless asked for; a full
 * run 10,000 homes, 1,000 stories, 50 courses and both.
 */
export function benchSettings(v: BenchArgs): BenchSettings {
  const quick = v.quick;
  return {
    quick,
    size: {
      homes: Number(v.homes ?? (quick ? 300 : 10_000)),
      stories: Number(v.stories ?? (quick ? 50 : 1_000)),
      courses: Number(v.courses ?? (quick ? 5 : 50)),
      seed: Number(v.seed),
      asOf: v['as-of'],
    },
    lighthouse: !v['no-lighthouse'] && (v.lighthouse ?? !quick),
    certificates: { run: v.certificates ?? !quick, n: quick ? 24 : 200 },
    hugo: !v['no-hugo'],
    verify: !v['no-verify'],
    sample: v.sample || undefined,
    sampleFromDist: !v.sample && quick,
    keep: v.keep,
    results: v.results,
  };
}
