import { describe, expect, it } from 'vitest';
import { barChart, lineChart, TARGET_FONT, YEAR_FONT } from './charts.ts';
import { textWidth } from './scale.ts';

describe('barChart', () => {
  const chart = barChart({
    rows: [
      { key: 'parks', label: '各类园区', value: 80 },
      { key: 'towns', label: '特色小镇', value: 60 },
      { key: 'odd', label: '超出', value: 130 },
    ],
    target: 70,
    unit: '%',
  });

  it('draws bars from the axis, proportional to the value, capped at the axis end', () => {
    const [parks, towns, odd] = chart.bars;
    const span = chart.plot.x1 - chart.plot.x0;
    expect(parks!.x).toBe(chart.plot.x0);
    expect(parks!.width).toBeCloseTo(span * 0.8, 1);
    expect(towns!.width).toBeCloseTo(span * 0.6, 1);
    expect(odd!.width).toBeCloseTo(span, 1);
    expect(odd!.valueLabel).toBe('130%');
  });

  it('judges each bar against the target and places the target line', () => {
    expect(chart.bars.map((b) => b.met)).toEqual([true, false, true]);
    expect(chart.target).toEqual({ x: chart.plot.x0 + (chart.plot.x1 - chart.plot.x0) * 0.7, label: '目标 70%' });
    expect(chart.ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });

  it('leaves room for the labels and puts the 未达标 mark after the value', () => {
    expect(chart.plot.x0).toBeGreaterThan(4 * 14);
    const towns = chart.bars[1]!;
    expect(towns.valueX).toBeGreaterThan(towns.x + towns.width);
    expect(towns.missX).toBeGreaterThan(towns.valueX);
    expect(chart.height).toBe(chart.plot.y1 + 28);
  });

  it('scales counts to a round axis above the target', () => {
    const c = barChart({
      rows: [{ key: 'a', label: '人才', value: 3500, valueLabel: '3500 人' }],
      target: 4000,
      unit: '人',
    });
    expect(c.ticks.at(-1)!.label).toBe('6000');
    expect(c.bars[0]!).toMatchObject({ met: false, valueLabel: '3500 人' });
  });
});

describe('lineChart', () => {
  const chart = lineChart({
    series: [
      {
        name: '平均',
        points: [
          { year: 2020, value: 75 },
          { year: 2018, value: 50 },
        ],
      },
      { name: '最低', points: [{ year: 2018, value: 40 }] },
    ],
    target: 70,
    unit: '%',
  });

  it('orders points by year and spreads the years over the plot', () => {
    const [avg] = chart.series;
    expect(avg!.points.map((p) => p.year)).toEqual([2018, 2020]);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['2018', '2020']);
    expect(avg!.points[0]!.x).toBeLessThan(avg!.points[1]!.x);
    expect(avg!.path).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  });

  it('puts higher values higher, the target line at its value, and judges points', () => {
    const [a, b] = chart.series[0]!.points;
    expect(b!.y).toBeLessThan(a!.y);
    const { y0, y1 } = chart.plot;
    expect(chart.target.y).toBeCloseTo(y1 - (y1 - y0) * 0.7, 1);
    expect(chart.series[0]!.points.map((p) => p.met)).toEqual([false, true]);
  });

  it('labels points above and the target in the right margin, clear of the data', () => {
    const first = chart.series[0]!.points[0]!;
    expect(first.labelY).toBeLessThan(first.y);
    expect(chart.target.label).toEqual(['目标', '70%']);
    const xs = chart.series.flatMap((s) => s.points.map((p) => p.x));
    // Right-aligned at the edge, clear of the last point.
    expect(chart.target.labelX - textWidth('目标', TARGET_FONT)).toBeGreaterThan(Math.max(...xs) + 6);
    expect(chart.target.labelX).toBeLessThanOrEqual(chart.width);
  });

  it('labels every other year, the latest always, when the years are too close for their labels', () => {
    const years = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
    const many = lineChart({
      series: [{ name: 'x', points: years.map((year) => ({ year, value: 50 })) }],
      target: 70,
      unit: '%',
    });
    const labels = many.xTicks.map((t) => t.label);
    expect(labels.at(-1)).toBe('2025');
    for (let i = 1; i < many.xTicks.length; i++)
      expect(many.xTicks[i]!.x - many.xTicks[i - 1]!.x).toBeGreaterThan(textWidth('2000', YEAR_FONT));
    expect(labels.length).toBeGreaterThanOrEqual(4);
    expect(many.xTicks.at(-1)!.x + textWidth('2025', YEAR_FONT) / 2).toBeLessThan(many.width);
  });

  it('keeps a long target label inside the drawing', () => {
    const c = lineChart({ series: [{ name: 'x', points: [{ year: 2025, value: 3900 }] }], target: 4000, unit: '人' });
    const xs = c.series.flatMap((s) => s.points.map((p) => p.x));
    expect(c.target.labelX - textWidth('4000人', TARGET_FONT)).toBeGreaterThan(Math.max(...xs));
    expect(c.target.labelX).toBeLessThanOrEqual(c.width);
  });

  it('centres a single year', () => {
    const one = lineChart({ series: [{ name: 'x', points: [{ year: 2025, value: 1201 }] }], target: 1000, unit: '名' });
    expect(one.series[0]!.points[0]!.x).toBe((one.plot.x0 + one.plot.x1) / 2);
    expect(one.yTicks.at(-1)!.label).toBe('1500');
  });
});
