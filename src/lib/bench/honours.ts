import { addDays, addMonths, addYears, yearOf } from '../awards/dates.ts';
import { PROVINCIAL_FEDERATION } from '../awards/records.ts';
import { REVIEW_CYCLE_YEARS } from '../awards/status.ts';
import { TOP_TEN } from '../awards/top-ten.ts';
import { CITY_LABELS, LEVELS, type City, type Level } from '../domain/vocab.ts';
import type { AwardData, HonourYearData, PersonData } from '../schemas/honours.ts';
import { personName } from './people.ts';
import { between, chance, pick, sample, type Random } from './random.ts';

/** The years the generated honour rolls cover. */
export const HONOUR_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

/** What the honours need to know of a home. */
export interface HomeStub {
  id: string;
  city: City;
  county: string;
}

export interface HonoursOptions {
  /** Ordinary (non-top-ten) titles per year. */
  ordinaryPerYear: number;
  /** The day the record is judged on (site.yaml `asOf`). */
  asOf: string;
}

/** Honour rolls, the 娘家人 they name, and what they imply for the homes. */
export interface HonoursPlan {
  lists: HonourYearData[];
  people: { id: string; data: PersonData }[];
  /** Each titled home's level and the year it was named at it (its latest title that was not revoked). */
  homeLevels: Map<string, { level: Level; year: number }>;
  /** Years in which a home's members' satisfaction was under 70% (R6): the home got no title that year. */
  lowSatisfaction: Map<string, number>;
}

interface Planned {
  award: AwardData;
  year: number;
  holder: string;
}

const TOP_HOME_CITATION = '十佳职工信赖的职工之家，授予富民兴鲁劳动奖状，奖励工作经费 50 万元';
const TOP_PERSON_CITATION = '十佳职工信赖的“娘家人”，授予富民兴鲁劳动奖章';
/** How many homes take turns in the top ten; consecutive years overlap, so some hold three in a row (R4). */
const POOL = 30;
const POOL_SHIFT = 4;

/** The day the province confers its titles, before May Day. */
const provincialDay = (year: number) => `${year}-04-26`;

/**
 * The `k`th title of a year's top ten (R3), for a home or for one of its
 * 娘家人: model level, conferred by the provincial federation on its day,
 * with the citation of its kind.
 */
function topTenTitle(year: number, k: number, holder: { home: string } | { person: string }): Planned {
  const [id, certificate, letter, citation] =
    'home' in holder
      ? [holder.home, '鲁工家证', 'T', TOP_HOME_CITATION]
      : [holder.person, '鲁工娘证', 'P', TOP_PERSON_CITATION];
  return {
    year,
    holder: id,
    award: {
      id: `${year}-top-${id}`,
      serial: `${certificate}〔${year}〕${letter}${String(k + 1).padStart(2, '0')}`,
      ...holder,
      level: 'model',
      topTen: true,
      conferrer: PROVINCIAL_FEDERATION,
      conferredOn: provincialDay(year),
      citation,
    },
  };
}

/**
 * The honour rolls of 2019-2025 for the given homes, consistent with R1-R9:
 * each list final with exactly ten top-ten homes and ten top-ten 娘家人 (R3),
 * model level and conferred by the provincial federation; the 娘家人 come
 * from homes named top ten in the same list (R5) and have consent records;
 * ordinary titles from the province, the city or the county (R2), at most
 * one per home, body and year (R9); titles still in force get their
 * three-yearly re-review (R7); a few fail it and are rectified or revoked by
 * their conferrer (R8), with the members' satisfaction below 70% in the year
 * of a revocation and no new title that year (R6).
 */
export function planHonours(rnd: Random, homes: readonly HomeStub[], o: HonoursOptions): HonoursPlan {
  if (homes.length < 2 * TOP_TEN) throw new RangeError(`planHonours: at least ${2 * TOP_TEN} homes are needed`);
  const pool = homes.slice(0, Math.min(POOL, homes.length));
  const people = new Map<string, PersonData & { id: string }>();
  const personOf = (home: HomeStub, role: PersonData['role']) => {
    const id = `${home.id}-${role}`;
    if (!people.has(id)) people.set(id, { id, name: personName(rnd), role, home: home.id, sample: true });
    return people.get(id)!;
  };
  const planned: Planned[] = [];
  let serial = 0;
  for (const [yi, year] of HONOUR_YEARS.entries()) {
    const provincialOn = provincialDay(year);
    const top = Array.from({ length: TOP_TEN }, (_, k) => pool[(yi * POOL_SHIFT + k) % pool.length]!);
    planned.push(...top.map((home, k) => topTenTitle(year, k, { home: home.id })));
    planned.push(
      ...top.map((home, k) =>
        topTenTitle(year, k, { person: personOf(home, (yi + k) % 3 === 0 ? 'vice-chair' : 'chair').id }),
      ),
    );
    const topIds = new Set(top.map((h) => h.id));
    const others = homes.filter((h) => !topIds.has(h.id));
    for (const home of sample(rnd, others, o.ordinaryPerYear)) {
      serial++;
      const body = pick(rnd, ['province', 'city', 'city', 'county'] as const);
      const [conferrer, prefix, on] =
        body === 'province'
          ? [PROVINCIAL_FEDERATION, '鲁工家证', provincialOn]
          : body === 'city'
            ? [
                `${CITY_LABELS[home.city]}总工会`,
                `${CITY_LABELS[home.city].slice(0, 2)}工家证`,
                `${year}-03-${between(rnd, 10, 28)}`,
              ]
            : [
                `${home.county}总工会`,
                `${home.county}工家证`,
                `${year}-0${between(rnd, 1, 2)}-${between(rnd, 10, 28)}`,
              ];
      planned.push({
        year,
        holder: home.id,
        award: {
          id: `${year}-${body}-${home.id}`,
          serial: `${prefix}〔${year}〕${String(serial).padStart(5, '0')}`,
          home: home.id,
          level: pick(rnd, [...LEVELS, 'advanced', 'model']),
          topTen: false,
          conferrer,
          conferredOn: on,
        },
      });
    }
  }
  const lowSatisfaction = reviewAndRectify(rnd, planned, new Set(pool.map((h) => h.id)), o.asOf);
  return {
    lists: HONOUR_YEARS.map((year) => ({
      year,
      status: 'final' as const,
      published: `${year}-04-28`,
      awards: planned.filter((p) => p.year === year).map((p) => p.award),
      sample: true,
    })),
    people: [...people.values()].map(({ id, ...data }) => ({ id, data: withConsent(data, id, planned) })),
    homeLevels: homeLevels(planned),
    lowSatisfaction,
  };
}

/** PIPL art. 25: consent dated before the first list that shows the name. */
function withConsent(person: PersonData, id: string, planned: readonly Planned[]): PersonData {
  const first = planned.find((p) => p.holder === id)?.year ?? HONOUR_YEARS[0];
  return { ...person, consent: { ref: `示例-同意书-${first}-${id}`, date: `${first}-03-15` } };
}

/**
 * R7, R8, R6: re-reviews for every title still in force once three years have
 * passed (the latest cycle before `asOf`, so none is overdue); a few fail and
 * are rectified in time, a few fail again and are revoked. Returns the homes
 * whose satisfaction fell under the line in the year of their revocation.
 */
function reviewAndRectify(rnd: Random, planned: Planned[], pool: Set<string>, asOf: string): Map<string, number> {
  const low = new Map<string, number>();
  const yearsOf = new Map<string, Set<number>>();
  for (const p of planned) yearsOf.set(p.holder, (yearsOf.get(p.holder) ?? new Set()).add(p.year));
  let eligible = 0;
  for (const p of planned) {
    const a = p.award;
    const superseded = planned.some(
      (q) => q.holder === p.holder && q.award.conferrer === a.conferrer && q.year > p.year,
    );
    if (superseded || addYears(a.conferredOn, REVIEW_CYCLE_YEARS) > asOf) continue;
    let cycles = 1;
    while (addYears(a.conferredOn, REVIEW_CYCLE_YEARS * (cycles + 1)) <= asOf) cycles++;
    const due = addYears(a.conferredOn, REVIEW_CYCLE_YEARS * cycles);
    const date = [addDays(due, between(rnd, 0, 60)), asOf].sort()[0]!;
    a.review = { date, result: 'pass' };
    if (a.topTen || pool.has(p.holder)) continue;
    const reviewYear = yearOf(date);
    if (addMonths(date, 6) > asOf) {
      // R8: failed lately, still rectifying on `asOf`.
      if (chance(rnd, 0.1)) a.review.result = 'fail';
      if (a.review.result === 'fail') a.rectification = { deadline: addMonths(date, 6) };
      continue;
    }
    eligible++;
    if (eligible % 12 === 5 && !yearsOf.get(p.holder)?.has(reviewYear) && !low.has(p.holder)) {
      // R8: failed, rectification failed too, revoked by the conferrer; R6: members' satisfaction fell that year.
      const closedOn = addMonths(date, 5);
      a.review.result = 'fail';
      a.rectification = { deadline: addMonths(date, 6), result: 'fail', closedOn };
      a.revoked = { date: addDays(closedOn, 10), by: a.conferrer, reason: '复核不合格，整改后仍未达标（示例）' };
      low.set(p.holder, reviewYear);
    } else if (chance(rnd, 0.08)) {
      // R8: failed, rectified within the deadline, confirmed.
      const deadline = addMonths(date, between(rnd, 3, 6));
      a.review.result = 'fail';
      a.rectification = { deadline, result: 'pass', closedOn: addDays(deadline, -between(rnd, 5, 40)) };
    }
  }
  return low;
}

/** Each home's latest title that was not revoked: the level its page shows. */
function homeLevels(planned: readonly Planned[]): Map<string, { level: Level; year: number }> {
  const levels = new Map<string, { level: Level; year: number }>();
  for (const p of planned) {
    if (!p.award.home || p.award.revoked) continue;
    const current = levels.get(p.holder);
    if (!current || p.year > current.year || (p.year === current.year && rank(p.award.level) > rank(current.level)))
      levels.set(p.holder, { level: p.award.level, year: p.year });
  }
  return levels;
}

const rank = (level: Level) => LEVELS.indexOf(level);
