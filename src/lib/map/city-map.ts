import { CITIES, CITY_LABELS, LEVEL_LABELS, type City } from '../domain/vocab.ts';
import { homeFacetHref } from '../routes/urls.ts';
import { classOf, colourClasses, type ColourClass } from './colour.ts';
import type { CityCounts } from './counts.ts';
import { CITY_TILES, hexPoints, tileCentre } from './tiles.ts';

/** One city's tile, ready to draw. */
export interface CityTile {
  city: City;
  /** 济南 (the tile is small; the accessible name says 济南市). */
  shortName: string;
  href: string;
  /**
   * Accessible name, starting with the tile's visible text (WCAG 2.5.3
   * label in name): 济南 3：济南市模范职工之家 3 个，共 4 个.
   */
  name: string;
  points: string;
  cx: number;
  cy: number;
  fill: string;
  text: string;
  model: number;
  total: number;
}
export interface CityMapModel {
  width: number;
  height: number;
  tiles: CityTile[];
  legend: ColourClass[];
  /** Where to print the seas' names, as a reader's landmarks. */
  seas: { label: string; x: number; y: number }[];
  /** One sentence for the map's <desc>. */
  description: string;
}

const R = 42;
const MARGIN = 6;

/** The city map: each city a hexagon shaded by its number of model homes. */
export function buildCityMap(counts: Record<City, CityCounts>): CityMapModel {
  const legend = colourClasses(Math.max(0, ...CITIES.map((c) => counts[c].model)));
  const tiles = CITIES.map((city): CityTile => {
    const { col, row } = CITY_TILES[city];
    const { x, y } = tileCentre(col, row, R, MARGIN);
    const { model, total } = counts[city];
    const cls = classOf(legend, model);
    return {
      city,
      shortName: CITY_LABELS[city].replace(/市$/, ''),
      href: homeFacetHref('city', city),
      name: `${CITY_LABELS[city].replace(/市$/, '')} ${model}：${CITY_LABELS[city]}${LEVEL_LABELS.model}职工之家 ${model} 个，共 ${total} 个`,
      points: hexPoints(x, y, R - 1.5),
      cx: Math.round(x * 100) / 100,
      cy: Math.round(y * 100) / 100,
      fill: cls.fill,
      text: cls.text,
      model,
      total,
    };
  });
  const cols = Math.max(...Object.values(CITY_TILES).map((t) => t.col + (t.row % 2) / 2)) + 1;
  const rows = Math.max(...Object.values(CITY_TILES).map((t) => t.row)) + 1;
  const w = Math.sqrt(3) * R;
  const at = (col: number, row: number) => tileCentre(col, row, R, MARGIN);
  const models = tiles.reduce((n, t) => n + t.model, 0);
  const withModels = tiles.filter((t) => t.model > 0).length;
  return {
    width: Math.ceil(2 * MARGIN + cols * w),
    height: Math.ceil(2 * MARGIN + 2 * R + (rows - 1) * 1.5 * R),
    tiles,
    legend,
    seas: [
      { label: '渤海', ...at(4, 0) },
      { label: '黄海', ...at(5, 2) },
    ],
    description:
      `山东省 16 个市的示意图，每个六边形代表一个市，位置大致对应实际方位，颜色越深表示模范职工之家越多，` +
      `六边形上的数字为该市模范职工之家的数量。全省共有模范职工之家 ${models} 个，分布在 ${withModels} 个市。` +
      `每个市都是链接，指向该市的职工之家列表。`,
  };
}
