/**
 * The map's sequential colour scale and the contrast checks behind its
 * labels (WCAG 1.4.3: text 4.5:1 against its tile).
 */

/** Light to dark, in the site's red; each step clearly darker than the one before. */
export const PALETTE = ['#f6f1ea', '#f8d5cf', '#efa89f', '#dd6e63', '#b8342b', '#7f1a15'] as const;
/** The two label colours a tile may take: the site's ink, or white. */
export const INK = '#1f1f1f';
export const WHITE = '#ffffff';

/** Relative luminance of a `#rrggbb` colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h!, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The label colour with more contrast on `fill`. */
export function labelColour(fill: string): string {
  return contrastRatio(fill, INK) >= contrastRatio(fill, WHITE) ? INK : WHITE;
}

/** One step of the scale: the counts it covers and its colours. */
export interface ColourClass {
  min: number;
  max: number;
  fill: string;
  text: string;
  /** `0`, `1`, `2–3` ... for the legend. */
  label: string;
}

/**
 * Classes for counts from 0 to `max`: 0 alone (a city with none is told
 * apart), then one class per number while they fit the palette, else five
 * equal ranges. Colours are spread over the palette so the darkest always
 * means the most.
 */
export function colourClasses(max: number): ColourClass[] {
  const steps = PALETTE.length - 1;
  const ranges: [number, number][] = [[0, 0]];
  if (max <= steps) for (let n = 1; n <= max; n++) ranges.push([n, n]);
  else {
    const width = Math.ceil(max / steps);
    for (let lo = 1; lo <= max; lo += width) ranges.push([lo, Math.min(max, lo + width - 1)]);
  }
  return ranges.map(([min, hi], i) => {
    const fill = PALETTE[ranges.length === 1 ? 0 : Math.round((i * steps) / (ranges.length - 1))]!;
    return { min, max: hi, fill, text: labelColour(fill), label: min === hi ? `${min}` : `${min}–${hi}` };
  });
}

/** The class a count falls in. */
export function classOf(classes: readonly ColourClass[], n: number): ColourClass {
  return classes.find((c) => n >= c.min && n <= c.max) ?? classes.at(-1)!;
}
