/** Axis helpers for the build-time charts. */

/** A round step (1, 2, 2.5 or 5 times a power of ten) giving about `count` intervals up to `max`. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw)! * power;
  return step;
}

/** The axis maximum: `max` rounded up to a whole step. */
export function niceMax(max: number, count = 4): number {
  const step = niceStep(max, count);
  return Math.ceil(max / step) * step;
}

/** Tick values from 0 to `max` inclusive. */
export function ticks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const out: number[] = [];
  for (let v = 0; v <= max + step / 1e6; v += step) out.push(Number(v.toFixed(6)));
  return out;
}

/** Linear map from [d0, d1] to [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

const WIDE = /[\u2E80-\u9FFF\uFF00-\uFFEF\u201C\u201D]/;

/**
 * Rough width of a label in SVG user units at `size`: a CJK character is one
 * em, other characters about 0.6 em. Enough to leave room, without fonts.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return em * size;
}

/** Two decimals at most, for coordinates in SVG attributes. */
export function px(v: number): number {
  return Math.round(v * 100) / 100;
}
