/**
 * Small content sets for the award rules' tests: write homes, people and
 * honour lists as the files an editor would write, check them the way the
 * validator does, and find the line a field is on. Pure (no file system).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { checkSources, type SourceFile } from '../content/check.ts';
import { COLLECTIONS, type CollectionName } from '../content/collections.ts';
import type { Problem } from '../content/problem.ts';
import { parseDataSource, parseMarkdownSource } from '../content/source.ts';
import { EIGHT_HAVES, SIX_HAVES, type City, type Level } from '../domain/vocab.ts';
import { awardsInputFrom } from './input.ts';
import { checkAwards, type AwardsReport } from './rules.ts';

/** A content file: its path under the content root and its text. */
export type ContentFile = [path: string, text: string];

export const PROVINCE = '山东省总工会';

export interface HomeSpec {
  id: string;
  city?: City;
  county?: string;
  level?: Level | string;
  unitType?: string;
  /** Satisfaction by year; 90 for every year 2018-2026 when left out. */
  satisfaction?: Record<number, number>;
}

export function homeFile(spec: HomeSpec): ContentFile {
  const satisfaction = Object.entries(
    spec.satisfaction ?? Object.fromEntries([...Array(9).keys()].map((i) => [2018 + i, 90])),
  );
  const data = {
    title: `测试职工之家 ${spec.id}`,
    unit: `测试单位 ${spec.id}`,
    unitType: spec.unitType ?? 'state-owned',
    city: spec.city ?? 'jinan',
    county: spec.county ?? '历下区',
    sector: 'other',
    level: spec.level ?? 'model',
    year: 2019,
    eightHaves: Object.fromEntries(EIGHT_HAVES.map((k) => [k, true])),
    sixHaves: Object.fromEntries(SIX_HAVES.map((k) => [k, true])),
    serviceMenu: [{ name: '职工书屋' }],
    satisfaction: satisfaction.map(([year, percent]) => ({ year: Number(year), percent })),
    photos: [{ src: '/media/photo.jpg', alt: '职工之家活动室' }],
    contact: { address: '测试地址' },
    summary: '测试用职工之家',
    sample: true,
  };
  return [`homes/${spec.id}.md`, `---\n${stringify(data)}---\n\n正文。\n`];
}

export interface PersonSpec {
  id: string;
  home: string;
  name?: string;
  /** `null` leaves the consent record out. */
  consent?: { ref: string; date: string } | null;
}

export function personFile(spec: PersonSpec): ContentFile {
  const consent = spec.consent === undefined ? { ref: '测试-同意书-001', date: '2018-01-01' } : spec.consent;
  const data = {
    name: spec.name ?? `测试${spec.id}`,
    role: 'chair',
    home: spec.home,
    ...(consent ? { consent } : {}),
    sample: true,
  };
  return [`people/${spec.id}.yaml`, stringify(data)];
}

export function honoursFile(
  year: number,
  status: 'draft' | 'final',
  awards: object[],
  fileName = `${year}`,
): ContentFile {
  return [`honors/${fileName}.yaml`, stringify({ year, status, awards, sample: true }, { lineWidth: 0 })];
}

/** A provincial award of `year` with every required field; `fields` override. */
export function award(year: number, fields: Record<string, unknown>): Record<string, unknown> {
  const holder = String(fields['home'] ?? fields['person']);
  return {
    id: `${year}-${holder}`,
    serial: `鲁工家证〔${year}〕${holder}`,
    level: 'model',
    conferrer: PROVINCE,
    conferredOn: `${year}-04-26`,
    ...fields,
  };
}

/** Home `old`'s advanced title of 2021 from the Jinan federation, a city title to re-review in 2024; `fields` override. */
export function oldCityTitle(fields: object = {}): Record<string, unknown> {
  return award(2021, {
    home: 'old',
    level: 'advanced',
    conferrer: '济南市总工会',
    serial: '济工家证〔2021〕1',
    ...fields,
  });
}

/** The ten top-ten homes (`top-0` ... `top-9`) and awards for them and their chairs (`chair-0` ...). */
export function topTenAwards(year: number, common: Record<string, unknown> = {}): Record<string, unknown>[] {
  const ids = [...Array(10).keys()];
  return [
    ...ids.map((i) => award(year, { home: `top-${i}`, topTen: true, ...common })),
    ...ids.map((i) =>
      award(year, { person: `chair-${i}`, topTen: true, serial: `鲁工娘证〔${year}〕${i}`, ...common }),
    ),
  ];
}

export interface WorldOptions {
  /** Awards added to each year's list, after the top ten. */
  extra?: Record<number, object[]>;
  /** More homes. */
  homes?: HomeSpec[];
  /** Fields given to every top-ten award (e.g. a passed re-review). */
  common?: Record<string, unknown>;
  /** More files (people, lists). */
  files?: ContentFile[];
}

/**
 * Clean final lists for `years`, each with the same ten top-ten homes and
 * their ten chairs, plus what `options` adds. Returns all the files.
 */
export function topTenWorld(years: number | number[], options: WorldOptions = {}): ContentFile[] {
  const ids = [...Array(10).keys()];
  return [
    ...ids.map((i) => homeFile({ id: `top-${i}` })),
    ...ids.map((i) => personFile({ id: `chair-${i}`, home: `top-${i}` })),
    ...(options.homes ?? []).map(homeFile),
    ...[years]
      .flat()
      .map((year) =>
        honoursFile(year, 'final', [...topTenAwards(year, options.common), ...(options.extra?.[year] ?? [])]),
      ),
    ...(options.files ?? []),
  ];
}

/** The text of the file at `path` (under the content root) in `files`. */
export function textOf(files: ContentFile[], path: string): string {
  const file = files.find(([p]) => p === path);
  if (!file) throw new Error(`no file ${path}`);
  return file[1];
}

/** Checks `files` like the validator: schemas first, then the award rules on the valid entries. */
export function run(files: ContentFile[], today = '2025-06-01'): AwardsReport & { content: Problem[] } {
  const sources: SourceFile[] = files.map(([path, text]) => {
    const [dir = '', ...rest] = path.split('/');
    const collection = dir as CollectionName;
    const relativePath = rest.join('/');
    const source = COLLECTIONS[collection].kind === 'data' ? parseDataSource(text) : parseMarkdownSource(text);
    return { collection, file: `content/${path}`, relativePath, source };
  });
  const { entries, partial, problems } = checkSources(sources, () => true);
  return { ...checkAwards(awardsInputFrom(entries, partial), { today }), content: problems };
}

/** The 1-based line of the first line containing `needle` after the line containing `after`. */
export function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  const start = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
  const index = lines.findIndex((l, i) => i >= start && l.includes(needle));
  if (start < 0 || index < 0) throw new Error(`not found: ${needle}`);
  return index + 1;
}

/** The problems of one rule, as `file:line` strings. */
export function where(problems: readonly Problem[], rule?: string): string[] {
  return problems.filter((p) => p.rule === rule).map((p) => `${p.file}:${p.line}`);
}

/** Any real date from 2018 to 2035, as `YYYY-MM-DD` (fast-check). */
export const isoDates = fc
  .date({ min: new Date(Date.UTC(2018, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
