import { SECTOR_LABELS, WORKER_GROUP_LABELS } from '../domain/vocab.ts';
import type { Coverage } from '../schemas/coverage.ts';
import { provinceYear, yearsInOrder, type ProvinceYear, type RateAcrossCities } from './aggregate.ts';
import { INDICATORS, TARGETS, meetsTarget, progressTowards, round1, type Indicator } from './targets.ts';

/** One indicator's province figure for a year, judged against its target. */
export interface IndicatorFigure {
  indicator: Indicator;
  year: number;
  /** The figure judged: for the eight sectors and groups, the lowest one ("均达到" means every one). */
  value: number;
  met: boolean;
  /** % of the target reached. */
  progress: number;
  /** For sectors and groups: their mean, and which one is lowest. */
  mean?: number;
  lowest?: string;
}

/** The lowest of several province rates, with its label and the mean of all. */
function lowestOf<K extends string>(rates: Record<K, RateAcrossCities>, labels: Record<K, string>) {
  const entries = Object.entries(rates) as [K, RateAcrossCities][];
  const [key, low] = entries.reduce((a, b) => (b[1].mean < a[1].mean ? b : a));
  // The mean of every city's rate in every sector (or group), from the unrounded sums.
  const mean = round1(entries.reduce((n, [, r]) => n + r.sum, 0) / entries.reduce((n, [, r]) => n + r.cities, 0));
  return { value: low.mean, lowest: labels[key], mean };
}

/** An indicator's figure in one year of province data. */
export function figureOf(p: ProvinceYear, indicator: Indicator): IndicatorFigure {
  const target = TARGETS[indicator].value;
  const judged = (value: number, extra: Partial<IndicatorFigure> = {}): IndicatorFigure => ({
    indicator,
    year: p.year,
    value,
    met: meetsTarget(value, target),
    progress: progressTowards(value, target),
    ...extra,
  });
  switch (indicator) {
    case 'unionisation': {
      const { value, ...extra } = lowestOf(p.unionisation, SECTOR_LABELS);
      return judged(value, extra);
    }
    case 'membership': {
      const { value, ...extra } = lowestOf(p.membership, WORKER_GROUP_LABELS);
      return judged(value, extra);
    }
    case 'sixHaves':
      return judged(p.sixHavesRate);
    case 'eightHaves':
      return judged(p.eightHavesRate);
    case 'socialWorkers':
      return judged(p.socialWorkers);
    case 'firstChairs':
      return judged(p.firstChairs);
  }
}

/** Every indicator for one year. */
export function figuresOf(p: ProvinceYear): IndicatorFigure[] {
  return INDICATORS.map((i) => figureOf(p, i));
}

/** An indicator year by year, oldest first. */
export function trendOf(coverage: Coverage, indicator: Indicator): IndicatorFigure[] {
  return yearsInOrder(coverage).map((y) => figureOf(provinceYear(y), indicator));
}
