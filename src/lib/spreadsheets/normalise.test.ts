import { describe, expect, it } from 'vitest';
import * as normalise from './normalise.ts';
import type { CellValue, Parsed } from './normalise.ts';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : undefined);

describe('text as offices type it', () => {
  it.each([
    ['２０２６', '2026'],
    ['ＡＢｃ１', 'ABc1'],
    ['鲁工家证〔２０２６〕００１', '鲁工家证〔2026〕001'],
    ['（示例）', '（示例）'],
  ])('folds full-width digits and letters only: %s', (typed, expected) =>
    expect(normalise.foldWidth(typed)).toBe(expected),
  );

  it('trims and collapses spaces, ideographic and non-breaking ones too', () => {
    expect(normalise.cellText('  奖励工作经费\u3000 50\u00A0万元 \n')).toBe('奖励工作经费 50 万元');
    expect(normalise.cellText('\u200B济南\uFEFF')).toBe('济南');
    expect(normalise.cellText(null)).toBe('');
    expect(normalise.cellText(12)).toBe('12');
  });

  it('drops spaces typed between Chinese characters of a name, keeps rare characters', () => {
    expect(normalise.nameText(' 王 𠮷 ')).toBe('王𠮷');
    expect(normalise.nameText('济南市 总工会')).toBe('济南市总工会');
    expect(normalise.nameText('示例：济南某钢铁公司 （示例）')).toBe('示例：济南某钢铁公司（示例）');
  });
});

describe('dates', () => {
  it.each<[CellValue, string]>([
    ['2026年4月26日', '2026-04-26'],
    ['2026 年 04 月 26 日', '2026-04-26'],
    ['2026/4/26', '2026-04-26'],
    ['2026.4.26', '2026-04-26'],
    ['2026-04-26', '2026-04-26'],
    ['2026-4-6', '2026-04-06'],
    ['２０２６年４月２６日', '2026-04-26'],
    ['2026/4/26 0:00:00', '2026-04-26'],
    ['20260426', '2026-04-26'],
    [new Date(Date.UTC(2026, 3, 26)), '2026-04-26'],
    // What ExcelJS gives for a date cell whose day number carried a rounding error.
    [new Date(Date.UTC(2026, 3, 26) - 3), '2026-04-26'],
    [46138, '2026-04-26'],
  ])('reads %s', (typed, iso) => expect(value(normalise.parseDate(typed))).toBe(iso));

  it('says when the day does not exist', () =>
    expect(normalise.parseDate('2026年2月30日')).toEqual({ ok: false, reason: 'no-such-day' }));

  it.each<CellValue>(['4月26日', '明年', '2026', 3.5, 12, true])('refuses %s', (typed) =>
    expect(normalise.parseDate(typed)).toEqual({ ok: false, reason: 'bad' }),
  );
});

describe('yes and no', () => {
  it.each<[CellValue, boolean]>([
    ['是', true],
    ['√', true],
    ['✔', true],
    ['Y', true],
    [true, true],
    [1, true],
    ['否', false],
    ['', false],
    [null, false],
    ['×', false],
    [false, false],
  ])('%s', (typed, expected) => expect(value(normalise.parseYesNo(typed))).toBe(expected));

  it('refuses anything else', () => expect(normalise.parseYesNo('可能').ok).toBe(false));
});

/** Each word list: what the test calls it, its parser, and what offices type with what it means. */
const vocabulary: [name: string, parse: (typed: CellValue) => Parsed<string>, words: [string, string][]][] = [
  [
    'level',
    normalise.parseLevel,
    [
      ['模范', 'model'],
      ['先进', 'advanced'],
      ['合格', 'qualified'],
      ['模范级', 'model'],
      ['省级模范职工之家', 'model'],
      ['model', 'model'],
    ],
  ],
  [
    'unit type',
    normalise.parseUnitType,
    [
      ['机关（事业）', 'public-institution'],
      ['机关(事业)', 'public-institution'],
      ['事业单位', 'public-institution'],
      ['国有（集体）', 'state-owned'],
      ['国有企业', 'state-owned'],
      ['非公企业', 'non-public'],
      ['民营企业', 'non-public'],
    ],
  ],
  [
    'role',
    normalise.parseRole,
    [
      ['工会主席', 'chair'],
      ['副主席', 'vice-chair'],
      ['工会副主席', 'vice-chair'],
    ],
  ],
  [
    'city',
    normalise.parseCity,
    [
      ['济南市', 'jinan'],
      ['济宁', 'jining'],
      ['heze', 'heze'],
    ],
  ],
  [
    'result',
    normalise.parseResult,
    [
      ['合格', 'pass'],
      ['通过', 'pass'],
      ['不合格', 'fail'],
      ['未通过', 'fail'],
    ],
  ],
];

describe('vocabulary in Chinese', () => {
  for (const [name, parse, words] of vocabulary) {
    it.each(words)(`${name} %s`, (typed, meant) => expect(value(parse(typed))).toBe(meant));
  }
  it('refuses an unknown level or two at once', () => {
    expect(normalise.parseLevel('优秀').ok).toBe(false);
    expect(normalise.parseLevel('先进模范').ok).toBe(false);
  });
  it('refuses an unknown unit type', () => expect(normalise.parseUnitType('外资').ok).toBe(false));
  it('refuses a city outside Shandong', () => expect(normalise.parseCity('北京').ok).toBe(false));
});

describe('certificate serials', () => {
  it.each([
    ['鲁工家证〔2026〕001', '鲁工家证〔2026〕001'],
    [' 鲁工家证 【２０２６】 ００１ ', '鲁工家证〔2026〕001'],
    ['鲁工家证[2026]001', '鲁工家证〔2026〕001'],
    ['鲁工家证（2026）001', '鲁工家证〔2026〕001'],
    ['SD-2026-001', 'SD-2026-001'],
  ])('%s', (typed, serial) => expect(normalise.normaliseSerial(typed)).toBe(serial));
});
