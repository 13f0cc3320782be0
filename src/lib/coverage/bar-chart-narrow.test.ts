import { describe, expect, it } from 'vitest';
import { narrowBarChart } from './bar-chart-narrow.ts';
import { textWidth } from './scale.ts';

describe('narrowBarChart', () => {
  const chart = narrowBarChart({
    rows: [
      { key: 'parks', label: '八大领域建会率（最低）', value: 80 },
      { key: 'towns', label: '特色小镇', value: 60 },
      { key: 'odd', label: '超出', value: 130, valueLabel: '130.0%' },
    ],
    target: 70,
    unit: '%',
  });
  const [parks, towns, odd] = chart.bars;

  it('puts each label on a line above its bar, inside the drawing', () => {
    for (const b of chart.bars) {
      expect(b.labelY).toBeLessThan(b.y);
      expect(b.x + textWidth(b.label, chart.fontSize.label)).toBeLessThanOrEqual(chart.width);
    }
    expect(towns!.y - parks!.y).toBeGreaterThanOrEqual(chart.fontSize.label + 16);
  });

  it('gives the bars the width left after the longest value, capped at the axis end', () => {
    const span = chart.plot.x1 - chart.plot.x0;
    expect(parks!.width).toBeCloseTo(span * 0.8, 1);
    expect(odd!.width).toBeCloseTo(span, 1);
    expect(odd!.valueX + textWidth('130.0%', chart.fontSize.value)).toBeLessThanOrEqual(chart.width);
  });

  it('marks a missed target at the end of the label line, clear of the label', () => {
    expect(chart.bars.map((b) => b.met)).toEqual([true, false, true]);
    expect(towns!.missY).toBe(towns!.labelY);
    for (const b of chart.bars) expect(b.missX).toBeGreaterThan(b.x + textWidth(b.label, chart.fontSize.label));
  });

  it('draws the target line across each bar, not through the labels', () => {
    expect(chart.target.spans).toHaveLength(3);
    chart.bars.forEach((b, i) => {
      const span = chart.target.spans[i]!;
      expect(span.y1).toBeLessThan(b.y);
      expect(span.y2).toBeGreaterThan(b.y + b.height);
      expect(span.y1).toBeGreaterThan(b.labelY);
    });
  });

  it('keeps the target label inside the drawing', () => {
    const c = narrowBarChart({ rows: [{ key: 'a', label: '甲', value: 99 }], target: 100, unit: '%' });
    expect(c.target.x).toBe(c.plot.x1);
    expect(c.target.labelX + textWidth(c.target.label, 12) / 2).toBeLessThanOrEqual(c.width);
    expect(c.height).toBe(c.plot.y1 + 26);
  });
});
