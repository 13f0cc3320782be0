import { describe, expect, it } from 'vitest';
import { awardsInputFrom } from '../awards/input.ts';
import { checkAwards } from '../awards/rules.ts';
import { award, topTenWorld, type ContentFile } from '../awards/testing.ts';
import { holderDirectory } from '../awards/roll.ts';
import { checkSources, type Entry } from '../content/check.ts';
import type { HonourYearData } from '../schemas/honours.ts';
import { directoryOf } from './check.ts';
import { EXPORT_COLUMNS, honoursSheet } from './export.ts';
import { sourcesOf } from './testing.ts';

const passed = { review: { date: '2024-05-10', result: 'pass' } };
const city = (id: string, fields: object = {}) =>
  award(2021, {
    id,
    home: id,
    level: 'advanced',
    conferrer: '济南市总工会',
    serial: `济工家证〔2021〕${id}`,
    ...fields,
  });

/** The sheet of `year` from `files`, statuses judged on `today`. */
function exported(files: ContentFile[], year: number, today: string) {
  const { entries } = checkSources(sourcesOf(files), () => true);
  const report = checkAwards(awardsInputFrom(entries), { today });
  const list = (entries.honors as unknown as Entry<HonourYearData>[]).find((l) => l.data.year === year)!.data;
  const dir = holderDirectory(entries.homes as never, entries.people as never);
  const homes = new Map(directoryOf(entries).homes.map((h) => [h.id, h]));
  const sheet = honoursSheet(list, { report, dir, homes, baseUrl: 'https://zgzj.example.cn' });
  const column = (header: string) => EXPORT_COLUMNS.findIndex((c) => c.header === header);
  const cell = (awardId: string, header: string) =>
    sheet.rows.find((r) => r[column('奖项编号')] === awardId)?.[column(header)];
  return { sheet, cell };
}

describe('the exported roll', () => {
  const files = topTenWorld(2021, {
    common: passed,
    homes: [{ id: 'h-due' }, { id: 'h-rect' }, { id: 'h-revoked' }],
    extra: {
      2021: [
        city('h-due'),
        city('h-rect', { review: { date: '2024-05-10', result: 'fail' }, rectification: { deadline: '2024-11-10' } }),
        city('h-revoked', {
          review: { date: '2024-05-10', result: 'fail' },
          rectification: { deadline: '2024-11-10', result: 'fail', closedOn: '2024-11-01' },
          revoked: { date: '2024-11-20', by: '济南市总工会', reason: '整改后仍未达标' },
        }),
      ],
    },
  });
  const { sheet, cell } = exported(files, 2021, '2024-09-01');

  it('has one row per award in the list’s order, under a title that says the day', () => {
    expect(sheet.name).toBe('2021年');
    expect(sheet.title).toBe('2021年度职工之家荣誉名单（正式公布，状态截至2024年9月1日）');
    expect(sheet.rows).toHaveLength(23);
    expect(sheet.rows.map((r) => r[0])).toEqual([...Array(23).keys()].map((i) => i + 1));
  });

  it('gives each title its status as the site words it, with dates', () => {
    expect([cell('2021-top-0', '当前状态'), cell('2021-top-0', '状态说明')]).toEqual([
      '复核确认',
      '2024年5月10日复核合格，予以确认',
    ]);
    expect([cell('h-due', '当前状态'), cell('h-due', '状态说明')]).toEqual(['待复核', '满三年应复核（2024年4月26日）']);
    expect([cell('h-rect', '当前状态'), cell('h-rect', '状态说明')]).toEqual([
      '整改中',
      '整改期限2024年11月10日，剩余 70 天',
    ]);
    expect([cell('h-revoked', '当前状态'), cell('h-revoked', '状态说明')]).toEqual([
      '已撤销',
      '2024年11月20日由济南市总工会撤销（整改后仍未达标）',
    ]);
  });

  it('writes the holder, the Chinese labels, dates as dates, the serial and its verification link', () => {
    expect(cell('2021-chair-0', '姓名')).toBe('测试chair-0');
    expect(cell('2021-chair-0', '职务')).toBe('工会主席');
    expect(cell('2021-chair-0', '职工之家名称')).toBe('测试职工之家 top-0');
    expect(cell('2021-chair-0', '称号')).toBe('十佳职工信赖的“娘家人”');
    expect(cell('h-due', '等级')).toBe('先进');
    expect(cell('h-due', '是否十佳')).toBe('否');
    expect(cell('h-due', '所在市')).toBe('济南市');
    expect(cell('h-due', '单位性质')).toBe('国有（集体）');
    expect(cell('h-due', '命名日期')).toEqual(new Date('2021-04-26T00:00:00Z'));
    expect(cell('h-rect', '复核结果')).toBe('不合格');
    expect(cell('h-rect', '整改期限')).toEqual(new Date('2024-11-10T00:00:00Z'));
    expect(cell('2021-top-0', '核验链接')).toMatch(/^https:\/\/zgzj\.example\.cn\/verify\/2021-top-0-[0-9a-f]{10}\/$/);
  });

  it('sets every column a width and marks the date columns', () => {
    expect(EXPORT_COLUMNS.every((c) => c.width >= 6)).toBe(true);
    expect(EXPORT_COLUMNS.filter((c) => c.date).map((c) => c.header)).toEqual([
      '命名日期',
      '复核日期',
      '责令整改日期',
      '整改期限',
      '整改验收日期',
      '撤销日期',
    ]);
  });
});
