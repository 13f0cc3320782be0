/**
 * The drawing kit of the sample photos (scripts/dev/make-sample-photos.ts):
 * canvas size, palettes and SVG primitives. Text is set in the project's
 * bundled Noto Serif SC (render.ts hands resvg that file and no system font),
 * so a photo is the same on every machine.
 */
import type { Random } from '../bench/random.ts';
import { PRIMARY_FAMILY } from '../certificates/fonts.ts';

export const W = 1600;
export const H = 1067;
export type Rng = Random;

/** A scene: the SVG elements of one photo, drawn from a seeded generator. */
export type Scene = (rng: Rng) => string;

export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
export const between = (rng: Rng, lo: number, hi: number): number => lo + rng() * (hi - lo);
export const f = (n: number): string => String(Math.round(n * 10) / 10);

export const SKIN = ['#f3cfb0', '#e8b690', '#d49a72', '#c4865f'] as const;
export const HAIR = ['#2a211b', '#3a2a20', '#1f1f24', '#5a3d2b', '#8d8d8d'] as const;
export const SHIRTS = [
  '#2f6db5',
  '#d9534f',
  '#f0ad4e',
  '#5cb85c',
  '#8e6bbf',
  '#3fa7a3',
  '#f3f3f3',
  '#e37b40',
  '#466089',
  '#c2185b',
] as const;
export const PANTS = ['#2e3a4f', '#3b3b3b', '#4a5a6a', '#5b4636', '#24324a'] as const;
export const BOOKS = [
  '#c0392b',
  '#2980b9',
  '#27ae60',
  '#f39c12',
  '#8e44ad',
  '#16a085',
  '#d35400',
  '#2c3e50',
  '#e8d8b0',
  '#7f8c8d',
] as const;

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}" ${extra}/>`;
export const circle = (cx: number, cy: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}" ${extra}/>`;
export const poly = (pts: readonly (readonly [number, number])[], fill: string, extra = ''): string =>
  `<polygon points="${pts.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}" fill="${fill}" ${extra}/>`;
export const text = (
  x: number,
  y: number,
  s: string,
  size: number,
  fill: string,
  anchor = 'middle',
  weight = 700,
): string =>
  `<text x="${f(x)}" y="${f(y)}" font-family="${PRIMARY_FAMILY}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${s}</text>`;
