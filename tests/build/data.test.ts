import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CITIES, CITY_LABELS, SECTOR_LABELS, WORKER_GROUPS, WORKER_GROUP_LABELS } from '../../src/lib/domain/vocab.ts';
import { MODE_SCRIPT } from '../../src/lib/ui/mode-script.ts';
import { CONTENT, frontmatters } from '../helpers/content.ts';
import { page } from '../helpers/site.ts';

// Every expected figure is recomputed here from the content files, with the
// rules the page states (plain means of city rates, weighted 六有/八有,
// one decimal), not with the page's own functions.

type Rates = Record<string, number>;
interface CityFigures {
  unionisation: Rates;
  membership: Rates;
  grassrootsUnions: number;
  sixHavesMet: number;
  positions: number;
  eightHavesMet: number;
  socialWorkers: number;
  firstChairs: number;
}
interface YearFigures {
  year: number;
  cities: Record<string, CityFigures>;
}

const SECTOR_NAMES: Record<string, string> = SECTOR_LABELS;
const SECTORS = Object.keys(SECTOR_NAMES).filter((s) => s !== 'other');
const coverage = parse(readFileSync(path.join(CONTENT, 'data/coverage.yaml'), 'utf8')) as {
  sample: boolean;
  years: YearFigures[];
};
const years = [...coverage.years].sort((a, b) => a.year - b.year);
const latest = years.at(-1)!;
const cities = (y: YearFigures) => CITIES.map((c) => y.cities[c]!);
const total = (y: YearFigures, pick: (c: CityFigures) => number) => cities(y).reduce((n, c) => n + pick(c), 0);
const one = (v: number) => Math.round(v * 10) / 10;
const pct = (v: number) => `${v.toFixed(1)}%`;
const mean = (values: number[]) => one(values.reduce((a, b) => a + b, 0) / values.length);

// --- reading the built HTML ----------------------------------------------------------

/** The element `<tag … attr="value" …>` with its content, nested same-name tags included. */
function element(html: string, tag: string, attr: string, value: string): string {
  const open = new RegExp(`<${tag}\\b[^>]*\\s${attr}="${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`);
  const m = open.exec(html);
  if (!m) throw new Error(`no <${tag} ${attr}="${value}">`);
  const tags = new RegExp(`<${tag}\\b[^>]*>|</${tag}>`, 'g');
  tags.lastIndex = m.index + m[0].length;
  let depth = 1;
  for (let t = tags.exec(html); t; t = tags.exec(html)) {
    depth += t[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(m.index, t.index + t[0].length);
  }
  throw new Error(`<${tag} ${attr}="${value}"> is not closed`);
}
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const cells = (row: string) => [...row.matchAll(/<(td|th)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => text(m[2] ?? ''));
const row = (table: string, attr: string, value: string) => cells(element(table, 'tr', attr, value));
const MISS = '未达标';

/** WCAG contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the city map', () => {
  const html = page('/data/');
  const homes = frontmatters('homes').map((h) => h.data as { city: string; level: string });
  const count = (city: string, level?: string) =>
    homes.filter((h) => h.city === city && (!level || h.level === level)).length;

  it('draws every city as a link to its list, named with its model and total homes', () => {
    for (const c of CITIES) {
      const tile =
        new RegExp(`<a href="/homes/city/${c}/" aria-label=[^>]*class="tile"[\\s\\S]*?</a>`).exec(html)?.[0] ?? '';
      expect(tile).toContain(
        `aria-label="${CITY_LABELS[c].replace(/市$/, '')} ${count(c, 'model')}：${CITY_LABELS[c]}模范职工之家 ${count(c, 'model')} 个，共 ${count(c)} 个"`,
      );
      const printed = [...tile.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      expect(printed, c).toEqual([CITY_LABELS[c].replace(/市$/, ''), String(count(c, 'model'))]);
    }
    expect(html).toMatch(/<svg[^>]*role="group"[^>]*aria-labelledby="city-map-title"/);
    expect(html).toContain('<desc id="city-map-desc"');
  });

  it('prints every label at 4.5:1 or more against its tile', () => {
    const tiles = [...html.matchAll(/<a href="\/homes\/city\/[^"]+"[^>]*class="tile"[\s\S]*?<\/a>/g)].map((m) => m[0]);
    expect(tiles).toHaveLength(16);
    for (const tile of tiles) {
      const fill = /<polygon[^>]*fill="(#[0-9a-f]{6})"/.exec(tile)![1]!;
      for (const m of tile.matchAll(/<text[^>]*fill="(#[0-9a-f]{6})"/g))
        expect(contrast(fill, m[1]!)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('has a table with the same figures by level', () => {
    const table = element(html, 'table', 'class', 'counts');
    for (const c of CITIES) {
      expect(row(table, 'data-city', c).slice(-4), c).toEqual(
        ['model', 'advanced', 'qualified', undefined].map((l) => String(count(c, l))),
      );
    }
    const sum = (l: string) => String(homes.filter((h) => h.level === l).length);
    expect(row(table, 'data-city', 'all')).toEqual([
      '全省',
      sum('model'),
      sum('advanced'),
      sum('qualified'),
      String(homes.length),
    ]);
  });
});

describe('the coverage dashboard', () => {
  const html = page('/data/');
  const sectorMeans = SECTORS.map((s) => ({ s, v: mean(cities(latest).map((c) => c.unionisation[s]!)) }));
  const groupMeans = WORKER_GROUPS.map((g) => ({ g, v: mean(cities(latest).map((c) => c.membership[g]!)) }));
  const sixRate = one((total(latest, (c) => c.sixHavesMet) / total(latest, (c) => c.grassrootsUnions)) * 100);
  const eightRate = one((total(latest, (c) => c.eightHavesMet) / total(latest, (c) => c.positions)) * 100);

  it('says the figures are samples and for which year', () => {
    expect(coverage.sample).toBe(true);
    expect(html).toContain('示例数据');
    expect(html).toContain(`截至 ${latest.year} 年底`);
  });

  it('reports each target with its figure, and marks those missed', () => {
    const table = element(html, 'table', 'id', 'overview-table');
    const lowestSector = Math.min(...sectorMeans.map((m) => m.v));
    const lowestGroup = Math.min(...groupMeans.map((m) => m.v));
    const expected: [string, string, boolean][] = [
      ['unionisation', pct(lowestSector), lowestSector >= 70],
      ['membership', pct(lowestGroup), lowestGroup >= 70],
      ['sixHaves', pct(sixRate), sixRate >= 80],
      ['eightHaves', pct(eightRate), eightRate >= 100],
      ['socialWorkers', `${total(latest, (c) => c.socialWorkers)} 人`, total(latest, (c) => c.socialWorkers) >= 4000],
      ['firstChairs', `${total(latest, (c) => c.firstChairs)} 名`, total(latest, (c) => c.firstChairs) >= 1000],
    ];
    expect(expected.filter(([, , met]) => !met).length, 'the sample has a missed target').toBeGreaterThan(0);
    for (const [indicator, figure, met] of expected) {
      const r = row(table, 'data-indicator', indicator).join(' | ');
      expect(r, indicator).toContain(figure);
      expect(r.includes(MISS), `${indicator}: ${r}`).toBe(!met);
    }
    const allMean = mean(cities(latest).flatMap((c) => SECTORS.map((s) => c.unionisation[s]!)));
    expect(row(table, 'data-indicator', 'unionisation').join(' ')).toContain(`平均 ${pct(allMean)}`);
  });

  it('shows each sector and group against 70%, as the plain mean of the cities', () => {
    for (const [kind, keys, labels] of [
      ['unionisation', SECTORS, SECTOR_LABELS],
      ['membership', WORKER_GROUPS, WORKER_GROUP_LABELS],
    ] as const) {
      const table = element(html, 'table', 'id', `${kind}-table`);
      const chart = element(html, 'svg', 'aria-labelledby', `${kind}-chart-title ${kind}-chart-desc`);
      for (const k of keys) {
        const values = cities(latest).map((c) => c[kind][k]!);
        const m = mean(values);
        const low = Math.min(...values);
        const lowCities = CITIES.filter((c) => latest.cities[c]![kind][k] === low).map((c) => CITY_LABELS[c]);
        const [label, shown, meeting, lowest, status] = row(table, 'data-key', k);
        expect(label).toBe((labels as Record<string, string>)[k]);
        expect(shown).toBe(pct(m));
        expect(meeting).toBe(`${values.filter((v) => v >= 70).length} / 16`);
        expect(lowCities.map((c) => `${c} ${low}%`)).toContain(lowest);
        expect(status === MISS).toBe(m < 70);
        const bar = text(element(chart, 'g', 'data-key', k));
        expect(bar).toContain(pct(m));
        expect(bar.includes(MISS)).toBe(m < 70);
      }
    }
  });

  it('weighs 六有 and 八有 by each city’s counts and marks every figure below target', () => {
    for (const [kind, whole, part, target] of [
      ['sixHaves', 'grassrootsUnions', 'sixHavesMet', 80],
      ['eightHaves', 'positions', 'eightHavesMet', 100],
    ] as const) {
      const table = element(html, 'table', 'id', `${kind}-table`);
      const chart = element(html, 'svg', 'aria-labelledby', `${kind}-chart-title ${kind}-chart-desc`);
      let missed = 0;
      for (const c of [...CITIES, 'all'] as const) {
        const [n, met] =
          c === 'all'
            ? [total(latest, (f) => f[whole]), total(latest, (f) => f[part])]
            : [latest.cities[c]![whole], latest.cities[c]![part]];
        const rate = one((met / n) * 100);
        const r = row(table, 'data-city', c);
        expect(r.slice(1), c).toEqual([String(n), String(met), pct(rate), rate >= target ? '达标' : MISS]);
        expect(text(element(chart, 'g', 'data-key', c)).includes(MISS)).toBe(rate < target);
        if (rate < target) missed++;
      }
      // A missed bar is hatched, not only coloured differently.
      expect([...chart.matchAll(/class="bar miss"[^>]*fill="url\(#[\w-]+-hatch\)"/g)]).toHaveLength(missed);
    }
  });

  it('has a table by city for the latest year, naming each sector and group below 70%', () => {
    const table = element(html, 'table', 'id', 'city-table');
    for (const c of CITIES) {
      const f = latest.cities[c]!;
      const r = row(table, 'data-city', c);
      const below = SECTORS.filter((s) => f.unionisation[s]! < 70);
      const groupsBelow = WORKER_GROUPS.filter((g) => f.membership[g]! < 70);
      expect(r[0]).toBe(CITY_LABELS[c]);
      expect(r[1]).toBe(pct(mean(SECTORS.map((s) => f.unionisation[s]!))));
      expect(r[3]).toBe(pct(mean(WORKER_GROUPS.map((g) => f.membership[g]!))));
      for (const s of below) expect(r[2]).toContain(`${SECTOR_NAMES[s]} ${f.unionisation[s]}%`);
      for (const g of groupsBelow) expect(r[4]).toContain(`${WORKER_GROUP_LABELS[g]} ${f.membership[g]}%`);
      expect(r[2]!.startsWith(MISS)).toBe(below.length > 0);
      expect(r[4]!.startsWith(MISS)).toBe(groupsBelow.length > 0);
      const six = one((f.sixHavesMet / f.grassrootsUnions) * 100);
      const eight = one((f.eightHavesMet / f.positions) * 100);
      expect(r.slice(5)).toEqual([
        `${pct(six)}${six < 80 ? ` ${MISS}` : ''}`,
        `${pct(eight)}${eight < 100 ? ` ${MISS}` : ''}`,
        String(f.socialWorkers),
        String(f.firstChairs),
      ]);
    }
  });

  it('totals the province under the city table, marking what is missed', () => {
    const r = row(element(html, 'table', 'id', 'city-table'), 'data-city', 'all');
    expect(r.slice(5)).toEqual([
      `${pct(sixRate)}${sixRate < 80 ? ` ${MISS}` : ''}`,
      `${pct(eightRate)}${eightRate < 100 ? ` ${MISS}` : ''}`,
      String(total(latest, (c) => c.socialWorkers)),
      String(total(latest, (c) => c.firstChairs)),
    ]);
  });

  it('shows the trend of each target year by year', () => {
    const sixTable = element(html, 'table', 'id', 'trend-sixHaves-table');
    const workers = element(html, 'table', 'id', 'trend-socialWorkers-table');
    for (const y of years) {
      const six = one((total(y, (c) => c.sixHavesMet) / total(y, (c) => c.grassrootsUnions)) * 100);
      expect(row(sixTable, 'data-year', String(y.year))).toEqual([String(y.year), pct(six), six >= 80 ? '达标' : MISS]);
      const n = total(y, (c) => c.socialWorkers);
      expect(row(workers, 'data-year', String(y.year))).toEqual([String(y.year), `${n} 人`, n >= 4000 ? '达标' : MISS]);
    }
  });

  it('captions every chart with its source article, linked to the policy', () => {
    const figures = [...html.matchAll(/<figure class="chart-figure"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(figures.length).toBeGreaterThanOrEqual(11);
    for (const f of figures) {
      expect(f).toMatch(/<svg class="chart[^"]*"[^>]*role="img"/);
      expect(f).toContain('<table');
      expect(f).toMatch(/<figcaption[\s\S]*href="\/policy\/ten-opinions\/#art-\d+"[\s\S]*<\/figcaption>/);
    }
    for (const n of [1, 2, 3, 4]) expect(html).toContain(`href="/policy/ten-opinions/#art-${n}"`);
  });

  it('ships no client JavaScript beyond the display-mode switch', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => m[2]);
    expect(scripts).toEqual([MODE_SCRIPT]);
  });
});

describe('a content folder without coverage data', () => {
  const project = path.resolve(import.meta.dirname, '../..');
  let dir: string;
  let html: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'zgzj-data-'));
    const content = path.join(dir, 'content');
    cpSync(path.join(project, 'tests/fixtures/mini'), content, { recursive: true });
    rmSync(path.join(content, 'data'), { recursive: true, force: true });
    const out = path.join(dir, 'dist');
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    html = readFileSync(path.join(out, 'data/index.html'), 'utf8');
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds a /data/ page that says there is no data yet, and still shows the map', () => {
    expect(html).toContain('暂无数据');
    expect(html).toContain('data/coverage.yaml');
    expect(html).not.toContain('chart-figure');
    expect(html).toContain('href="/homes/city/jinan/"');
  });
});
