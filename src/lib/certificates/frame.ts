/**
 * The certificate's paper and border, written directly as SVG and laid under
 * satori's text. Satori draws every CSS border through a clip path, and resvg
 * renders each clip path in an off-screen layer: drawn this way the frame
 * costs a few plain strokes instead (see README.md, measurements).
 */
import { GOLD, PAPER, PAPER_EDGE, RED } from './palette.ts';

export interface FrameColours {
  band: string;
  rule: string;
  /** The fine line inside the band. */
  highlight: string;
}

export const HOME_FRAME: FrameColours = { band: RED, rule: GOLD, highlight: '#f1d9a0' };
export const TOP_TEN_FRAME: FrameColours = { band: GOLD, rule: RED, highlight: '#fbeec8' };

/** Distance from the page edge to the inside of the inner rules: content starts here. */
export const FRAME_INSET = 54;

const MARGIN = 24;
const BAND = 16;

function box(inset: number, width: number, height: number, stroke: string, strokeWidth: number): string {
  // Strokes are centred on the path: offset by half the width so `inset` is the outer edge.
  const o = inset + strokeWidth / 2;
  return `<rect x="${o}" y="${o}" width="${width - 2 * o}" height="${height - 2 * o}" fill="none" stroke="${stroke}" stroke-width="${strokeWidth}"/>`;
}

function cornerDiamond(cx: number, cy: number, colour: string): string {
  const r = 15;
  const inner = 5.5;
  return (
    `<polygon points="${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}" fill="none" stroke="${colour}" stroke-width="2"/>` +
    `<polygon points="${cx},${cy - inner} ${cx + inner},${cy} ${cx},${cy + inner} ${cx - inner},${cy}" fill="${colour}"/>`
  );
}

/** SVG markup (no outer <svg>) for the paper, band, rules and corner ornaments. */
export function frameSvg(width: number, height: number, colours: FrameColours): string {
  const ruleAt = MARGIN + BAND + 6;
  const c = ruleAt + 19;
  return [
    // Flat fills: a radial-gradient paper cost resvg ~40% of the whole certificate (README.md).
    `<rect width="${width}" height="${height}" fill="${PAPER_EDGE}"/>`,
    `<rect x="${MARGIN}" y="${MARGIN}" width="${width - 2 * MARGIN}" height="${height - 2 * MARGIN}" fill="${PAPER}"/>`,
    box(MARGIN, width, height, colours.band, BAND),
    box(MARGIN + 4, width, height, colours.highlight, 1.5),
    box(ruleAt, width, height, colours.rule, 2.5),
    box(ruleAt + 5, width, height, colours.rule, 1),
    cornerDiamond(c, c, colours.rule),
    cornerDiamond(width - c, c, colours.rule),
    cornerDiamond(c, height - c, colours.rule),
    cornerDiamond(width - c, height - c, colours.rule),
  ].join('');
}
