import { CITY_LABELS, SECTOR_LABELS, WORKER_GROUP_LABELS } from '../domain/vocab.ts';
import { parseFriendly, valueAt } from '../content/friendly-errors.ts';
import { formatProblem, type Problem } from '../content/problem.ts';
import { parseDataSource } from '../content/source.ts';
import { coverageSchema, type Coverage } from '../schemas/coverage.ts';

/** Where the coverage figures live, relative to the content root. */
export const COVERAGE_FILE = 'data/coverage.yaml';

/** Chinese names of the file's fields, for messages. */
const FIELD_NAMES: Record<string, string> = {
  sample: '示例数据标记',
  source: '数据来源',
  years: '逐年数据',
  year: '年份',
  cities: '各市数据',
  unionisation: '八大领域建会率',
  membership: '八大群体入会率',
  grassrootsUnions: '基层工会数',
  sixHavesMet: '达到“六有”的基层工会数',
  positions: '阵地数',
  eightHavesMet: '达到“八有”的阵地数',
  socialWorkers: '工会社会工作专业人才人数',
  firstChairs: '“第一主席”人数',
  ...CITY_LABELS,
  ...SECTOR_LABELS,
  ...WORKER_GROUP_LABELS,
};

/** "2020 年 · 济南市 · " for a path inside a year and a city. */
function context(data: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const year = path[0] === 'years' ? valueAt(data, ['years', path[1] ?? -1, 'year']) : undefined;
  if (typeof year === 'number') parts.push(`${year} 年`);
  // A missing city is named by the message itself.
  const city = path[2] === 'cities' && path.length > 4 ? path[3] : undefined;
  if (typeof city === 'string' && city in CITY_LABELS) parts.push(FIELD_NAMES[city]!);
  return parts.map((p) => `${p} · `).join('');
}

/**
 * Parses and checks the text of `coverage.yaml`; `file` is how messages name
 * it. Every problem names the file, line, field and what is allowed.
 */
export function parseCoverage(text: string, file: string): { coverage?: Coverage; problems: Problem[] } {
  const source = parseDataSource(text);
  if (source.syntaxErrors.length)
    return {
      problems: source.syntaxErrors.map((e) => ({ file, ...e.position, message: `YAML 格式错误：${e.message}` })),
    };
  const where = { file, locate: source.locate, locateKey: source.locateKey };
  const result = parseFriendly(coverageSchema, source.data, where, {
    labels: FIELD_NAMES,
    // "2020 年 · 济南市 · " before each message, so a figure is found in a long file.
    annotate: (p, path) => ({ ...p, message: `${context(source.data, path)}${p.message}` }),
  });
  return result.data ? { coverage: result.data, problems: [] } : { problems: result.problems };
}

/** Throws one error listing every problem, or returns the figures. */
export function coverageOrThrow(text: string, file: string): Coverage {
  const { coverage, problems } = parseCoverage(text, file);
  if (coverage) return coverage;
  const lines = problems.map((p) => `  ${formatProblem(p)}`);
  throw new Error(`数据文件 ${file} 有 ${problems.length} 处问题，数据看板无法生成：\n${lines.join('\n')}`);
}
