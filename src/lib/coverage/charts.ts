import { meetsTarget } from './targets.ts';
import { linear, niceMax, px, textWidth, ticks } from './scale.ts';

/**
 * Chart geometry, computed at build time: data in, coordinates and labels
 * out. The components only draw what these return, so charts need no
 * library and no client script, and the geometry is unit-tested.
 */

const FONT = 14;
const VALUE_FONT = 13;

/** What names a chart's drawing on its page, besides its data. */
export interface ChartName {
  /** Unique on the page: the drawing's ids start with it. */
  id: string;
  /** The chart's name, read out by screen readers. */
  title: string;
}

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** Text printed after the bar; default `value` and the unit. */
  valueLabel?: string;
}
export interface BarChartInput {
  rows: readonly BarRow[];
  /** The target every row is judged against; drawn as a vertical line. */
  target: number;
  unit: string;
  /** End of the axis; default: 100 for %, else a round figure above the data and the target. */
  max?: number;
  /** Label of the target line; default `目标 70%`. */
  targetLabel?: string;
}
export interface Bar {
  key: string;
  label: string;
  value: number;
  met: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of the row's texts. */
  textY: number;
  valueX: number;
  valueLabel: string;
  /** Where the 未达标 mark starts, after the value. */
  missX: number;
}
/** What every chart model has: its size, and the plot area inside it. */
export interface ChartBox {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
}
export interface BarChartModel extends ChartBox {
  ticks: { x: number; label: string }[];
  target: { x: number; label: string };
  bars: Bar[];
}

const ROW = 32;
const BAR = 20;
const TOP = 30;
const BOTTOM = 28;
const RIGHT = 150;

/**
 * The value axis of a bar chart (wide or narrow) from `x0` to `x1`: its scale,
 * where a row's bar ends (its value, kept within the axis) and the ticks.
 * The axis ends at `max`, else 100 for %, else a round figure above the data and the target.
 */
export function barAxis(input: BarChartInput, x0: number, x1: number) {
  const { rows, target, unit } = input;
  const max = input.max ?? (unit === '%' ? 100 : niceMax(Math.max(target, ...rows.map((r) => r.value)) * 1.05));
  const x = linear(0, max, x0, x1);
  return {
    x,
    end: (value: number) => x(Math.min(Math.max(value, 0), max)),
    ticks: ticks(max).map((v) => ({ x: px(x(v)), label: `${v}${unit === '%' ? '%' : ''}` })),
  };
}

/** What a row's bar is in any bar chart: the row, whether it meets the target, and its length from `x0` to `end`. */
export function barOf(r: BarRow, target: number, x0: number, end: number) {
  return { key: r.key, label: r.label, value: r.value, met: meetsTarget(r.value, target), x: x0, width: px(end - x0) };
}

/** A horizontal bar chart with a target line. */
export function barChart(input: BarChartInput): BarChartModel {
  const { rows, target, unit } = input;
  const labelWidth = Math.max(0, ...rows.map((r) => textWidth(r.label, FONT)));
  const x0 = px(12 + labelWidth + 10);
  const width = Math.max(560, x0 + 300 + RIGHT);
  const x1 = width - RIGHT;
  const axis = barAxis(input, x0, x1);
  const y1 = TOP + rows.length * ROW;
  const bars = rows.map((r, i): Bar => {
    const end = axis.end(r.value);
    const valueLabel = r.valueLabel ?? `${r.value}${unit}`;
    const valueX = end + 6;
    return {
      ...barOf(r, target, x0, end),
      y: px(TOP + i * ROW + (ROW - BAR) / 2),
      height: BAR,
      textY: px(TOP + i * ROW + ROW / 2 + VALUE_FONT * 0.35),
      valueX: px(valueX),
      valueLabel,
      missX: px(valueX + textWidth(valueLabel, VALUE_FONT) + 6),
    };
  });
  return {
    width,
    height: y1 + BOTTOM,
    plot: { x0, x1, y0: TOP, y1 },
    ticks: axis.ticks,
    target: { x: px(axis.x(target)), label: input.targetLabel ?? `目标 ${target}${unit}` },
    bars,
  };
}

export interface LineSeries {
  name: string;
  points: readonly { year: number; value: number }[];
}
export interface LineChartInput {
  series: readonly LineSeries[];
  target: number;
  unit: string;
  /** Top of the axis; default 100 for %, else a round figure above the data and the target. */
  max?: number;
}
export interface LinePoint {
  year: number;
  value: number;
  met: boolean;
  x: number;
  y: number;
  /** Where the value is printed, above the point (single-series charts print every value). */
  labelY: number;
}
export interface LineChartModel extends ChartBox {
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /**
   * The target line, labelled in the right margin where no data is drawn:
   * 目标 / 70%, each line ending at `labelX` (text-anchor end), so a label a
   * font draws wider than estimated grows into the margin, not off the edge.
   */
  target: { y: number; labelX: number; label: [string, string] };
  series: { name: string; path: string; points: LinePoint[] }[];
}

/** Size of the year labels under a line chart. */
export const YEAR_FONT = 12;
/** Size of the target's label in a line chart's right margin. */
export const TARGET_FONT = 12;

/**
 * A small line chart of one or two series over the years, with a horizontal
 * target line. About as wide as a phone or a third of a desktop shows it
 * (320 units), so its text stays near its set size; where the years are too
 * close for their labels, every other year is labelled, always the latest.
 */
export function lineChart(input: LineChartInput): LineChartModel {
  const { series, target, unit } = input;
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  const max = input.max ?? (unit === '%' ? 100 : niceMax(Math.max(target, ...values) * 1.1));
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const width = 320;
  const height = 220;
  // The right margin holds the target's two-line label (目标 / 4000人).
  const right = Math.max(textWidth('目标', TARGET_FONT), textWidth(`${target}${unit}`, TARGET_FONT)) + 10;
  const plot = { x0: 46, x1: px(width - right), y0: 22, y1: height - 30 };
  const x =
    years.length > 1 ? linear(years[0]!, years.at(-1)!, plot.x0 + 12, plot.x1 - 12) : () => (plot.x0 + plot.x1) / 2;
  const y = linear(0, max, plot.y1, plot.y0);
  return {
    width,
    height,
    plot,
    xTicks: yearTicks(years, x),
    yTicks: ticks(max).map((v) => ({ y: px(y(v)), label: unit === '%' ? `${v}%` : String(v) })),
    target: { y: px(y(target)), labelX: width - 2, label: ['目标', `${target}${unit}`] },
    series: series.map((s) => {
      const points = [...s.points]
        .sort((a, b) => a.year - b.year)
        .map((p) => ({
          year: p.year,
          value: p.value,
          met: meetsTarget(p.value, target),
          x: px(x(p.year)),
          y: px(y(Math.min(p.value, max))),
          labelY: px(y(Math.min(p.value, max)) - 8),
        }));
      return { name: s.name, path: points.map((p, j) => `${j ? 'L' : 'M'}${p.x} ${p.y}`).join(' '), points };
    }),
  };
}

function yearTicks(years: number[], x: (year: number) => number): { x: number; label: string }[] {
  const gap = years.length > 1 ? x(years[1]!) - x(years[0]!) : Infinity;
  const every = gap >= textWidth('2000', YEAR_FONT) + 6 ? 1 : 2;
  const last = years.length - 1;
  return years.filter((_, i) => (last - i) % every === 0).map((yr) => ({ x: px(x(yr)), label: String(yr) }));
}
