import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { coverageOrThrow, parseCoverage } from './parse.ts';
import { coverageOf, yearFigures } from './test-data.ts';

const FILE = 'content/data/coverage.yaml';
const good = () => coverageOf(yearFigures(2019, 60), yearFigures(2020, 72));

describe('parseCoverage', () => {
  it('accepts a well-formed file', () => {
    const { coverage, problems } = parseCoverage(stringify(good()), FILE);
    expect(problems).toEqual([]);
    expect(coverage!.years.map((y) => y.year)).toEqual([2019, 2020]);
  });

  it('names the file, line, field, year and city of each problem', () => {
    const data = good();
    data.years[1]!.cities.jinan.sixHavesMet = 101;
    data.years[1]!.cities.qingdao.unionisation.parks = 105;
    const text = stringify(data);
    const { problems } = parseCoverage(text, FILE);
    expect(problems).toHaveLength(2);
    const six = problems.find((p) => p.field === 'years[1].cities.jinan.sixHavesMet')!;
    expect(six.file).toBe(FILE);
    expect(six.message).toMatch(/^2020 年 · 济南市 · .*六有.*101.*100/);
    expect(text.split('\n')[six.line - 1]).toContain('sixHavesMet: 101');
    const parks = problems.find((p) => p.field === 'years[1].cities.qingdao.unionisation.parks')!;
    expect(parks.message).toContain('不能大于 100');
    expect(parks.message).toContain('实际写的是 105');
  });

  it('reports a missing city, a misspelt one and a year written twice', () => {
    const data = good() as unknown as { years: { year: number; cities: Record<string, unknown> }[] };
    data.years[0]!.cities['jinnan'] = data.years[0]!.cities['jinan'];
    delete data.years[0]!.cities['jinan'];
    data.years[1]!.year = 2019;
    const messages = parseCoverage(stringify(data), FILE).problems.map((p) => `${p.field} ${p.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/^years\[0\]\.cities\.jinan 2019 年 · 缺少必填字段「济南市」（jinan）$/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/无法识别的字段「jinnan」。你是不是想写 jinan（济南市）？/));
    expect(messages).toContainEqual(expect.stringMatching(/^years\[1\]\.year .*2019 年的数据写了两次/));
  });

  it('reports YAML syntax errors with their line', () => {
    const { problems } = parseCoverage('sample: true\nyears: [\n', FILE);
    expect(problems[0]!.message).toMatch(/^YAML 格式错误/);
    expect(problems[0]!.line).toBeGreaterThan(0);
  });
});

describe('coverageOrThrow', () => {
  it('throws one message listing every problem', () => {
    expect(() => coverageOrThrow('sample: true\n', FILE)).toThrow(
      /数据文件 content\/data\/coverage\.yaml 有 2 处问题[\s\S]*coverage\.yaml:\d+:\d+/,
    );
  });
});
