import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../content/problem.ts';
import { loadContent } from '../node/read-content.ts';
import { awardsInputFrom } from './input.ts';
import { checkAwards } from './rules.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The sample content is written as of this day; the rectification in it runs until 2027-01-15. */
const TODAY = '2026-11-24';

describe('the sample honour lists and people', () => {
  const loaded = loadContent(path.join(repo, 'content'), repo);
  const report = checkAwards(awardsInputFrom(loaded.entries), { today: TODAY });
  const mine = (file: string) => /content\/(honors|people)\//.test(file);

  it('pass the schemas and every award rule', () => {
    expect(loaded.problems.filter((p) => mine(p.file)).map(formatProblem)).toEqual([]);
    expect(report.problems.map(formatProblem)).toEqual([]);
  });

  it('have full top-ten lists, final, for 2019-2025', () => {
    expect(report.years.map((y) => [y.year, y.status, y.topTenHomes, y.topTenPeople])).toEqual(
      [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => [y, 'final', 10, 10]),
    );
  });

  it('show each status the rules derive', () => {
    const kinds = new Set([...report.awards.values()].map((a) => a.status.kind));
    expect([...kinds].sort()).toEqual(['confirmed', 're-review-due', 'rectifying', 'revoked', 'superseded', 'valid']);
    expect(report.homes.get('zibo-chem-park')?.currentTitle?.status).toEqual({
      kind: 'rectifying',
      since: '2026-07-15',
      deadline: '2027-01-15',
      daysLeft: 52,
    });
    const revoked = report.homes.get('heze-textile-mill')?.awards.find((a) => a.status.kind === 'revoked');
    expect(revoked?.status).toMatchObject({ kind: 'revoked', date: '2023-07-05', by: '菏泽市总工会' });
  });

  it('have homes and people with three model years running (R4) and provincial models (R5)', () => {
    expect(report.homes.get('jinan-steel-works')).toMatchObject({
      mayDayEligible: true,
      provincialHonourEligible: true,
    });
    expect(report.people.get('tian-guifang')?.currentStreak).toEqual({ from: 2023, to: 2025, length: 3 });
    expect(report.homes.get('jinan-hi-tech-tower')).toMatchObject({
      mayDayEligible: false,
      modelStreaks: [{ from: 2019, to: 2021, length: 3 }],
    });
    expect(report.people.size).toBeGreaterThanOrEqual(30);
    const names = [...report.people.values()].map((p) => p.name).join('');
    for (const rare of ['𠮷', '堃', '喆', '燊', '䶮']) expect(names).toContain(rare);
  });
});
