/**
 * Each year's honour roll: one line per title, with the holder's name, home
 * and links, grouped by category as art. 5 sets the categories out (top ten,
 * then home and 娘家人 titles by level, homes by unit type, R1).
 */
import {
  LEVELS,
  LEVEL_LABELS,
  PERSON_ROLE_LABELS,
  UNIT_TYPES,
  UNIT_TYPE_LABELS,
  type Level,
  type PersonRole,
  type UnitType,
} from '../domain/vocab.ts';
import { awardRowHref, awardRowId, homeHref, honoursYearHref, verifyHref } from '../routes/urls.ts';
import { verifySlug } from '../verify/certificates.ts';
import type { AwardFacts, Holder } from './rules.ts';
import { statusCounts, statusView, type StatusCount, type StatusView } from './status-view.ts';

/** The title as a certificate names it. */
export function titleOf(a: Pick<AwardFacts, 'award' | 'holder'>): string {
  const home = a.holder.kind === 'home';
  if (a.award.topTen) return home ? '十佳职工信赖的职工之家' : '十佳职工信赖的“娘家人”';
  return `${LEVEL_LABELS[a.award.level]}${home ? '职工之家' : '“娘家人”'}`;
}

/** What the rolls show of homes and people beyond the report: unit types, roles, a person's home. */
export interface HolderDirectory {
  homes: ReadonlyMap<string, { title: string; unitType: UnitType }>;
  people: ReadonlyMap<string, { name: string; home: string; role: PersonRole }>;
}

interface Entry<T> {
  id: string;
  data: T;
}
export function holderDirectory(
  homes: readonly Entry<{ title: string; unitType: UnitType }>[],
  people: readonly Entry<{ name: string; home: string; role: PersonRole }>[],
): HolderDirectory {
  return {
    homes: new Map(homes.map((h) => [h.id, { title: h.data.title, unitType: h.data.unitType }])),
    people: new Map(people.map((p) => [p.id, { name: p.data.name, home: p.data.home, role: p.data.role }])),
  };
}

export interface HomeLink {
  id: string;
  title: string;
  href: string;
}

export function homeLink(id: string, dir: HolderDirectory): HomeLink {
  return { id, title: dir.homes.get(id)?.title ?? id, href: homeHref(id) };
}

/** A holder's home (the home itself, or the home a person serves) and a person's role, as the lists show them. */
export function holderPlace(
  holder: Holder,
  dir: HolderDirectory,
): { person?: { name: string; home: string; role: PersonRole }; home?: HomeLink; role?: string } {
  const person = holder.kind === 'person' ? dir.people.get(holder.id) : undefined;
  const homeId = holder.kind === 'home' ? holder.id : person?.home;
  return {
    ...(person ? { person, role: PERSON_ROLE_LABELS[person.role] } : {}),
    ...(homeId === undefined ? {} : { home: homeLink(homeId, dir) }),
  };
}

/** One line of a roll or a timeline. */
export interface RollEntry {
  id: string;
  year: number;
  title: string;
  holder: Holder;
  level: Level;
  topTen: boolean;
  /** The home's title or the person's name. */
  name: string;
  /** The home: the holder, or the home the person serves. */
  home?: HomeLink;
  /** A person's role (工会主席, 工会副主席). */
  role?: string;
  unitType?: UnitType;
  conferrer: string;
  conferredOn: string;
  serial: string;
  /** A draft list has no certificate yet, so nothing to verify. */
  verifyHref?: string;
  rowId: string;
  rowHref: string;
  status: StatusView;
}

export function rollEntry(a: AwardFacts, dir: HolderDirectory, awards?: ReadonlyMap<string, AwardFacts>): RollEntry {
  const { person, home, role } = holderPlace(a.holder, dir);
  const unitType = home && dir.homes.get(home.id)?.unitType;
  return {
    id: a.id,
    year: a.year,
    title: titleOf(a),
    holder: a.holder,
    level: a.award.level,
    topTen: a.award.topTen,
    name: a.holder.kind === 'home' ? (dir.homes.get(a.holder.id)?.title ?? a.holder.id) : (person?.name ?? a.holder.id),
    ...(home ? { home } : {}),
    ...(role ? { role } : {}),
    ...(unitType ? { unitType } : {}),
    conferrer: a.award.conferrer,
    conferredOn: a.award.conferredOn,
    serial: a.award.serial,
    ...(a.status.kind === 'draft' ? {} : { verifyHref: verifyHref(verifySlug(a.award.serial)) }),
    rowId: awardRowId(a.id),
    rowHref: awardRowHref(a),
    status: statusView(a.status, awards),
  };
}

export interface RollGroup {
  /** Anchor on the page. */
  key: string;
  label: string;
  entries: RollEntry[];
}

/** A year's roll by category, as art. 5 sets the categories out. */
export interface YearRoll {
  year: number;
  href: string;
  /** Every list of the year is published as final. */
  final: boolean;
  total: number;
  topTenHomes: RollEntry[];
  topTenPeople: RollEntry[];
  /** Home titles outside the top ten, model first, each level by unit type (R1). */
  homeTitles: (RollGroup & { level: Level; groups: RollGroup[] })[];
  /** 娘家人 titles outside the top ten, by level. */
  personTitles: (RollGroup & { level: Level })[];
  statuses: StatusCount[];
}

const HIGHEST_FIRST = [...LEVELS].reverse();

export function yearRoll(year: number, entries: readonly RollEntry[], final: boolean): YearRoll {
  const of = (kind: Holder['kind'], topTen: boolean) =>
    entries.filter((e) => e.holder.kind === kind && e.topTen === topTen);
  const homes = of('home', false);
  const homeTitles = HIGHEST_FIRST.map((level) => {
    const atLevel = homes.filter((e) => e.level === level);
    const byType = [...UNIT_TYPES, undefined].map((unitType) => ({
      key: `${level}-${unitType ?? 'unknown'}`,
      label: unitType ? UNIT_TYPE_LABELS[unitType] : '单位性质未登记',
      entries: atLevel.filter((e) => e.unitType === unitType),
    }));
    const groups = byType.filter((g) => g.entries.length > 0);
    return { key: level, level, label: `${LEVEL_LABELS[level]}职工之家`, entries: atLevel, groups };
  }).filter((s) => s.entries.length > 0);
  const people = of('person', false);
  const personTitles = HIGHEST_FIRST.map((level) => ({
    key: `people-${level}`,
    level,
    label: `${LEVEL_LABELS[level]}“娘家人”`,
    entries: people.filter((e) => e.level === level),
  })).filter((g) => g.entries.length > 0);
  return {
    year,
    href: honoursYearHref(year),
    final,
    total: entries.length,
    topTenHomes: of('home', true),
    topTenPeople: of('person', true),
    homeTitles,
    personTitles,
    statuses: statusCounts(entries.map((e) => e.status)),
  };
}
