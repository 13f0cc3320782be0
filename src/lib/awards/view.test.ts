import { RULE_ARTICLE } from './messages.ts';
import { describe, expect, it } from 'vitest';
import { verifySlug } from '../verify/certificates.ts';
import { statusText } from '../verify/status-text.ts';
import { award, honoursFile, personFile, run, topTenWorld } from './testing.ts';
import type { AwardStatus, Holder } from './types.ts';
import { RULE_IDS } from './catalogue.ts';
import { holderDirectory, type HolderDirectory } from './roll.ts';
import { STATUS_LABELS, ruleRef, statusView } from './status-view.ts';
import { timelineKey } from './timelines.ts';
import { honoursView } from './view.ts';

const city = (year: number, fields: Record<string, unknown>) =>
  award(year, {
    conferrer: '济南市总工会',
    serial: `济工家证〔${year}〕${String(fields['home'] ?? fields['person'])}`,
    ...fields,
  });

/** Four final years of the same top ten, a city title of each kind of lifecycle, and a draft list. */
function world() {
  const files = [
    ...topTenWorld([2021, 2022, 2023, 2024], {
      homes: [
        { id: 'np', unitType: 'non-public' },
        { id: 'pi', unitType: 'public-institution' },
        { id: 'so', unitType: 'state-owned' },
      ],
      extra: {
        2021: [
          city(2021, {
            home: 'pi',
            level: 'qualified',
            review: { date: '2024-05-10', result: 'fail' },
            rectification: { deadline: '2024-11-10', result: 'fail', closedOn: '2024-11-01' },
            revoked: { date: '2024-11-20', by: '济南市总工会', reason: '整改后仍未达标' },
          }),
        ],
        2022: [
          city(2022, {
            home: 'np',
            level: 'advanced',
            review: { date: '2025-01-10', result: 'fail' },
            rectification: { orderedOn: '2025-01-10', deadline: '2025-07-10' },
          }),
        ],
        2023: [city(2023, { person: 'p', level: 'advanced' })],
        2024: [city(2024, { home: 'so' }), city(2024, { home: 'np', level: 'qualified', conferrer: '历下区总工会' })],
      },
      files: [personFile({ id: 'p', home: 'np', name: '王𠮷' })],
    }),
    honoursFile(2025, 'draft', [city(2025, { home: 'so' })]),
  ];
  const report = run(files, '2025-03-01');
  const homes = [...report.homes.keys()].map((id) => ({
    id,
    data: {
      title: report.homes.get(id)!.name,
      unitType: id === 'np' ? 'non-public' : id === 'pi' ? 'public-institution' : 'state-owned',
    } as const,
  }));
  const people = [...report.people.keys()].map((id) => ({
    id,
    data: { name: report.people.get(id)!.name, home: id === 'p' ? 'np' : `top-${id.slice(6)}`, role: 'chair' as const },
  }));
  return { report, dir: holderDirectory(homes, people) };
}

describe('the honour pages’ view of the award report', () => {
  const { report, dir } = world();
  const view = honoursView(report, dir);
  const roll = (year: number) => view.years.find((y) => y.year === year)!;

  it('is built from a clean record', () => {
    expect([...report.problems, ...report.content].map((p) => p.message)).toEqual([]);
  });

  it('lists the years newest first and leads with the latest final list', () => {
    expect(view.years.map((y) => [y.year, y.final, y.total, y.href])).toEqual([
      [2025, false, 1, '/honors/2025/'],
      [2024, true, 22, '/honors/2024/'],
      [2023, true, 21, '/honors/2023/'],
      [2022, true, 21, '/honors/2022/'],
      [2021, true, 21, '/honors/2021/'],
    ]);
    expect(view.latestFinal?.year).toBe(2024);
  });

  it('groups a year by category: the top ten, home titles by level and unit type, then 娘家人', () => {
    const y = roll(2024);
    expect([y.topTenHomes.length, y.topTenPeople.length]).toEqual([10, 10]);
    expect(
      y.homeTitles.map((s) => [s.label, s.groups.map((g) => [g.key, g.label, g.entries.map((e) => e.id)])]),
    ).toEqual([
      ['模范职工之家', [['model-state-owned', '国有（集体）', ['2024-so']]]],
      ['合格职工之家', [['qualified-non-public', '非公企业', ['2024-np']]]],
    ]);
    expect(roll(2023).personTitles.map((g) => [g.label, g.entries.map((e) => [e.name, e.home?.href, e.role])])).toEqual(
      [['先进“娘家人”', [['王𠮷', '/homes/np/', '工会主席']]]],
    );
    expect(roll(2021).homeTitles.map((s) => s.groups.map((g) => g.key))).toEqual([['qualified-public-institution']]);
  });

  it('counts a year’s titles by status, in lifecycle order', () => {
    expect(roll(2021).statuses.map((s) => [s.label, s.count])).toEqual([
      ['已撤销', 1],
      ['已被新称号取代', 20],
    ]);
    expect(roll(2025).statuses).toEqual([{ kind: 'draft', label: '拟命名', count: 1 }]);
  });

  it('shows a revoked title with its date, its body and R8, linked to the rules page and article 5', () => {
    const revoked = report.awards.get('2021-pi')!;
    const s = statusView(revoked.status, report.awards);
    expect(s).toMatchObject({ kind: 'revoked', label: '已撤销', tone: 'bad' });
    expect(s.detail).toContain('2024年11月20日');
    expect(s.detail).toContain('济南市总工会');
    expect(s.rule).toEqual({
      id: 'R8',
      title: '整改不超过半年，逾期撤销',
      href: '/honors/rules/#r8',
      source: { href: '/policy/ten-opinions/#art-5', label: '第五条' },
    });
    expect(view.revoked.map((e) => e.id)).toEqual(['2021-pi']);
  });

  it('shows a rectification with its deadline, the days left and how much of the period is gone', () => {
    const s = roll(2022).homeTitles[0]!.entries[0]!.status;
    expect(s).toMatchObject({ kind: 'rectifying', label: '整改中', period: { total: 181, elapsed: 50 } });
    expect(s.detail).toBe('整改期限2025年7月10日，剩余 131 天');
    expect(s.rule?.id).toBe('R8');
    expect(view.attention.map((e) => e.id)).toEqual(['2022-np']);
  });

  it('points a superseded title at the title that replaced it', () => {
    const s = statusView(report.awards.get('2021-top-0')!.status, report.awards);
    expect(s.successor).toEqual({ year: 2022, href: '/honors/2022/#award-2022-top-0' });
    expect(s.rule).toBeUndefined();
  });

  it('links every conferred title to its certificate check, and a draft to none', () => {
    const [draft] = roll(2025).homeTitles[0]!.entries;
    expect(draft?.status.label).toBe('拟命名');
    expect(draft?.verifyHref).toBeUndefined();
    const e = roll(2024).topTenHomes[0]!;
    expect(e.verifyHref).toBe(`/verify/${verifySlug(e.serial)}/`);
    expect(verifySlug('鲁工家证〔2024〕001')).toMatch(/^2024-001-[0-9a-f]{10}$/);
  });

  it('gives each holder a timeline, newest first, with the rules’ streak and eligibility', () => {
    const t = view.timelines.get(timelineKey({ kind: 'home', id: 'top-0' }))!;
    expect(t.entries.map((e) => e.year)).toEqual([2024, 2023, 2022, 2021]);
    expect(t.entries[0]?.title).toBe('十佳职工信赖的职工之家');
    expect([t.streak, t.mayDayEligible, t.provincialHonourEligible]).toEqual([
      { from: 2021, to: 2024, length: 4 },
      true,
      true,
    ]);
    const np = view.timelines.get('home:np')!;
    expect(np.entries.map((e) => [e.title, e.conferrer, e.status.label])).toEqual([
      ['合格职工之家', '历下区总工会', '有效'],
      ['先进职工之家', '济南市总工会', '整改中'],
    ]);
  });

  it('lists for R4 and R5 exactly the holders the rules found, with their model years linked', () => {
    const ids = (list: { holder: Holder }[]) => list.map((h) => timelineKey(h.holder)).sort();
    expect(ids(view.mayDay)).toEqual(ids(report.mayDayEligible));
    expect(ids(view.provincial)).toEqual(ids(report.provincialHonourEligible));
    const home = view.mayDay.find((h) => h.holder.id === 'top-3')!;
    expect(home.streakYears.map((y) => y.href)).toEqual(
      [2021, 2022, 2023, 2024].map((y) => `/honors/${y}/#award-${y}-top-3`),
    );
    const chair = view.provincial.find((h) => h.holder.id === 'chair-3')!;
    expect([chair.home?.id, chair.provincialTitle?.id]).toEqual(['top-3', '2024-top-3']);
  });
});

describe('status words', () => {
  const statuses: AwardStatus[] = [
    { kind: 'draft' },
    { kind: 'valid', reviewDueOn: '2027-04-26' },
    { kind: 'confirmed', confirmedOn: '2024-06-27', reviewDueOn: '2027-06-27' },
    { kind: 're-review-due', dueOn: '2026-06-23', overdue: false },
    { kind: 'rectifying', since: undefined, deadline: '2027-01-15', daysLeft: 52 },
    { kind: 'revocation-due', deadline: '2026-01-15', reason: 'overdue' },
    { kind: 'revoked', date: '2023-07-05', by: '菏泽市总工会', reason: '满意度不足', rule: 'R8' },
    { kind: 'superseded', by: 'x' },
  ];
  it.each(statuses)('$kind: the legend, the badge and /verify/ use the same words', (status) => {
    const s = statusView(status);
    expect(s.label).toBe(STATUS_LABELS[status.kind]);
    expect([s.label, s.detail, s.tone]).toEqual(Object.values(statusText(status)));
  });

  it('cites R7 for a due re-review and R8 for rectification and revocation, nothing for the rest', () => {
    expect(statuses.map((s) => [s.kind, statusView(s).rule?.id])).toEqual([
      ['draft', undefined],
      ['valid', undefined],
      ['confirmed', undefined],
      ['re-review-due', 'R7'],
      ['rectifying', 'R8'],
      ['revocation-due', 'R8'],
      ['revoked', 'R8'],
      ['superseded', undefined],
    ]);
    expect(statusView(statuses[4]!).period).toBeUndefined();
  });

  it('sends every rule to article 5, as the validator cites it', () => {
    expect(RULE_IDS.map((id) => ruleRef(id).source.href)).toEqual(Array<string>(9).fill('/policy/ten-opinions/#art-5'));
    expect(RULE_IDS.map((id) => ruleRef(id).source.label)).toEqual(RULE_IDS.map((id) => RULE_ARTICLE[id]));
    expect(ruleRef('R4').href).toBe('/honors/rules/#r4');
  });
});

describe('a holder the directory does not know', () => {
  it('is still listed, under its id', () => {
    const { report } = world();
    const empty: HolderDirectory = { homes: new Map(), people: new Map() };
    const y = honoursView(report, empty).years.find((r) => r.year === 2024)!;
    expect(y.total).toBe(22);
    expect(y.homeTitles[0]!.groups.map((g) => [g.label, g.entries.map((e) => e.name)])).toEqual([
      ['单位性质未登记', ['so']],
    ]);
  });
});
