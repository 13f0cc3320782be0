import { CITIES, WORKER_GROUPS, type City } from '../domain/vocab.ts';
import { EIGHT_SECTORS, type CityCoverage, type Coverage, type CoverageYear } from '../schemas/coverage.ts';

// Small, hand-checkable coverage figures for the unit tests.

/** A city's figures: every rate `rate` unless overridden. */
export function cityFigures(rate: number, over: Partial<CityCoverage> = {}): CityCoverage {
  return {
    unionisation: Object.fromEntries(EIGHT_SECTORS.map((s) => [s, rate])) as CityCoverage['unionisation'],
    membership: Object.fromEntries(WORKER_GROUPS.map((g) => [g, rate])) as CityCoverage['membership'],
    grassrootsUnions: 100,
    sixHavesMet: 80,
    positions: 50,
    eightHavesMet: 50,
    socialWorkers: 250,
    firstChairs: 60,
    ...over,
  };
}

/** A year where every city has the same figures, except those given. */
export function yearFigures(year: number, rate: number, over: Partial<Record<City, CityCoverage>> = {}): CoverageYear {
  return {
    year,
    cities: Object.fromEntries(CITIES.map((c) => [c, over[c] ?? cityFigures(rate)])) as CoverageYear['cities'],
  };
}

export function coverageOf(...years: CoverageYear[]): Coverage {
  return { sample: true, source: '单元测试', years };
}
