import { CITIES, WORKER_GROUPS, type City, type WorkerGroup } from '../domain/vocab.ts';
import {
  EIGHT_SECTORS,
  type CityCoverage,
  type Coverage,
  type CoverageYear,
  type EightSector,
} from '../schemas/coverage.ts';
import { TARGETS, meetsTarget, round1 } from './targets.ts';

/**
 * From cities to the province. Two kinds of figure, two ways:
 * - counts (unions, positions, people) are added up, and the 六有/八有 rates
 *   are the province's totals divided, so each city weighs by its size;
 * - sector and group rates come without the number of organisations or
 *   workers behind them, so they cannot be weighted: the province figure is
 *   the plain mean of the 16 cities' rates, and the page says so.
 * Rates are rounded to one decimal, the precision they are shown and judged at.
 */

/** A rate across the cities: its plain mean, how many cities reach the target, the lowest city. */
export interface RateAcrossCities {
  mean: number;
  /** The cities' rates added up, to average several sectors without rounding twice. */
  sum: number;
  citiesMeeting: number;
  cities: number;
  lowest: { city: City; value: number };
}

export interface ProvinceYear {
  year: number;
  unionisation: Record<EightSector, RateAcrossCities>;
  membership: Record<WorkerGroup, RateAcrossCities>;
  grassrootsUnions: number;
  sixHavesMet: number;
  /** Weighted: all unions meeting 六有 / all unions, %. */
  sixHavesRate: number;
  positions: number;
  eightHavesMet: number;
  /** Weighted: all positions meeting 八有 / all positions, %. */
  eightHavesRate: number;
  socialWorkers: number;
  firstChairs: number;
}

/** Plain mean, one decimal. */
export function meanOf(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean of no values');
  return round1(values.reduce((a, b) => a + b, 0) / values.length);
}

/** `part` as a percentage of `whole`, one decimal; 0 when there is nothing to count. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : round1((part / whole) * 100);
}

function across(
  cities: readonly [City, CityCoverage][],
  pick: (c: CityCoverage) => number,
  target: number,
): RateAcrossCities {
  const values = cities.map(([city, c]) => ({ city, value: pick(c) }));
  const lowest = values.reduce((low, v) => (v.value < low.value ? v : low));
  return {
    mean: meanOf(values.map((v) => v.value)),
    sum: values.reduce((n, v) => n + v.value, 0),
    citiesMeeting: values.filter((v) => meetsTarget(v.value, target)).length,
    cities: values.length,
    lowest,
  };
}

const sum = (cities: readonly [City, CityCoverage][], pick: (c: CityCoverage) => number) =>
  cities.reduce((n, [, c]) => n + pick(c), 0);

/** The cities of a year in the province's usual order. */
export function citiesOf(year: CoverageYear): [City, CityCoverage][] {
  return CITIES.map((city) => [city, year.cities[city]]);
}

/** One year's province figures, aggregated from its cities. */
export function provinceYear(year: CoverageYear): ProvinceYear {
  const cities = citiesOf(year);
  const grassrootsUnions = sum(cities, (c) => c.grassrootsUnions);
  const sixHavesMet = sum(cities, (c) => c.sixHavesMet);
  const positions = sum(cities, (c) => c.positions);
  const eightHavesMet = sum(cities, (c) => c.eightHavesMet);
  return {
    year: year.year,
    unionisation: Object.fromEntries(
      EIGHT_SECTORS.map((s) => [s, across(cities, (c) => c.unionisation[s], TARGETS.unionisation.value)]),
    ) as Record<EightSector, RateAcrossCities>,
    membership: Object.fromEntries(
      WORKER_GROUPS.map((g) => [g, across(cities, (c) => c.membership[g], TARGETS.membership.value)]),
    ) as Record<WorkerGroup, RateAcrossCities>,
    grassrootsUnions,
    sixHavesMet,
    sixHavesRate: percentOf(sixHavesMet, grassrootsUnions),
    positions,
    eightHavesMet,
    eightHavesRate: percentOf(eightHavesMet, positions),
    socialWorkers: sum(cities, (c) => c.socialWorkers),
    firstChairs: sum(cities, (c) => c.firstChairs),
  };
}

/** One city's year in a row: its own rates and which sectors and groups fall short of 70%. */
export interface CityRow {
  city: City;
  sectorMean: number;
  sectorsBelow: EightSector[];
  groupMean: number;
  groupsBelow: WorkerGroup[];
  sixHavesRate: number;
  eightHavesRate: number;
  data: CityCoverage;
}

export function cityRow(city: City, c: CityCoverage): CityRow {
  return {
    city,
    sectorMean: meanOf(EIGHT_SECTORS.map((s) => c.unionisation[s])),
    sectorsBelow: EIGHT_SECTORS.filter((s) => !meetsTarget(c.unionisation[s], TARGETS.unionisation.value)),
    groupMean: meanOf(WORKER_GROUPS.map((g) => c.membership[g])),
    groupsBelow: WORKER_GROUPS.filter((g) => !meetsTarget(c.membership[g], TARGETS.membership.value)),
    sixHavesRate: percentOf(c.sixHavesMet, c.grassrootsUnions),
    eightHavesRate: percentOf(c.eightHavesMet, c.positions),
    data: c,
  };
}

/** The years in order, oldest first. */
export function yearsInOrder(coverage: Coverage): CoverageYear[] {
  return [...coverage.years].sort((a, b) => a.year - b.year);
}

/** The most recent year of the ledger. */
export function latestYear(coverage: Coverage): CoverageYear {
  return yearsInOrder(coverage).at(-1)!;
}
