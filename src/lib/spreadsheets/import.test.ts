import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { homeFile, personFile, topTenWorld, type ContentFile } from '../awards/testing.ts';
import type { CellValue } from './normalise.ts';
import { importSheet, printed, sheetOf } from './testing.ts';

const HEADERS = ['序号', '职工之家名称', '姓名', '等级', '是否十佳', '命名单位', '命名日期', '证书编号'];
const TITLE = '2025年度十佳职工信赖的职工之家名单';

/** A sheet with a merged title row, the headers, and one row per record. */
function sheet(records: Record<string, CellValue>[], headers = HEADERS) {
  return sheetOf([
    headers.map(() => TITLE),
    headers,
    ...records.map((r, i) => headers.map((h) => (h === '序号' ? i + 1 : (r[h] ?? null)))),
  ]);
}

const homeRow = (i: number, fields: Record<string, CellValue> = {}) => ({
  职工之家名称: `测试职工之家 top-${i}`,
  等级: '模范',
  是否十佳: '是',
  命名单位: '山东省总工会',
  命名日期: '2025年4月26日',
  ...fields,
});
const personRow = (i: number, fields: Record<string, CellValue> = {}) => ({
  ...homeRow(i),
  姓名: `测试chair-${i}`,
  ...fields,
});
const topTen = () => [...Array(10).keys()].flatMap((i) => [homeRow(i), personRow(i)]);

/** Ten top-ten homes and their chairs, with a final 2024 list; no 2025 list yet. */
const world = (files: ContentFile[] = []) => [...topTenWorld(2024), ...files];

const awardsOf = (text: string | undefined) => (parse(text ?? '') as { awards: Record<string, unknown>[] }).awards;

describe('importing a new year', () => {
  it('writes a draft list with ids and serials formed as the record forms them', () => {
    const result = importSheet(world(), sheet(topTen()), { year: 2025 });
    expect(printed(result)).toEqual([]);
    expect(result.header).toBe(2);
    const list = parse(result.text!) as { year: number; status: string; awards: Record<string, unknown>[] };
    expect([list.year, list.status, list.awards.length]).toEqual([2025, 'draft', 20]);
    expect(list.awards[0]).toEqual({
      id: '2025-top-top-0',
      serial: '鲁工家证〔2025〕001',
      home: 'top-0',
      level: 'model',
      topTen: true,
      conferrer: '山东省总工会',
      conferredOn: '2025-04-26',
    });
    expect(list.awards[1]).toMatchObject({ id: '2025-top-chair-0', serial: '鲁工娘证〔2025〕001', person: 'chair-0' });
    expect(list.awards.at(-1)).toMatchObject({ serial: '鲁工娘证〔2025〕010' });
  });

  it('publishes it as final with --final', () => {
    const result = importSheet(world(), sheet(topTen()), { year: 2025, final: true });
    expect(printed(result)).toEqual([]);
    expect((parse(result.text!) as { status: string }).status).toBe('final');
  });

  it('reads full-width digits, Excel date cells, √ and typed serials', () => {
    const rows = topTen().map((r, i) =>
      i === 0
        ? { ...r, 命名日期: new Date(Date.UTC(2025, 3, 26)), 是否十佳: '√', 证书编号: '鲁工家证【２０２５】０５０' }
        : i === 2
          ? { ...r, 命名日期: '２０２５年４月２６日', 职工之家名称: ' 测试职工之家　top-1 ' }
          : r,
    );
    const result = importSheet(world(), sheet(rows), { year: 2025 });
    expect(printed(result)).toEqual([]);
    const awards = awardsOf(result.text);
    expect(awards[0]).toMatchObject({ serial: '鲁工家证〔2025〕050', conferredOn: '2025-04-26', topTen: true });
    expect(awards[2]).toMatchObject({ home: 'top-1', conferredOn: '2025-04-26' });
    // New serials go on after the highest one of the issuer's, typed ones included.
    expect(awards[2]!['serial']).toBe('鲁工家证〔2025〕051');
  });
});

describe('problems, all at once, by row and column', () => {
  it('names the eleventh top-ten home of a final list with R3 and its row', () => {
    const eleventh = homeRow(10, { 职工之家名称: '测试职工之家 top-10' });
    const result = importSheet(world([homeFile({ id: 'top-10' })]), sheet([...topTen(), eleventh]), {
      year: 2025,
      final: true,
    });
    expect(result.text).toBeUndefined();
    expect(printed(result)).toEqual([
      '名单.xlsx 第 23 行 是否十佳：2025 年的第 11 个十佳职工之家：每年最多 10 个（R3，第五条）\n    提示：把多出的奖项改为 topTen: false，或移到其他名单',
    ]);
  });

  it('reports a duplicate serial on the second row that uses it (R9)', () => {
    const rows = topTen().map((r, i) => (i < 2 ? { ...r, 证书编号: '鲁工家证〔2025〕007' } : r));
    const [problem, ...rest] = printed(importSheet(world(), sheet(rows), { year: 2025 }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^名单\.xlsx 第 4 行 证书编号：证书编号 “鲁工家证〔2025〕007” 重复：content\/honors\/2025\.yaml:\d+ 已使用（R9，第五条）/,
    );
  });

  it('lists an unknown home with its candidates and never guesses', () => {
    const rows = [...topTen(), homeRow(0, { 职工之家名称: '测试职工之家 top-1O', 是否十佳: '否', 等级: '先进' })];
    const result = importSheet(world(), sheet(rows), { year: 2025 });
    expect(printed(result)).toEqual([
      [
        '名单.xlsx 第 23 行 职工之家名称：没有找到名称或单位为“测试职工之家 top-1O”的职工之家。（R9，第五条）',
        '    可能是：测试职工之家 top-1（top-1，济南市）；测试职工之家 top-0（top-0，济南市）；测试职工之家 top-2（top-2，济南市）',
        '    提示：名称要与网站登记的职工之家名称或单位名称完全一致；也可以在“职工之家编号”列直接填写编号（content/homes/ 下的文件名）。',
      ].join('\n'),
    ]);
    expect(result.problems[0]).toMatchObject({ sheet: { rule: 'R9', candidates: [{ id: 'top-1' }, {}, {}] } });
  });

  it('says which row names a person without consent to publish their name', () => {
    const files = world([personFile({ id: 'chair-x', home: 'top-0', name: '王𠮷', consent: null })]);
    const rows = [...topTen(), { ...personRow(0), 姓名: '王𠮷', 是否十佳: '否', 等级: '先进' }];
    const [problem, ...rest] = printed(importSheet(files, sheet(rows), { year: 2025 }));
    expect(rest).toEqual([]);
    expect(problem).toBe(
      [
        '名单.xlsx 第 23 行 姓名：王𠮷（chair-x）出现在荣誉名单中，但没有本人同意公开姓名的记录（《个人信息保护法》第二十五条）',
        '    位置：content/people/chair-x.yaml:1:1',
        '    提示：填写 consent：ref 同意书编号，date 签署日期；没有同意书的，名单中不能公开姓名',
      ].join('\n'),
    );
  });

  it('reports each cell it cannot read once, with the rule for levels (R1)', () => {
    const rows = topTen().map((r, i) => (i === 4 ? { ...r, 等级: '优秀', 命名日期: '4月26日', 是否十佳: '可能' } : r));
    expect(printed(importSheet(world(), sheet(rows), { year: 2025 }))).toEqual([
      '名单.xlsx 第 7 行 等级：“优秀”不是等级。等级只能是 合格、先进、模范 之一。（R1，第五条）',
      '名单.xlsx 第 7 行 是否十佳：“可能”应为“是”或“否”（也可以写 √，空着算“否”）。',
      '名单.xlsx 第 7 行 命名日期：“4月26日”不是日期。可以写 2026-04-26、2026/4/26、2026.4.26、2026年4月26日，或使用 Excel 的日期格式。',
    ]);
  });

  it('checks what the row says of the home against its record', () => {
    const headers = [...HEADERS, '所在市', '单位性质'];
    const rows = topTen().map((r, i) => (i === 0 ? { ...r, 所在市: '青岛市', 单位性质: '国有（集体）' } : r));
    expect(printed(importSheet(world(), sheet(rows, headers), { year: 2025 }))).toEqual([
      '名单.xlsx 第 3 行 所在市：表格写的是“青岛市”，但职工之家“测试职工之家 top-0”登记的是“济南市”。（R9，第五条）\n    提示：核对表格和网站登记的记录，改正其中之一。',
    ]);
  });

  it('stops at an empty sheet, a sheet without headers and a sheet without rows', () => {
    expect(printed(importSheet(world(), sheetOf([[], [null, '']]), { year: 2025 }))).toEqual([
      '名单.xlsx：工作表“Sheet1”是空的，没有可导入的内容。',
    ]);
    expect(printed(importSheet(world(), sheetOf([[TITLE], ['名称', '备注']]), { year: 2025 }))[0]).toContain(
      '前 20 行里找不到表头行',
    );
    expect(printed(importSheet(world(), sheet([]), { year: 2025 }))).toEqual([
      '名单.xlsx：第 2 行是表头，下面没有数据行。',
    ]);
  });
});

describe('merging into an existing list', () => {
  const existing = [
    '# 2025 年名单（示例）',
    'year: 2025',
    'status: draft',
    'awards:',
    '  # 省级称号',
    '  - id: 2025-sd-top-3',
    '    serial: 鲁工家证〔2025〕021',
    '    home: top-3',
    '    level: model',
    '    conferrer: 山东省总工会',
    '    conferredOn: 2025-04-26',
    '    citation: 山东省模范职工之家 # 行尾注释',
    '  - id: 2025-city-top-4',
    '    serial: 济工家证〔2025〕001',
    '    home: top-4',
    '    level: advanced',
    '    conferrer: 济南市总工会',
    '    conferredOn: 2025-03-20',
    '',
  ].join('\n');
  const files = () => world([['honors/2025.yaml', existing]]);

  it('adds new awards at the end and keeps the order, layout and comments of the others', () => {
    const rows = [homeRow(5, { 是否十佳: '否', 命名单位: '济南市总工会', 命名日期: '2025/3/20', 等级: '先进' })];
    const result = importSheet(files(), sheet(rows), { year: 2025 });
    expect(printed(result)).toEqual([]);
    expect(result.text).toBe(
      `${existing}  - id: 2025-city-top-5\n    serial: 济工家证〔2025〕002\n    home: top-5\n    level: advanced\n    conferrer: 济南市总工会\n    conferredOn: 2025-03-20\n`,
    );
  });

  it('updates the award a row names, found by holder and conferrer, changing only what differs', () => {
    const rows = [homeRow(4, { 是否十佳: '否', 命名单位: '济南市总工会', 命名日期: '2025-03-20', 等级: '模范' })];
    const result = importSheet(files(), sheet(rows), { year: 2025 });
    expect(result.awards.map((a) => [a.row, a.action, a.index])).toEqual([[3, 'update', 1]]);
    expect(result.text).toBe(existing.replace('level: advanced', 'level: model'));
  });

  it('leaves the file as it is when the sheet says what it says', () => {
    const rows = [
      homeRow(3, { 是否十佳: '否', 证书编号: '鲁工家证〔2025〕021' }),
      homeRow(4, { 是否十佳: '否', 等级: '先进', 命名单位: '济南市总工会', 命名日期: '2025-03-20' }),
    ];
    const result = importSheet(files(), sheet(rows), { year: 2025 });
    expect(result.awards.map((a) => a.action)).toEqual(['same', 'same']);
    expect([result.changed, result.text]).toEqual([false, existing]);
  });

  it('refuses two rows for the same award', () => {
    const row = homeRow(3, { 是否十佳: '否', 证书编号: '鲁工家证〔2025〕021' });
    expect(printed(importSheet(files(), sheet([row, row]), { year: 2025 }))).toEqual([
      '名单.xlsx 第 4 行：与第 3 行是同一个奖项“2025-sd-top-3”，同一个奖项只能有一行。（R9，第五条）\n    提示：删除重复的一行，或把两行合并。',
    ]);
  });

  it('keeps a final list final without --final', () => {
    const final = world([['honors/2025.yaml', existing.replace('status: draft', 'status: final')]]);
    const result = importSheet(final, sheet([]), { year: 2025 });
    expect(result.status).toBe('final');
    expect(result.notes.map((n) => n.message)).toContain('名单已是 final（正式公布），保持不变。');
  });
});

describe('sheets offices write', () => {
  it('read the level and the top ten from a 称号 column when there is no 等级 column', () => {
    const headers = ['序号', '单位名称', '称号', '命名单位', '命名日期'];
    const rows = [
      ...[...Array(10).keys()].map((i) => ({ 单位名称: `测试单位 top-${i}`, 称号: '十佳职工信赖的职工之家' })),
      { 单位名称: '测试单位 top-10', 称号: '山东省先进职工之家' },
    ].map((r) => ({ ...r, 命名单位: '山东省总工会', 命名日期: '2025-04-26' }));
    const result = importSheet(world([homeFile({ id: 'top-10' })]), sheet(rows, headers), { year: 2025 });
    expect(printed(result)).toEqual([]);
    const awards = awardsOf(result.text);
    expect(awards[0]).toMatchObject({ id: '2025-top-top-0', level: 'model', topTen: true });
    expect(awards[10]).toMatchObject({ id: '2025-sd-top-10', level: 'advanced' });
    expect(awards[10]!['topTen']).toBeUndefined();
  });

  it('say once that a column new awards need is missing', () => {
    const headers = ['序号', '职工之家名称', '姓名', '等级', '是否十佳', '命名日期'];
    expect(printed(importSheet(world(), sheet(topTen(), headers), { year: 2025 }))).toEqual([
      '名单.xlsx 第 2 行：缺少“命名单位”列：新增的称号都要填写这一项。\n    提示：在表头行加上这一列；表格用的是别的列名时，在 content/site.yaml 的 spreadsheetHeaders 中登记。',
    ]);
  });

  it('check a person’s home id against the record', () => {
    const headers = [...HEADERS, '职工之家编号'];
    const rows = topTen().map((r, i) => (i === 1 ? { ...r, 职工之家名称: null, 职工之家编号: 'top-5' } : r));
    expect(printed(importSheet(world(), sheet(rows, headers), { year: 2025 }))).toEqual([
      '名单.xlsx 第 4 行 职工之家编号：表格写的是“top-5”，但娘家人“测试chair-0”（chair-0）所在的职工之家登记的是“top-0”。（R9，第五条）\n    提示：核对表格和网站登记的记录，改正其中之一。',
    ]);
  });
});

describe('a year file that cannot take the rows', () => {
  it('is reported as the validator reports it, and nothing is planned', () => {
    for (const text of [
      'year: 2025\nstatus: draft\nawards:\n  - id: [\n',
      'year: 2025\nstatus: draft\nawards: 两条\n',
    ]) {
      const result = importSheet(world([['honors/2025.yaml', text]]), sheet(topTen()), { year: 2025 });
      expect(result.text).toBeUndefined();
      expect(result.awards).toEqual([]);
      expect(printed(result)).toEqual([expect.stringMatching(/^content\/honors\/2025\.yaml:\d+:\d+ /)]);
    }
  });
});
