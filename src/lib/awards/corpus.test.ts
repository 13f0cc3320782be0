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

/** Where a problem must be: the file, the text on its line, optionally after another line. */
type At = [path: string, needle: string, after?: string];

/**
 * One change to the clean record: what it tries, the files, where its one problem must be (no
 * place for a near miss), and a second problem the same change causes under the same rule.
 */
type Row = [facet: string, files: ContentFile[], at?: At, also?: At];

const HOME = 'homes/city.md';
const Y21 = 'honors/2021.yaml';
const Y24 = 'honors/2024.yaml';

/** The clean record with the first `from` (after `after`) in file `path` replaced by `to`. */
const changed = (path: string, from: string, to: string, after?: string) => edit(world(), path, from, to, after);

/** A 2024 title from 济南 for 'other', with `fields` changed. */
const otherAward = (fields: Record<string, unknown>) =>
  award(2024, { home: 'other', id: 'x', serial: '济工家证〔2024〕9', conferrer: '济南市总工会', ...fields });
/** The clean record with that title. */
const cityAward = (fields: Record<string, unknown>) => world([otherAward(fields)]);

/** A rectification ordered on 1 June 2024, closed in time with `result`. */
const rectified = (result: string) => ({
  orderedOn: '2024-06-01',
  deadline: '2024-11-30',
  result,
  closedOn: '2024-11-20',
});
/** A revocation on `date` by `by`. */
const revoked = (date: string, by: string) => ({ date, by, reason: '整改未达标' });

const cases: Record<string, Row[]> = {
  // grades and unit types
  R1: [
    ['home level outside the three', changed(HOME, 'level: model', 'level: excellent'), [HOME, 'level: excellent']],
    ['unknown unit type', changed(HOME, 'unitType: state-owned', 'unitType: private'), [HOME, 'unitType: private']],
    ['award level outside the three', cityAward({ level: 'gold' }), [Y24, 'level: gold']],
    ['near miss: qualified', cityAward({ level: 'qualified' })],
  ],
  // conferrers
  R2: [
    ['a body that is not over the home', cityAward({ conferrer: '青岛市总工会' }), [Y24, 'conferrer: 青岛市总工会']],
    ['empty conferrer', cityAward({ conferrer: '' }), [Y24, 'conferrer: ""']],
    ['missing conferrer', changed(Y24, '    conferrer: 济南市总工会\n', ''), [Y24, '- id: 2024-city']],
    ['near miss: the county federation', cityAward({ conferrer: '历下区总工会', level: 'qualified' })],
  ],
  // top ten
  R3: [
    [
      'an eleventh top-ten home',
      world([award(2024, { home: 'other', id: 'x', serial: 'x', topTen: true })]),
      [Y24, 'topTen: true', 'id: x'],
    ],
    ['a final list with nine', changed(Y24, 'topTen: true', 'topTen: false'), [Y24, 'status: final']],
    [
      'a top-ten title below model',
      changed(Y24, 'level: model', 'level: advanced', 'id: 2024-chair-9'),
      [Y24, 'level: advanced'],
    ],
    ['unknown list status', changed(Y24, 'status: final', 'status: published'), [Y24, 'status: published']],
    ['a top-ten mark that is not true or false', changed(Y24, 'topTen: true', 'topTen: yes'), [Y24, 'topTen: yes']],
    [
      'near miss: a draft list with nine',
      edit(changed(Y24, 'topTen: true', 'topTen: false'), Y24, 'status: final', 'status: draft'),
    ],
  ],
  // three years running, derived only
  R4: [
    ['eligibility typed into an award', cityAward({ mayDayEligible: true }), [Y24, 'mayDayEligible: true']],
    [
      'eligibility typed into a home',
      changed(HOME, 'sample: true', 'sample: true\neligible: true'),
      [HOME, 'eligible: true'],
    ],
    ['near miss: a streak is derived, not reported', cityAward({ level: 'model', conferrer: '山东省总工会' })],
  ],
  // provincial model as a condition
  R5: [
    [
      'a chair honoured while the home has no provincial model title',
      world([award(2024, { person: 'city-chair', id: 'p', serial: '鲁工娘证〔2024〕p' })]),
      [Y24, 'person: city-chair'],
    ],
    [
      'near miss: the chair of a provincial model home',
      world([award(2024, { person: 'vice', id: 'p', serial: '鲁工娘证〔2024〕p', level: 'advanced' })]),
    ],
  ],
  // satisfaction
  R6: [
    [
      'a new title in a year below 70%, with no rectification',
      changed(HOME, 'percent: 90', 'percent: 65', 'year: 2024'),
      [HOME, 'percent: 65'],
      [Y24, 'home: city'],
    ],
    ['satisfaction that is not a number', changed(HOME, 'percent: 90', 'percent: high'), [HOME, 'percent: high']],
    ['near miss: exactly 70%', changed(HOME, 'percent: 90', 'percent: 70', 'year: 2024')],
  ],
  // re-review
  R7: [
    [
      're-review before the third year',
      cityAward({ review: { date: '2025-01-10', result: 'pass' } }),
      [Y24, 'date: 2025-01-10'],
    ],
    ['unknown review result', changed(Y21, 'result: pass', 'result: ok'), [Y21, 'result: ok']],
    ['impossible review date', changed(Y21, 'date: 2024-05-10', 'date: 2024-13-10'), [Y21, 'date: 2024-13-10']],
    ['near miss: re-review in the third year', changed(Y21, 'date: 2024-05-10', 'date: 2024-01-01')],
  ],
  // rectification and revocation
  R8: [
    [
      'deadline over six months',
      cityAward({
        rectification: { orderedOn: '2024-06-01', deadline: '2025-01-01', result: 'pass', closedOn: '2024-12-01' },
      }),
      [Y24, 'deadline: 2025-01-01'],
    ],
    [
      'deadline before the order',
      cityAward({ rectification: { orderedOn: '2024-06-01', deadline: '2024-05-01' } }),
      [Y24, 'deadline: 2024-05-01'],
    ],
    [
      'revoked by another body',
      cityAward({ revoked: revoked('2024-09-01', '山东省总工会') }),
      [Y24, 'by: 山东省总工会', 'id: x'],
    ],
    [
      'revocation before conferral',
      cityAward({ revoked: revoked('2024-03-01', '济南市总工会') }),
      [Y24, 'date: 2024-03-01'],
    ],
    ['failed rectification not revoked', cityAward({ rectification: rectified('fail') }), [Y24, 'result: fail']],
    [
      'rectification without a deadline',
      cityAward({ rectification: { orderedOn: '2024-06-01' } }),
      [Y24, 'rectification:'],
    ],
    [
      'near miss: revoked by its conferrer after a failed rectification',
      cityAward({ rectification: rectified('fail'), revoked: revoked('2024-12-01', '济南市总工会') }),
    ],
  ],
  // one record, one truth
  R9: [
    [
      'duplicate award id',
      cityAward({ id: '2024-city', level: 'qualified', conferrer: '历下区总工会' }),
      [Y24, 'id: 2024-city', 'serial: 济工家证〔2024〕1'],
    ],
    [
      'duplicate certificate serial',
      cityAward({ serial: '济工家证〔2024〕1', conferrer: '历下区总工会', level: 'qualified' }),
      [Y24, 'serial: 济工家证〔2024〕1', 'id: x'],
    ],
    [
      'a home that does not exist',
      world([award(2024, { home: 'nowhere', conferrer: '山东省总工会', level: 'qualified' })]),
      [Y24, 'home: nowhere'],
    ],
    [
      'an impossible conferral date',
      changed(Y24, 'conferredOn: 2024-04-26', 'conferredOn: 2024-02-30'),
      [Y24, 'conferredOn: 2024-02-30'],
    ],
    ['a list year before the policy', changed(Y21, 'year: 2021', 'year: 2017'), [Y21, 'year: 2017']],
    [
      'a list year in the future',
      world([], [[`honors/2026.yaml`, 'year: 2026\nstatus: draft\nawards: []\n']]),
      ['honors/2026.yaml', 'year: 2026'],
    ],
    ['a missing serial', changed(Y24, '    serial: 济工家证〔2024〕1\n', ''), [Y24, '- id: 2024-city']],
    [
      'near miss: a title conferred early the next year',
      cityAward({ conferredOn: '2025-01-15', level: 'qualified', conferrer: '历下区总工会' }),
    ],
  ],
};

const problemsOf = (files: ContentFile[]): Problem[] => {
  const report = run(files, TODAY);
  return [...report.content, ...report.problems];
};

describe('the clean record', () => {
  it('has no problem at all', () => expect(problemsOf(world())).toEqual([]));
});

describe.each(Object.entries(cases))('%s', (rule, rows) => {
  it('has violations and a near miss in the corpus', () => {
    expect(rows.filter(([, , at]) => at).length).toBeGreaterThan(0);
    expect(rows.filter(([, , at]) => !at).length).toBeGreaterThan(0);
  });
  it.each(rows)('%s', (_facet, files, at, also) => {
    const problems = problemsOf(files);
    if (!at) return expect(problems).toEqual([]);
    const line = ([path, needle, after]: At) =>
      `${rule} content/${path}:${lineOf(files.find(([p]) => p === path)![1], needle, after)}`;
    expect(problems.map((p) => `${p.rule} ${p.file}:${p.line}`)).toEqual([line(at), ...(also ? [line(also)] : [])]);
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
      cityAward({ conferrer: '青岛市总工会' }),
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
      otherAward({ conferrer: '青岛市总工会' }),
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
