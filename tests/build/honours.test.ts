import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT, frontmatters } from '../helpers/content.ts';
import { page } from '../helpers/site.ts';

// Every expectation is recomputed here from the content files, not with the site's own code.
interface Award {
  id: string;
  serial: string;
  home?: string;
  person?: string;
  level: string;
  topTen?: boolean;
  conferrer: string;
  conferredOn: string;
  revoked?: { date: string; by: string };
  rectification?: { deadline: string; result?: string };
}
interface List {
  year: number;
  status: 'draft' | 'final';
  awards: Award[];
}
const lists = globSync('honors/[!_]*.yaml', { cwd: CONTENT }).map(
  (f) => parse(readFileSync(path.join(CONTENT, f), 'utf8')) as List,
);
const { asOf } = parse(readFileSync(path.join(CONTENT, 'site.yaml'), 'utf8')) as { asOf: string };
const awardsOf = (holder: string) =>
  lists.flatMap((l) => l.awards.filter((a) => a.home === holder).map((a) => ({ list: l, a })));

const STATUS_LABELS = [
  '拟命名',
  '有效',
  '复核确认',
  '待复核',
  '复核逾期',
  '整改中',
  '应予撤销',
  '已撤销',
  '已被新称号取代',
];
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/\s+/g, ' ')
    .trim();
const chineseDate = (iso: string) => iso.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
/** The table row of an award on its year's roll. */
const row = (html: string, awardId: string) =>
  new RegExp(`<tr id="award-${awardId}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1];
const rowsIn = (html: string) => [...html.matchAll(/<tr id="award-([^"]+)"/g)].map((m) => m[1]!);
const section = (html: string, id: string) =>
  new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

describe('honour rolls by year', () => {
  it.each(lists.map((l) => [l.year, l] as const))(
    '%i shows every award of the year, each with its status',
    (_, list) => {
      const html = page(`/honors/${list.year}/`);
      expect(rowsIn(html).sort()).toEqual(list.awards.map((a) => a.id).sort());
      expect(text(html)).toContain(`共 ${list.awards.length} 项称号`);
      for (const a of list.awards) {
        const r = row(html, a.id)!;
        expect(r, a.id).toContain(a.serial);
        expect(r, a.id).toContain(a.conferrer);
        expect(r, a.id).toContain(chineseDate(a.conferredOn));
        const badge = /class="badge"[^>]*>([^<]+)</.exec(r)?.[1];
        expect(STATUS_LABELS, `${a.id}: ${badge}`).toContain(badge);
        if (a.home) expect(r).toContain(`href="/homes/${a.home}/"`);
        if (list.status === 'final') expect(r).toMatch(/href="\/verify\/[a-z0-9-]+\/"/);
      }
    },
  );

  it('puts the ten top-ten homes and the ten top-ten 娘家人 of each final year first', () => {
    const final = lists.filter((l) => l.status === 'final');
    expect(final.length).toBeGreaterThan(0);
    for (const list of final) {
      const html = page(`/honors/${list.year}/`);
      const top = (kind: 'home' | 'person') => list.awards.filter((a) => a.topTen && a[kind]).map((a) => a.id);
      expect([top('home').length, top('person').length]).toEqual([10, 10]);
      expect(rowsIn(section(html, 'top-ten-homes')).sort()).toEqual(top('home').sort());
      expect(rowsIn(section(html, 'top-ten-people')).sort()).toEqual(top('person').sort());
      expect(html.indexOf('id="top-ten-homes"')).toBeLessThan(html.indexOf('id="top-ten-people"'));
    }
  });

  it('shows each person with their home', () => {
    const people = new Map(
      globSync('people/*.yaml', { cwd: CONTENT }).map((f) => [
        path.basename(f, '.yaml'),
        parse(readFileSync(path.join(CONTENT, f), 'utf8')) as { name: string; home: string },
      ]),
    );
    for (const list of lists) {
      const html = page(`/honors/${list.year}/`);
      for (const a of list.awards.filter((x) => x.person)) {
        const p = people.get(a.person!)!;
        expect(text(row(html, a.id)!)).toContain(p.name);
        expect(row(html, a.id)).toContain(`href="/homes/${p.home}/"`);
      }
    }
  });

  it('overview links every year with its count and shows the latest final top ten', () => {
    const html = page('/honors/');
    for (const list of lists) {
      const yearRow = new RegExp(`<a href="/honors/${list.year}/"[^>]*>[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
      const cells = [...yearRow.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]!));
      const top = (kind: 'home' | 'person') => list.awards.filter((a) => a.topTen && a[kind]).length;
      expect(cells.slice(1, 4), String(list.year)).toEqual(
        [list.awards.length, top('home'), top('person')].map(String),
      );
    }
    const latest = Math.max(...lists.filter((l) => l.status === 'final').map((l) => l.year));
    expect(text(html)).toContain(`${latest} 年度十佳职工信赖的职工之家（10 项）`);
    expect(text(html)).toContain(`${latest} 年度十佳职工信赖的“娘家人”（10 项）`);
    for (const href of ['/honors/may-day/', '/honors/provincial/', '/honors/rules/', '/policy/ten-opinions/#art-5']) {
      expect(html).toContain(`href="${href}"`);
    }
  });
});

describe('the lifecycle of a title, never hidden', () => {
  it('shows the revoked title of heze-textile-mill with its date, body and rule R8', () => {
    const revoked = awardsOf('heze-textile-mill').filter(({ a }) => a.revoked);
    expect(revoked.length).toBeGreaterThan(0);
    for (const { list, a } of revoked) {
      const r = row(page(`/honors/${list.year}/`), a.id)!;
      expect(text(r)).toContain('已撤销');
      expect(text(r)).toContain(`${chineseDate(a.revoked!.date)}由${a.revoked!.by}撤销`);
      expect(r).toContain('href="/honors/rules/#r8"');
      expect(r).toContain('href="/policy/ten-opinions/#art-5"');
      const home = text(page('/homes/heze-textile-mill/'));
      expect(home).toContain(`已撤销 ${chineseDate(a.revoked!.date)}`);
    }
  });

  it('shows zibo-chem-park in rectification with its deadline and the days left', () => {
    const open = awardsOf('zibo-chem-park').filter(
      ({ a }) => a.rectification && !a.rectification.result && a.rectification.deadline > asOf,
    );
    expect(open.length).toBeGreaterThan(0);
    for (const { list, a } of open) {
      const left = days(asOf, a.rectification!.deadline);
      const r = row(page(`/honors/${list.year}/`), a.id)!;
      expect(text(r)).toContain(`整改中 整改期限${chineseDate(a.rectification!.deadline)}，剩余 ${left} 天`);
      expect(r).toMatch(/<progress[^>]+max="\d+"/);
      expect(text(page('/homes/zibo-chem-park/'))).toContain(`剩余 ${left} 天`);
    }
  });
});

describe('R4: May Day recommendation', () => {
  it('lists exactly the holders with three model years running up to their latest year', () => {
    // R4, art. 5: 连续三年保持模范荣誉称号, counted back from the holder's latest year on record.
    const titles = new Map<string, { model: Set<number>; latest: number }>();
    for (const list of lists.filter((l) => l.status === 'final')) {
      for (const a of list.awards.filter((x) => x.conferredOn <= asOf)) {
        const key = a.home ? `home:${a.home}` : `person:${a.person}`;
        const t = titles.get(key) ?? { model: new Set<number>(), latest: 0 };
        if (a.level === 'model' && !(a.revoked && a.revoked.date <= asOf)) t.model.add(list.year);
        t.latest = Math.max(t.latest, list.year);
        titles.set(key, t);
      }
    }
    const eligible = [...titles].filter(([, t]) => [0, 1, 2].every((i) => t.model.has(t.latest - i)));
    expect(eligible.length).toBeGreaterThan(0);
    const homes = new Map(frontmatters('homes').map((h) => [h.id, String(h.data['title'])]));
    const people = new Map(
      globSync('people/*.yaml', { cwd: CONTENT }).map((f) => [
        path.basename(f, '.yaml'),
        (parse(readFileSync(path.join(CONTENT, f), 'utf8')) as { name: string }).name,
      ]),
    );
    const nameOf = (key: string) => (key.startsWith('home:') ? homes.get(key.slice(5)) : people.get(key.slice(7)));
    const html = page('/honors/may-day/');
    const rows = [...html.matchAll(/<tr[^>]*>\s*<th scope="row"[^>]*>([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)];
    expect(rows.map((m) => text(m[1]!)).sort()).toEqual(eligible.map(([k]) => nameOf(k)).sort());
    for (const [key, t] of eligible) {
      const cells = rows.find((m) => text(m[1]!) === nameOf(key))![2]!;
      for (const year of [t.latest - 2, t.latest - 1, t.latest]) expect(cells).toContain(`>${year}</a>`);
    }
    expect(html).toContain('href="/honors/rules/#r4"');
    expect(html).toContain('href="/policy/ten-opinions/#art-5"');
  });
});

describe('R5 and the rules page', () => {
  it('lists for provincial honours only homes holding a provincial model title', () => {
    const provincialModel = new Set(
      lists
        .filter((l) => l.status === 'final')
        .flatMap((l) => l.awards.filter((a) => a.home && a.level === 'model' && a.conferrer === '山东省总工会'))
        .map((a) => a.home!),
    );
    const html = page('/honors/provincial/');
    const homes = [...html.matchAll(/<th scope="row"[^>]*>\s*<a href="\/homes\/([^/]+)\/"/g)].map((m) => m[1]!);
    expect(homes.length).toBeGreaterThan(0);
    for (const id of homes) expect(provincialModel).toContain(id);
    expect(html).toContain('href="/honors/rules/#r5"');
    expect(html).toContain('href="/policy/ten-opinions/#art-5"');
  });

  it('gives each rule an anchor, the policy’s words and the article the validator cites', () => {
    const rules = page('/honors/rules/');
    for (let n = 1; n <= 9; n++) {
      const s = section(rules, `r${n}`);
      expect(s, `r${n}`).toContain(`<h2 id="r${n}-h"`);
      expect(s).toContain('href="/policy/ten-opinions/#art-5"');
      expect(s).toContain('《意见》第五条');
      expect(s).toMatch(/<blockquote[^>]*>\s*<p[^>]*>[^<]{10,}/);
    }
    const pages = ['/honors/', '/honors/may-day/', '/honors/provincial/', ...lists.map((l) => `/honors/${l.year}/`)];
    for (const url of pages) {
      const html = page(url);
      const named = [...html.matchAll(/href="\/honors\/rules\/#(r\d)"/g)].map((m) => m[1]!);
      expect(named.length, url).toBeGreaterThan(0);
      for (const id of named) expect(rules).toContain(`id="${id}"`);
      expect(html).toContain('href="/policy/ten-opinions/#art-5"');
    }
  });
});

describe('accessible, printable markup', () => {
  const pages = [
    '/honors/',
    '/honors/may-day/',
    '/honors/provincial/',
    '/honors/rules/',
    ...lists.map((l) => `/honors/${l.year}/`),
  ];
  it.each(pages)('%s: one h1, no skipped heading level, every table captioned with scoped headers', (url) => {
    const main = /<main[\s\S]*<\/main>/.exec(page(url))![0];
    const levels = [...main.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => expect(l - (levels[i - 1] ?? 0), `${url} h${l}`).toBeLessThanOrEqual(1));
    for (const table of main.match(/<table[\s\S]*?<\/table>/g) ?? []) {
      expect(table).toMatch(/<caption[^>]*>[^<]+/);
      expect(table.match(/<th(?![^>]*scope=)[\s>]/g)).toBeNull();
    }
    expect(main).not.toMatch(/\sstyle="/);
  });
});
