/**
 * The award rules' report shaped for the honour pages: each year's roll by
 * category, each holder's timeline, the R4 and R5 lists, and every status in
 * words. Statuses and eligibility are `checkAwards`' own; nothing here
 * decides one, it only groups, orders and labels.
 */
import { certificateFileName } from '../certificates/file-name.ts';
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
import { statusText } from '../verify/status-text.ts';
import { awardRule, type RuleId } from './catalogue.ts';
import { daysBetween } from './dates.ts';
import type { AwardFacts, AwardStatus, AwardStatusKind, AwardsReport, Holder, HolderFacts, Streak } from './rules.ts';

export { RULE_IDS, type RuleId } from './catalogue.ts';

export const POLICY_HREF = '/policy/ten-opinions/';
export const RULES_HREF = '/honors/rules/';

/** A rule as the pages cite it: its explanation on the rules page and its source in the policy. */
export interface RuleRef {
  id: RuleId;
  title: string;
  href: string;
  source: { href: string; label: string };
}

export function ruleRef(id: RuleId): RuleRef {
  const rule = awardRule(id);
  const source = { href: `${POLICY_HREF}#${rule.anchor}`, label: rule.article };
  return { id, title: rule.title, href: `${RULES_HREF}#${id.toLowerCase()}`, source };
}

/** Status names for legends and counts; a single title's badge says more (复核逾期, dates, days left). */
export const STATUS_LABELS: Record<AwardStatusKind, string> = {
  draft: '拟命名',
  valid: '有效',
  confirmed: '复核确认',
  're-review-due': '待复核',
  rectifying: '整改中',
  'revocation-due': '应予撤销',
  revoked: '已撤销',
  superseded: '已被新称号取代',
};
/** Lifecycle order: the order legends and counts list statuses in. */
export const STATUS_ORDER = Object.keys(STATUS_LABELS) as AwardStatusKind[];

/** The rule behind a status that needs explaining: the re-review cycle (R7), rectification and revocation (R8). */
const STATUS_RULE: Partial<Record<AwardStatusKind, RuleId>> = {
  're-review-due': 'R7',
  rectifying: 'R8',
  'revocation-due': 'R8',
  revoked: 'R8',
};

/** A title's status as a text badge, never a colour alone. */
export interface StatusView {
  kind: AwardStatusKind;
  label: string;
  detail: string;
  tone: 'ok' | 'warn' | 'bad' | 'muted';
  rule?: RuleRef;
  /** In rectification: days of the period (at most six months, R8) gone, and in all. */
  period?: { elapsed: number; total: number };
  /** Superseded: the later title, where its roll lists it. */
  successor?: { year: number; href: string };
}

export function statusView(status: AwardStatus, awards?: ReadonlyMap<string, AwardFacts>): StatusView {
  const { label, detail, tone } = statusText(status);
  const rule = STATUS_RULE[status.kind];
  const view: StatusView = { kind: status.kind, label, detail, tone, ...(rule ? { rule: ruleRef(rule) } : {}) };
  if (status.kind === 'rectifying' && status.since) {
    const total = daysBetween(status.since, status.deadline);
    view.period = { total, elapsed: Math.min(total, Math.max(0, total - status.daysLeft)) };
  }
  const later = status.kind === 'superseded' ? awards?.get(status.by) : undefined;
  if (later) view.successor = { year: later.year, href: rowHref(later) };
  return view;
}

/** The title as a certificate names it. */
export function titleOf(a: Pick<AwardFacts, 'award' | 'holder'>): string {
  const home = a.holder.kind === 'home';
  if (a.award.topTen) return home ? '十佳职工信赖的职工之家' : '十佳职工信赖的“娘家人”';
  return `${LEVEL_LABELS[a.award.level]}${home ? '职工之家' : '“娘家人”'}`;
}

export const homeHref = (id: string) => `/homes/${id}/`;
export const yearHref = (year: number) => `/honors/${year}/`;
/** The row of an award on its year's roll. */
export const rowId = (awardId: string) => `award-${awardId}`;
const rowHref = (a: Pick<AwardFacts, 'id' | 'year'>) => `${yearHref(a.year)}#${rowId(a.id)}`;
/** The certificate's verification page, named like its image file. */
export const verifyHref = (serial: string) => `/verify/${certificateFileName(serial).replace(/\.png$/, '')}/`;

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

function homeLink(id: string, dir: HolderDirectory): HomeLink {
  return { id, title: dir.homes.get(id)?.title ?? id, href: homeHref(id) };
}

export function rollEntry(a: AwardFacts, dir: HolderDirectory, awards?: ReadonlyMap<string, AwardFacts>): RollEntry {
  const person = a.holder.kind === 'person' ? dir.people.get(a.holder.id) : undefined;
  const homeId = a.holder.kind === 'home' ? a.holder.id : person?.home;
  const unitType = homeId === undefined ? undefined : dir.homes.get(homeId)?.unitType;
  return {
    id: a.id,
    year: a.year,
    title: titleOf(a),
    holder: a.holder,
    level: a.award.level,
    topTen: a.award.topTen,
    name: a.holder.kind === 'home' ? (dir.homes.get(a.holder.id)?.title ?? a.holder.id) : (person?.name ?? a.holder.id),
    ...(homeId === undefined ? {} : { home: homeLink(homeId, dir) }),
    ...(person ? { role: PERSON_ROLE_LABELS[person.role] } : {}),
    ...(unitType ? { unitType } : {}),
    conferrer: a.award.conferrer,
    conferredOn: a.award.conferredOn,
    serial: a.award.serial,
    ...(a.status.kind === 'draft' ? {} : { verifyHref: verifyHref(a.award.serial) }),
    rowId: rowId(a.id),
    rowHref: rowHref(a),
    status: statusView(a.status, awards),
  };
}

export interface RollGroup {
  /** Anchor on the page. */
  key: string;
  label: string;
  entries: RollEntry[];
}

export interface StatusCount {
  kind: AwardStatusKind;
  label: string;
  count: number;
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

export function statusCounts(entries: readonly RollEntry[]): StatusCount[] {
  return STATUS_ORDER.map((kind) => ({
    kind,
    label: STATUS_LABELS[kind],
    count: entries.filter((e) => e.status.kind === kind).length,
  })).filter((c) => c.count > 0);
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
    href: yearHref(year),
    final,
    total: entries.length,
    topTenHomes: of('home', true),
    topTenPeople: of('person', true),
    homeTitles,
    personTitles,
    statuses: statusCounts(entries),
  };
}

/** One holder's honour history, newest first. */
export interface Timeline {
  holder: Holder;
  name: string;
  entries: RollEntry[];
  /** R4: the model years running up to the latest year. */
  streak?: Streak;
  mayDayEligible: boolean;
  provincialHonourEligible: boolean;
}

/** A holder on the R4 or R5 list. */
export interface EligibleHolder {
  holder: Holder;
  name: string;
  home?: HomeLink;
  role?: string;
  /** R4: the model years running up to the latest year, each linked to its title on the roll. */
  streak?: Streak;
  streakYears: { year: number; href: string }[];
  /** R5: the provincial model-home title held today (for a person, their home's). */
  provincialTitle?: RollEntry;
}

export interface HonoursView {
  today: string;
  /** Every year with a list, newest first. */
  years: YearRoll[];
  /** The latest year published as final: its top ten lead the overview. */
  latestFinal: YearRoll | undefined;
  /** Timelines by `home:<id>` / `person:<id>`. */
  timelines: ReadonlyMap<string, Timeline>;
  mayDay: EligibleHolder[];
  provincial: EligibleHolder[];
  /** Titles whose holder must act: re-review due, in rectification, to be revoked (R7, R8). */
  attention: RollEntry[];
  revoked: RollEntry[];
}

export const timelineKey = (holder: Holder) => `${holder.kind}:${holder.id}`;

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
const ATTENTION: readonly AwardStatusKind[] = ['re-review-due', 'rectifying', 'revocation-due'];

/** Shapes the whole report once: every page of a build reads from the result. */
export function honoursView(report: AwardsReport, dir: HolderDirectory): HonoursView {
  const all = [...report.awards.values()].map((a) => rollEntry(a, dir, report.awards));
  const byId = new Map(all.map((e) => [e.id, e]));
  const finalYears = new Set(report.years.filter((y) => y.status === 'final').map((y) => y.year));
  const draftYears = new Set(report.years.filter((y) => y.status === 'draft').map((y) => y.year));
  const byYear = new Map<number, RollEntry[]>(report.years.map((y) => [y.year, []]));
  for (const e of all) {
    const entries = byYear.get(e.year) ?? [];
    entries.push(e);
    byYear.set(e.year, entries);
  }
  const years = [...byYear]
    .sort(([a], [b]) => b - a)
    .map(([year, entries]) => yearRoll(year, entries, finalYears.has(year) && !draftYears.has(year)));
  const entriesOf = (h: HolderFacts) => h.awards.flatMap((a) => byId.get(a.id) ?? []);
  const holders = [...report.homes.values(), ...report.people.values()];
  const timelines = new Map(
    holders.map((h) => [
      timelineKey(h.holder),
      {
        holder: h.holder,
        name: h.name,
        entries: entriesOf(h).reverse(),
        ...(h.currentStreak ? { streak: h.currentStreak } : {}),
        mayDayEligible: h.mayDayEligible,
        provincialHonourEligible: h.provincialHonourEligible,
      },
    ]),
  );
  const eligible = (h: HolderFacts): EligibleHolder => {
    const person = h.holder.kind === 'person' ? dir.people.get(h.holder.id) : undefined;
    const homeId = h.holder.kind === 'home' ? h.holder.id : person?.home;
    const streak = h.currentStreak;
    const modelEntry = (year: number) =>
      entriesOf(h).find((e) => e.year === year && e.level === 'model' && e.status.kind !== 'revoked');
    const provincialTitle = h.provincialModelTitle && byId.get(h.provincialModelTitle.id);
    return {
      holder: h.holder,
      name: h.name,
      ...(homeId === undefined ? {} : { home: homeLink(homeId, dir) }),
      ...(person ? { role: PERSON_ROLE_LABELS[person.role] } : {}),
      ...(streak ? { streak } : {}),
      streakYears: streak
        ? Array.from({ length: streak.length }, (_, i) => streak.from + i).map((year) => ({
            year,
            href: modelEntry(year)?.rowHref ?? yearHref(year),
          }))
        : [],
      ...(provincialTitle ? { provincialTitle } : {}),
    };
  };
  const byName = (a: EligibleHolder, b: EligibleHolder) =>
    a.holder.kind.localeCompare(b.holder.kind) || collator.compare(a.name, b.name);
  return {
    today: report.today,
    years,
    latestFinal: years.find((y) => y.final && y.total > 0),
    timelines,
    mayDay: report.mayDayEligible
      .map(eligible)
      .sort((a, b) => (b.streak?.length ?? 0) - (a.streak?.length ?? 0) || byName(a, b)),
    provincial: report.provincialHonourEligible.map(eligible).sort(byName),
    attention: all.filter((e) => ATTENTION.includes(e.status.kind)),
    revoked: all.filter((e) => e.status.kind === 'revoked'),
  };
}
