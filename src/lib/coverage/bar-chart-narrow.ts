import { barAxis, barOf, type Bar, type BarChartInput, type BarChartModel } from './charts.ts';
import { px, textWidth } from './scale.ts';

/**
 * The bar chart for a phone: each row's label on a line of its own above its
 * bar, so the bars get the whole width and no label is cut or shrunk to
 * nothing. Drawn about as wide as a phone shows it (300 units for 250-330
 * CSS px), so its text stays near its set size. The 未达标 mark sits at the end
 * of the label's line, the value after the bar.
 */

const WIDTH = 300;
/** Room left of the axis for half of its first label (0%). */
const PAD = 12;
const LABEL = 15;
const VALUE = 14;
const ROW = 48;
const BAR = 16;
const TOP = 24;
const BOTTOM = 26;
const MISS = '未达标';

export interface NarrowBar extends Bar {
  /** Baseline of the row's label, above its bar. */
  labelY: number;
  /** Baseline of the 未达标 mark's text, on the label's line. */
  missY: number;
}
export interface NarrowBarChartModel extends Omit<BarChartModel, 'target' | 'bars'> {
  /** The target line, drawn across the bars only (`spans`), not through the labels. */
  target: { x: number; label: string; labelX: number; spans: { y1: number; y2: number }[] };
  bars: NarrowBar[];
  fontSize: { label: number; value: number };
}

export function narrowBarChart(input: BarChartInput): NarrowBarChartModel {
  const { rows, target, unit } = input;
  const labels = rows.map((r) => r.valueLabel ?? `${r.value}${unit}`);
  // Room after the longest bar for the longest value.
  const right = Math.max(...labels.map((l) => textWidth(l, VALUE))) + 8;
  const x0 = PAD;
  const x1 = px(WIDTH - 2 - right);
  const axis = barAxis(input, x0, x1);
  const y1 = TOP + rows.length * ROW;
  const missWidth = 18 + textWidth(MISS, VALUE);
  const bars = rows.map((r, i): NarrowBar => {
    const top = TOP + i * ROW;
    const end = axis.end(r.value);
    const barY = top + LABEL + 8;
    return {
      ...barOf(r, target, x0, end),
      y: px(barY),
      height: BAR,
      labelY: px(top + LABEL),
      textY: px(barY + BAR / 2 + VALUE * 0.35),
      valueX: px(end + 5),
      valueLabel: labels[i]!,
      missX: px(WIDTH - 2 - missWidth),
      missY: px(top + LABEL),
    };
  });
  const targetX = px(axis.x(target));
  const targetLabel = input.targetLabel ?? `目标 ${target}${unit}`;
  const half = textWidth(targetLabel, 12) / 2;
  return {
    width: WIDTH,
    height: y1 + BOTTOM,
    plot: { x0, x1, y0: TOP, y1 },
    ticks: axis.ticks,
    target: {
      x: targetX,
      label: targetLabel,
      labelX: px(Math.min(Math.max(targetX, half), WIDTH - half)),
      spans: bars.map((b) => ({ y1: px(b.y - 4), y2: px(b.y + BAR + 4) })),
    },
    bars,
    fontSize: { label: LABEL, value: VALUE },
  };
}
