/**
 * The award-data corpus: one clean record of two years (2021 re-reviewed,
 * 2024), then, for every rule R1-R9, one change per facet (format errors
 * included) and a near miss. Each change must be reported with its rule, the
 * article, the changed file and line, and nothing else anywhere.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../content/problem.ts';
import { award, homeFile, lineOf, personFile, run, topTenWorld, type ContentFile } from './testing.ts';

const TODAY = '2025-06-01';

/** A 济南 home with a city title in 2024, its chair, and the top ten of 2021 and 2024. */
function world(extra: Record<string, unknown>[] = [], more: ContentFile[] = []): ContentFile[] {
  const city = award(2024, { home: 'city', conferrer: '济南市总工会', level: 'advanced', serial: '济工家证〔2024〕1' });
  const files = topTenWorld([2021, 2024], {
    homes: [{ id: 'city' }, { id: 'other' }],
    extra: { 2024: [city, ...extra] },
    files: [personFile({ id: 'city-chair', home: 'city' }), personFile({ id: 'vice', home: 'top-1' }), ...more],
  });
  // The 2021 titles all passed their re-review in 2024.
  const review = 'conferredOn: 2021-04-26\n    review:\n      date: 2024-05-10\n      result: pass';
  return files.map(([p, t]) => [p, p === 'honors/2021.yaml' ? t.replaceAll('conferredOn: 2021-04-26', review) : t]);
}

/** `files` with the first `from` after `after` in file `path` replaced. */
function edit(files: ContentFile[], path: string, from: string, to: string, after?: string): ContentFile[] {
  return files.map(([p, text]) => {
    if (p !== path) return [p, text];
    const start = after === undefined ? 0 : text.indexOf(after);
    const at = text.indexOf(from, start);
    if (start < 0 || at < 0) throw new Error(`no ${from} in ${path}`);
    return [p, text.slice(0, at) + to + text.slice(at + from.length)];
  });
}

interface Case {
  rule: string;
  facet: string;
  files: ContentFile[];
  /** Where the one problem must be: file, the text on its line, optionally after another line. */
  at?: [path: string, needle: string, after?: string];
  /** A second problem the same change causes under the same rule. */
  also?: [path: string, needle: string, after?: string];
}

const Y24 = 'honors/2024.yaml';
const cityAward = (fields: Record<string, unknown>) => [
  award(2024, { home: 'other', id: 'x', serial: '济工家证〔2024〕9', conferrer: '济南市总工会', ...fields }),
];

const cases: Case[] = [
  // R1 grades and unit types
  {
    rule: 'R1',
    facet: 'home level outside the three',
    files: edit(world(), 'homes/city.md', 'level: model', 'level: excellent'),
    at: ['homes/city.md', 'level: excellent'],
  },
  {
    rule: 'R1',
    facet: 'unknown unit type',
    files: edit(world(), 'homes/city.md', 'unitType: state-owned', 'unitType: private'),
    at: ['homes/city.md', 'unitType: private'],
  },
  {
    rule: 'R1',
    facet: 'award level outside the three',
    files: world(cityAward({ level: 'gold' })),
    at: [Y24, 'level: gold'],
  },
  { rule: 'R1', facet: 'near miss: qualified', files: world(cityAward({ level: 'qualified' })) },
  // R2 conferrers
  {
    rule: 'R2',
    facet: 'a body that is not over the home',
    files: world(cityAward({ conferrer: '青岛市总工会' })),
    at: [Y24, 'conferrer: 青岛市总工会'],
  },
  { rule: 'R2', facet: 'empty conferrer', files: world(cityAward({ conferrer: '' })), at: [Y24, 'conferrer: ""'] },
  {
    rule: 'R2',
    facet: 'missing conferrer',
    files: edit(world(), Y24, '    conferrer: 济南市总工会\n', ''),
    at: [Y24, '- id: 2024-city'],
  },
  {
    rule: 'R2',
    facet: 'near miss: the county federation',
    files: world(cityAward({ conferrer: '历下区总工会', level: 'qualified' })),
  },
  // R3 top ten
  {
    rule: 'R3',
    facet: 'an eleventh top-ten home',
    files: world([award(2024, { home: 'other', id: 'x', serial: 'x', topTen: true })]),
    at: [Y24, 'topTen: true', 'id: x'],
  },
  {
    rule: 'R3',
    facet: 'a final list with nine',
    files: edit(world(), Y24, 'topTen: true', 'topTen: false'),
    at: [Y24, 'status: final'],
  },
  {
    rule: 'R3',
    facet: 'a top-ten title below model',
    files: edit(world(), Y24, 'level: model', 'level: advanced', 'id: 2024-chair-9'),
    at: [Y24, 'level: advanced'],
  },
  {
    rule: 'R3',
    facet: 'unknown list status',
    files: edit(world(), Y24, 'status: final', 'status: published'),
    at: [Y24, 'status: published'],
  },
  {
    rule: 'R3',
    facet: 'a top-ten mark that is not true or false',
    files: edit(world(), Y24, 'topTen: true', 'topTen: yes'),
    at: [Y24, 'topTen: yes'],
  },
  {
    rule: 'R3',
    facet: 'near miss: a draft list with nine',
    files: edit(edit(world(), Y24, 'topTen: true', 'topTen: false'), Y24, 'status: final', 'status: draft'),
  },
  // R4 three years running, derived only
  {
    rule: 'R4',
    facet: 'eligibility typed into an award',
    files: world(cityAward({ mayDayEligible: true })),
    at: [Y24, 'mayDayEligible: true'],
  },
  {
    rule: 'R4',
    facet: 'eligibility typed into a home',
    files: edit(world(), 'homes/city.md', 'sample: true', 'sample: true\neligible: true'),
    at: ['homes/city.md', 'eligible: true'],
  },
  {
    rule: 'R4',
    facet: 'near miss: a streak is derived, not reported',
    files: world(cityAward({ level: 'model', conferrer: '山东省总工会' })),
  },
  // R5 provincial model as a condition
  {
    rule: 'R5',
    facet: 'a chair honoured while the home has no provincial model title',
    files: world([award(2024, { person: 'city-chair', id: 'p', serial: '鲁工娘证〔2024〕p' })]),
    at: [Y24, 'person: city-chair'],
  },
  {
    rule: 'R5',
    facet: 'near miss: the chair of a provincial model home',
    files: world([award(2024, { person: 'vice', id: 'p', serial: '鲁工娘证〔2024〕p', level: 'advanced' })]),
  },
  // R6 satisfaction
  {
    rule: 'R6',
    facet: 'a new title in a year below 70%, with no rectification',
    files: edit(world(), 'homes/city.md', 'percent: 90', 'percent: 65', 'year: 2024'),
    at: ['homes/city.md', 'percent: 65'],
    also: [Y24, 'home: city'],
  },
  {
    rule: 'R6',
    facet: 'satisfaction that is not a number',
    files: edit(world(), 'homes/city.md', 'percent: 90', 'percent: high'),
    at: ['homes/city.md', 'percent: high'],
  },
  {
    rule: 'R6',
    facet: 'near miss: exactly 70%',
    files: edit(world(), 'homes/city.md', 'percent: 90', 'percent: 70', 'year: 2024'),
  },
  // R7 re-review
  {
    rule: 'R7',
    facet: 're-review before the third year',
    files: world(cityAward({ review: { date: '2025-01-10', result: 'pass' } })),
    at: [Y24, 'date: 2025-01-10'],
  },
  {
    rule: 'R7',
    facet: 'unknown review result',
    files: edit(world(), 'honors/2021.yaml', 'result: pass', 'result: ok'),
    at: ['honors/2021.yaml', 'result: ok'],
  },
  {
    rule: 'R7',
    facet: 'impossible review date',
    files: edit(world(), 'honors/2021.yaml', 'date: 2024-05-10', 'date: 2024-13-10'),
    at: ['honors/2021.yaml', 'date: 2024-13-10'],
  },
  {
    rule: 'R7',
    facet: 'near miss: re-review in the third year',
    files: edit(world(), 'honors/2021.yaml', 'date: 2024-05-10', 'date: 2024-01-01'),
  },
  // R8 rectification and revocation
  {
    rule: 'R8',
    facet: 'deadline over six months',
    files: world(
      cityAward({
        rectification: { orderedOn: '2024-06-01', deadline: '2025-01-01', result: 'pass', closedOn: '2024-12-01' },
      }),
    ),
    at: [Y24, 'deadline: 2025-01-01'],
  },
  {
    rule: 'R8',
    facet: 'deadline before the order',
    files: world(cityAward({ rectification: { orderedOn: '2024-06-01', deadline: '2024-05-01' } })),
    at: [Y24, 'deadline: 2024-05-01'],
  },
  {
    rule: 'R8',
    facet: 'revoked by another body',
    files: world(cityAward({ revoked: { date: '2024-09-01', by: '山东省总工会', reason: '整改未达标' } })),
    at: [Y24, 'by: 山东省总工会', 'id: x'],
  },
  {
    rule: 'R8',
    facet: 'revocation before conferral',
    files: world(cityAward({ revoked: { date: '2024-03-01', by: '济南市总工会', reason: '整改未达标' } })),
    at: [Y24, 'date: 2024-03-01'],
  },
  {
    rule: 'R8',
    facet: 'failed rectification not revoked',
    files: world(
      cityAward({
        rectification: { orderedOn: '2024-06-01', deadline: '2024-11-30', result: 'fail', closedOn: '2024-11-20' },
      }),
    ),
    at: [Y24, 'result: fail'],
  },
  {
    rule: 'R8',
    facet: 'rectification without a deadline',
    files: world(cityAward({ rectification: { orderedOn: '2024-06-01' } })),
    at: [Y24, 'rectification:'],
  },
  {
    rule: 'R8',
    facet: 'near miss: revoked by its conferrer after a failed rectification',
    files: world(
      cityAward({
        rectification: { orderedOn: '2024-06-01', deadline: '2024-11-30', result: 'fail', closedOn: '2024-11-20' },
        revoked: { date: '2024-12-01', by: '济南市总工会', reason: '整改未达标' },
      }),
    ),
  },
  // R9 one record, one truth
  {
    rule: 'R9',
    facet: 'duplicate award id',
    files: world(cityAward({ id: '2024-city', level: 'qualified', conferrer: '历下区总工会' })),
    at: [Y24, 'id: 2024-city', 'serial: 济工家证〔2024〕1'],
  },
  {
    rule: 'R9',
    facet: 'duplicate certificate serial',
    files: world(cityAward({ serial: '济工家证〔2024〕1', conferrer: '历下区总工会', level: 'qualified' })),
    at: [Y24, 'serial: 济工家证〔2024〕1', 'id: x'],
  },
  {
    rule: 'R9',
    facet: 'a home that does not exist',
    files: world([award(2024, { home: 'nowhere', conferrer: '山东省总工会', level: 'qualified' })]),
    at: [Y24, 'home: nowhere'],
  },
  {
    rule: 'R9',
    facet: 'an impossible conferral date',
    files: edit(world(), Y24, 'conferredOn: 2024-04-26', 'conferredOn: 2024-02-30'),
    at: [Y24, 'conferredOn: 2024-02-30'],
  },
  {
    rule: 'R9',
    facet: 'a list year before the policy',
    files: edit(world(), 'honors/2021.yaml', 'year: 2021', 'year: 2017'),
    at: ['honors/2021.yaml', 'year: 2017'],
  },
  {
    rule: 'R9',
    facet: 'a list year in the future',
    files: world([], [[`honors/2026.yaml`, 'year: 2026\nstatus: draft\nawards: []\n']]),
    at: ['honors/2026.yaml', 'year: 2026'],
  },
  {
    rule: 'R9',
    facet: 'a missing serial',
    files: edit(world(), Y24, '    serial: 济工家证〔2024〕1\n', ''),
    at: [Y24, '- id: 2024-city'],
  },
  {
    rule: 'R9',
    facet: 'near miss: a title conferred early the next year',
    files: world(cityAward({ conferredOn: '2025-01-15', level: 'qualified', conferrer: '历下区总工会' })),
  },
];

const problemsOf = (files: ContentFile[]): Problem[] => {
  const report = run(files, TODAY);
  return [...report.content, ...report.problems];
};

describe('the clean record', () => {
  it('has no problem at all', () => expect(problemsOf(world())).toEqual([]));
});

describe.each(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'])('%s', (rule) => {
  const mine = cases.filter((c) => c.rule === rule);
  it('has violations and a near miss in the corpus', () => {
    expect(mine.filter((c) => c.at).length).toBeGreaterThan(0);
    expect(mine.filter((c) => !c.at).length).toBeGreaterThan(0);
  });
  it.each(mine.map((c) => [c.facet, c] as const))('%s', (_facet, c) => {
    const problems = problemsOf(c.files);
    if (!c.at) return expect(problems).toEqual([]);
    const line = ([path, needle, after]: [string, string, string?]) =>
      `${rule} content/${path}:${lineOf(c.files.find(([p]) => p === path)![1], needle, after)}`;
    expect(problems.map((p) => `${p.rule} ${p.file}:${p.line}`)).toEqual([
      line(c.at),
      ...(c.also ? [line(c.also)] : []),
    ]);
    expect(problems[0]!.article).toBe('第五条');
    expect(problems[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('one bad value stays where it is', () => {
  it('an impossible date on a top-ten award is the only problem: no R3 count, no R7 in other years', () => {
    const files = edit(world(), Y24, 'conferredOn: 2024-04-26', 'conferredOn: 2024-02-30');
    const problems = run(files, '2027-06-01');
    expect([...problems.content, ...problems.problems].map((p) => p.rule)).toEqual(['R9']);
  });

  it('a home with a bad field withholds only its own titles; other homes are still judged', () => {
    // top-3's award is withheld (its home file is broken); other's wrong conferrer is still reported.
    const broken = edit(
      world(cityAward({ conferrer: '青岛市总工会' })),
      'homes/top-3.md',
      'summary: 测试用职工之家',
      'summary: ""',
    );
    const problems = problemsOf(broken);
    expect(problems.map((p) => [p.rule, p.file])).toEqual([
      [undefined, 'content/homes/top-3.md'],
      ['R2', 'content/honors/2024.yaml'],
    ]);
  });

  it('lists the root cause first when both a format error and a rule break are in one file', () => {
    const files = world([
      ...cityAward({ conferrer: '青岛市总工会' }),
      award(2024, { home: 'top-1', id: 'y', serial: 'y', conferredOn: '2024-02-30', conferrer: '济南市总工会' }),
    ]);
    const report = run(files, TODAY);
    expect(report.content.map((p) => p.field)).toEqual(['awards[22].conferredOn']);
    expect(report.problems.map((p) => p.rule)).toEqual(['R2']);
  });

  it('keeps a holder that only a broken award names from being reported missing', () => {
    const files = world([], [homeFile({ id: 'extra' })]);
    expect(problemsOf(files)).toEqual([]);
  });
});
