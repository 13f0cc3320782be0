import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT, frontmatters } from '../helpers/content.ts';
import { page } from '../helpers/site.ts';

// Expectations recomputed here from the YAML files, not from the site's code.
interface Award {
  id: string;
  serial: string;
  home?: string;
  person?: string;
  level: string;
  topTen?: boolean;
  revoked?: { date: string; by: string };
  rectification?: { deadline: string; result?: string };
}
const years = globSync('honors/*.yaml', { cwd: CONTENT }).map(
  (f) => parse(readFileSync(path.join(CONTENT, f), 'utf8')) as { year: number; status: string; awards: Award[] },
);
const site = parse(readFileSync(path.join(CONTENT, 'site.yaml'), 'utf8')) as { asOf: string };
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const chineseDate = (iso: string) => iso.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');

describe('honour rolls', () => {
  it('show every award of every year, with the ten and ten of each final list', () => {
    for (const y of years) {
      const html = page(`/honors/${y.year}/`);
      for (const a of y.awards) expect(html, `${y.year} ${a.serial}`).toContain(a.serial);
      expect(text(html)).toContain(`共 ${y.awards.length} 项`);
      if (y.status === 'final') {
        expect(text(html)).toContain(`十佳职工信赖的职工之家（10）`);
        expect(text(html)).toContain(`十佳职工信赖的“娘家人”（10）`);
      }
    }
  });

  it('show a revoked title as revoked, with its date and the rule', () => {
    const revoked = years.flatMap((y) => y.awards.filter((a) => a.revoked).map((a) => ({ year: y.year, a })));
    expect(revoked.length).toBeGreaterThan(0);
    for (const { year, a } of revoked) {
      const row = text(page(`/honors/${year}/`))
        .split(a.serial)[1]!
        .slice(0, 120);
      expect(row).toContain('已撤销');
      expect(row).toContain(chineseDate(a.revoked!.date));
      expect(row).toContain('R8');
    }
  });

  it('show a running rectification with the days left of its six months', () => {
    const open = years.flatMap((y) =>
      y.awards
        .filter((a) => a.rectification && !a.rectification.result && a.rectification.deadline > site.asOf)
        .map((a) => ({ year: y.year, a })),
    );
    expect(open.length).toBeGreaterThan(0);
    for (const { year, a } of open) {
      const days = (Date.parse(a.rectification!.deadline) - Date.parse(site.asOf)) / 86_400_000;
      const row = text(page(`/honors/${year}/`))
        .split(a.serial)[1]!
        .slice(0, 120);
      expect(row).toContain('整改中');
      expect(row).toContain(`剩余 ${days} 天`);
    }
  });

  it('list for May Day recommendation exactly the holders with three model years running to their latest award (R4)', () => {
    const byHolder = new Map<string, { model: Set<number>; latest: number }>();
    for (const y of years.filter((y) => y.status === 'final')) {
      for (const a of y.awards) {
        const key = a.home ? `home:${a.home}` : `person:${a.person}`;
        const h = byHolder.get(key) ?? { model: new Set<number>(), latest: 0 };
        if (a.level === 'model' && !a.revoked) h.model.add(y.year);
        h.latest = Math.max(h.latest, y.year);
        byHolder.set(key, h);
      }
    }
    const eligible = [...byHolder].filter(([, h]) => [0, 1, 2].every((i) => h.model.has(h.latest - i))).map(([k]) => k);
    expect(eligible.length).toBeGreaterThan(0);
    const homes = new Map(frontmatters('homes').map((h) => [h.id, String(h.data['title'])]));
    const people = new Map(
      globSync('people/*.yaml', { cwd: CONTENT }).map((f) => [
        path.basename(f, '.yaml'),
        String((parse(readFileSync(path.join(CONTENT, f), 'utf8')) as { name: string }).name),
      ]),
    );
    const html = page('/honors/may-day/');
    const rows = [...html.matchAll(/<th scope="row">([\s\S]*?)<\/th>/g)].map((m) => text(m[1]!).trim()).sort();
    const expected = eligible
      .map((k) => (k.startsWith('home:') ? homes.get(k.slice(5))! : people.get(k.slice(7))!))
      .sort();
    expect(rows).toEqual(expected);
  });

  it('link every rule they name to the rules page, whose rules link to the policy article', () => {
    const rules = page('/honors/rules/');
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9]) expect(rules).toContain(`id="r${n}"`);
    expect(rules.match(/href="\/policy\/ten-opinions\/#art-5"/g)!.length).toBeGreaterThanOrEqual(9);
    const policy = page('/policy/ten-opinions/');
    for (let n = 1; n <= 10; n++) expect(policy).toContain(`id="art-${n}"`);
  });
});
