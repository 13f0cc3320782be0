import { describe, expect, it } from 'vitest';
import { checkSources, type SourceFile } from './check.ts';
import type { CollectionName } from './collections.ts';
import { parseDataSource, parseMarkdownSource } from './source.ts';

const home = (extra: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    title: '示例职工之家',
    unit: '示例公司',
    unitType: 'state-owned',
    city: 'jinan',
    county: '历下区',
    sector: 'parks',
    level: 'model',
    year: '2022',
    eightHaves:
      '{ venue: true, signage: true, facilities: true, readingRoom: true, rules: true, activityPlan: true, funding: true, staffing: true }',
    sixHaves:
      '{ electedChair: true, organisation: true, serviceCarrier: true, workingRules: true, activityFunds: true, performance: true }',
    serviceMenu: '[{ name: 法律咨询 }]',
    satisfaction: '[{ year: 2024, percent: 90 }]',
    photos: '[{ src: ./a.jpg, alt: 职工书屋阅览区 }]',
    contact: '{ address: 济南市 }',
    summary: '摘要',
    ...extra,
  };
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n正文\n`;
};

const md = (collection: CollectionName, relativePath: string, text: string): SourceFile => ({
  collection,
  relativePath,
  file: `content/${collection}/${relativePath}`,
  source: parseMarkdownSource(text),
});
const exists = () => true;

describe('checkSources', () => {
  it('accepts a valid home', () => {
    const { problems, entries } = checkSources([md('homes', 'a.md', home())], exists);
    expect(problems).toEqual([]);
    expect(entries.homes.map((e) => e.id)).toEqual(['a']);
  });

  it('names the line, the field and the allowed values of a wrong level', () => {
    const { problems } = checkSources([md('homes', 'a.md', home({ level: 'excellent' }))], exists);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/homes/a.md', line: 8, col: 8, field: 'level' });
    expect(problems[0]?.message).toContain('“excellent”');
    expect(problems[0]?.message).toContain('model（模范）');
  });

  it('rejects a city outside Shandong and lists the 16 cities', () => {
    const { problems } = checkSources([md('homes', 'a.md', home({ city: 'beijing' }))], exists);
    expect(problems[0]?.field).toBe('city');
    expect(problems[0]?.message).toContain('heze（菏泽市）');
  });

  it('rejects 30 February instead of rolling it over to March', () => {
    const { problems } = checkSources([md('homes', 'a.md', home({ updated: '2024-02-30' }))], exists);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'updated', line: 17 });
    expect(problems[0]?.message).toContain('这一天不存在');
  });

  it('accepts 29 February of a leap year', () => {
    expect(checkSources([md('homes', 'a.md', home({ updated: '2024-02-29' }))], exists).problems).toEqual([]);
  });

  it('reports a missing required field with its Chinese name', () => {
    const text = home().replace(/^unitType: .*\n/m, '');
    const { problems } = checkSources([md('homes', 'a.md', text)], exists);
    expect(problems[0]?.message).toContain('缺少必填字段「单位性质」');
    expect(problems[0]?.message).toContain('non-public（非公企业）');
  });

  it('requires alt text on every photo', () => {
    const { problems } = checkSources([md('homes', 'a.md', home({ photos: '[{ src: ./a.jpg }]' }))], exists);
    expect(problems[0]?.field).toBe('photos[0].alt');
    expect(problems[0]?.message).toContain('替代文字');
  });

  it('names both files when two entries share an id', () => {
    const { problems } = checkSources([md('homes', 'jinan/a.md', home()), md('homes', 'qingdao/a.mdx', home())], exists);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('content/homes/qingdao/a.mdx');
    expect(problems[0]?.message).toContain('content/homes/jinan/a.md');
  });

  it('reports a story that names a home that does not exist', () => {
    const story = md(
      'stories',
      's.md',
      '---\ntitle: 案例\nauthor: 作者\ndate: 2024-01-01\nhomes: [a, nowhere]\nsummary: 摘要\n---\n正文',
    );
    const { problems } = checkSources([md('homes', 'a.md', home()), story], exists);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/stories/s.md', line: 5, field: 'homes[1]' });
    expect(problems[0]?.message).toContain('nowhere');
  });

  it('reports a photo file that does not exist', () => {
    const { problems } = checkSources([md('homes', 'a.md', home())], () => false);
    expect(problems[0]?.field).toBe('photos[0].src');
  });

  it('reports every problem of every file in one run', () => {
    const { problems } = checkSources(
      [md('homes', 'a.md', home({ level: 'excellent', city: 'beijing' })), md('homes', 'b.md', home({ year: '2017' }))],
      exists,
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/homes/a.md', 'city'],
      ['content/homes/a.md', 'level'],
      ['content/homes/b.md', 'year'],
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const bad: SourceFile = {
      collection: 'honors',
      relativePath: '2024.yaml',
      file: 'content/honors/2024.yaml',
      source: parseDataSource('year: 2024\nstatus: final\nawards:\n  - id: [unclosed\n'),
    };
    const { problems } = checkSources([bad], exists);
    expect(problems[0]?.message).toContain('YAML 格式错误');
    expect(problems[0]?.line).toBeGreaterThanOrEqual(4);
  });
});

describe('strict schemas', () => {
  it('refuses a misspelt field at its key, with the field it was meant to be', () => {
    const { problems, partial } = checkSources([md('homes', 'a.md', home({ summery: '摘要二' }))], exists);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 17, col: 1, field: 'summery' });
    expect(problems[0]!.message).toBe('无法识别的字段「summery」。你是不是想写 summary（摘要）？');
    expect(partial.homes.map((e) => e.id)).toEqual(['a']);
  });

  it('suggests the field whose Chinese name was typed as the key', () => {
    const { problems } = checkSources([md('homes', 'a.md', home({ 等级: 'model' }))], exists);
    expect(problems[0]!.message).toContain('你是不是想写 level（等级）');
  });

  it('refuses unknown keys inside nested objects, naming the object’s fields', () => {
    const { problems } = checkSources([md('homes', 'a.md', home({ contact: '{ address: 济南市, phnoe: "0531-1" }' }))], exists);
    expect(problems[0]).toMatchObject({ field: 'contact.phnoe' });
    expect(problems[0]!.message).toContain('你是不是想写 phone（电话）');
    expect(problems[0]!.hint).toContain('address（地址）');
  });

  it('says nothing it cannot back: no suggestion for a name far from every field', () => {
    const { problems } = checkSources([md('homes', 'a.md', home({ xyzzy: '1' }))], exists);
    expect(problems[0]!.message).toBe('无法识别的字段「xyzzy」。');
  });

  it('keeps a file with a bad field as existing, so stories naming it are not wrong', () => {
    const story = md('stories', 's.md', '---\ntitle: 案例\nauthor: 作者\ndate: 2024-01-01\nhomes: [a]\nsummary: 摘要\n---\n正文');
    const { problems } = checkSources([md('homes', 'a.md', home({ level: 'excellent' })), story], exists);
    expect(problems.map((p) => p.file)).toEqual(['content/homes/a.md']);
  });
});
