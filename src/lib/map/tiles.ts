import type { City } from '../domain/vocab.ts';

/**
 * Where each city's hexagon sits: a tile cartogram on a grid of pointy-top
 * hexagons, odd rows shifted half a tile east. The grid keeps the cities'
 * real relative places: Dezhou, Binzhou and Dongying along the north
 * (Bohai) coast, the Laizhou Bay gap, then Yantai and Weihai on the tip of
 * the peninsula; Liaocheng, Jinan, Zibo, Weifang and Qingdao across the
 * middle; Heze, Jining, Tai'an, Linyi and Rizhao in the south, Zaozhuang
 * below them.
 */
export const CITY_TILES: Record<City, { col: number; row: number }> = {
  dezhou: { col: 1, row: 0 },
  binzhou: { col: 2, row: 0 },
  dongying: { col: 3, row: 0 },
  yantai: { col: 5, row: 0 },
  weihai: { col: 6, row: 0 },
  liaocheng: { col: 0, row: 1 },
  jinan: { col: 1, row: 1 },
  zibo: { col: 2, row: 1 },
  weifang: { col: 3, row: 1 },
  qingdao: { col: 4, row: 1 },
  heze: { col: 0, row: 2 },
  jining: { col: 1, row: 2 },
  taian: { col: 2, row: 2 },
  linyi: { col: 3, row: 2 },
  rizhao: { col: 4, row: 2 },
  zaozhuang: { col: 1, row: 3 },
};

/** Centre of a grid cell for hexagons of circumradius `r`, with a margin. */
export function tileCentre(col: number, row: number, r: number, margin: number): { x: number; y: number } {
  const w = Math.sqrt(3) * r;
  return { x: margin + w / 2 + col * w + (row % 2) * (w / 2), y: margin + r + row * 1.5 * r };
}

/** The six corners of a pointy-top hexagon, as an SVG `points` list. */
export function hexPoints(cx: number, cy: number, r: number): string {
  return Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 180) * (60 * i - 90);
    return `${round(cx + r * Math.cos(a))},${round(cy + r * Math.sin(a))}`;
  }).join(' ');
}

const round = (v: number) => Math.round(v * 100) / 100;
