/** The benchmark's command-line options and what they decide (pure). */
import type { ParseArgsOptionsConfig } from 'node:util';
import type { CommandSpec } from '../node/command-line.ts';

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

/** `npm run bench --help`: what the benchmark does and a line per option. */
export const BENCH_COMMAND: CommandSpec<typeof BENCH_OPTIONS, false> = {
  usage: '用法：npm run bench [-- 选项]',
  about:
    '基准测试：生成一批职工之家、案例和课程，用真实的构建流程冷构建、无改动重建、改动后增量构建并计时，与 Hugo 和 Chromium 比较，测搜索和页面大小；结果写入 bench/results/（各项数字的含义见 bench/README.md）。',
  options: BENCH_OPTIONS,
  help: {
    quick: '快速运行（CI 用：300 个职工之家），不跑 Lighthouse 和与 Chromium 的证书比较，除非另外要求',
    homes: ['5000', '生成多少个职工之家（默认 10000，--quick 时 300）'],
    stories: ['500', '生成多少篇案例（默认 1000，--quick 时 50）'],
    courses: ['20', '生成多少门课程（默认 50，--quick 时 5）'],
    seed: ['7', '生成内容用的随机种子，同一种子生成同样的内容'],
    'as-of': ['2025-12-31', '荣誉状态和期限按哪一天计算'],
    sample: ['dist', '要称页面大小、打分的示例网站输出文件夹（不写时现场构建一个；--quick 时先用 dist/ 里的）'],
    lighthouse: '用 Lighthouse 给示例网站的页面打分（完整运行默认打分）',
    certificates: '与 Chromium 比较证书绘制速度（完整运行默认比较）',
    'no-lighthouse': '不跑 Lighthouse',
    'no-hugo': '不与 Hugo 比较',
    'no-verify': '不再冷构建一次来逐字节核对增量构建的结果',
    keep: '保留生成的内容和构建结果，不删除',
    results: ['my-results', '把 .json 和 .md 写到哪个文件夹（默认 bench/results）'],
  },
};

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
