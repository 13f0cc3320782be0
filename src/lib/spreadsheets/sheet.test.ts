import { describe, expect, it } from 'vitest';
import { headerTable } from './columns.ts';
import { dataRows, findHeader } from './sheet.ts';
import { sheetOf } from './testing.ts';

const { table } = headerTable();
const TITLE = '2026年度十佳职工信赖的职工之家名单';

describe('findHeader', () => {
  it('finds the header under a merged title row and a date line', () => {
    const sheet = sheetOf([
      [TITLE, TITLE, TITLE, TITLE],
      ['鲁工发〔2026〕12号', null, null, null],
      [],
      ['序号', '职工之家名称', '等级', '命名日期'],
      [1, '济南某钢铁公司职工之家（示例）', '模范', '2026/4/26'],
    ]);
    const header = findHeader(sheet, table)!;
    expect(header.number).toBe(4);
    expect(header.columns.map((c) => c.key)).toEqual(['seq', 'homeName', 'level', 'conferredOn']);
  });

  it('reads headers written with spaces, stars, full-width letters and notes in brackets', () => {
    const sheet = sheetOf([['* 单位名称', '等 级', '命名日期（年月日）', '证书编号[必填]', '是否十佳']]);
    expect(findHeader(sheet, table)!.columns.map((c) => c.key)).toEqual([
      'unitName',
      'level',
      'conferredOn',
      'serial',
      'topTen',
    ]);
  });

  it('accepts the aliases staff add in site.yaml, and reports their mistakes', () => {
    const extra = headerTable({ 职工之家名称: ['基层工会全称'], 之家名: ['x'], 单位名称: ['职工之家'] });
    expect(findHeader(sheetOf([['基层工会全称', '等级']]), extra.table)!.columns[0]!.key).toBe('homeName');
    expect(extra.errors).toEqual([
      { kind: 'unknown-standard', standard: '之家名' },
      { kind: 'alias-taken', standard: '单位名称', alias: '职工之家', takenBy: '职工之家名称' },
    ]);
  });

  it('lists unknown and repeated columns', () => {
    const header = findHeader(sheetOf([['职工之家名称', '联系电话', '等级', '单位名称', '职工之家']]), table)!;
    expect(header.unknown).toEqual([{ index: 1, text: '联系电话' }]);
    expect(header.repeated).toEqual([{ text: '职工之家', first: '职工之家名称', key: 'homeName' }]);
  });

  it('finds nothing in a sheet without two known headers in its first rows', () => {
    expect(findHeader(sheetOf([[TITLE], ['名称', '备注'], ['等级']]), table)).toBeUndefined();
  });
});

describe('dataRows', () => {
  it('keeps rows with something in a data column, with their sheet numbers', () => {
    const sheet = sheetOf([
      ['序号', '职工之家名称', '等级'],
      [1, '甲', '模范'],
      [],
      [2, '乙', '先进'],
      ['合计：2 个', null, null],
    ]);
    const rows = dataRows(sheet, findHeader(sheet, table)!);
    expect(rows.map((r) => [r.number, r.cells.homeName])).toEqual([
      [2, '甲'],
      [4, '乙'],
    ]);
  });
});
