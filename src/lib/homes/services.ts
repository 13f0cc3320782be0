import { CITIES, type City } from '../domain/vocab.ts';

/** What a home needs for the services summary. */
export interface HomeServices {
  id: string;
  title: string;
  city: City;
  serviceMenu: readonly { name: string }[];
}

/** One service of the 菜单式服务 menus, and where it is offered. */
export interface ServiceOffer {
  name: string;
  /** Homes that offer it. */
  homes: number;
  /** Homes offering it in each city, largest first (ties in the province's city order). */
  cities: { city: City; homes: number }[];
  /** Up to `examples` homes that offer it, by title, for a first link. */
  examples: { id: string; title: string }[];
}

/**
 * The services the homes' menus offer, most widely offered first, with counts
 * by city: a summary whose size does not grow with the number of homes (each
 * home's own page lists its menu in full).
 */
export function serviceOffers(homes: readonly HomeServices[], examples = 3): ServiceOffer[] {
  const byName = new Map<string, { byCity: Map<City, number>; homes: HomeServices[] }>();
  for (const home of homes) {
    for (const name of new Set(home.serviceMenu.map((s) => s.name.trim()).filter(Boolean))) {
      const entry = byName.get(name) ?? { byCity: new Map<City, number>(), homes: [] as HomeServices[] };
      entry.byCity.set(home.city, (entry.byCity.get(home.city) ?? 0) + 1);
      entry.homes.push(home);
      byName.set(name, entry);
    }
  }
  const cityOrder = (c: City) => CITIES.indexOf(c);
  return [...byName]
    .map(([name, e]) => ({
      name,
      homes: e.homes.length,
      cities: [...e.byCity]
        .map(([city, n]) => ({ city, homes: n }))
        .sort((a, b) => b.homes - a.homes || cityOrder(a.city) - cityOrder(b.city)),
      examples: [...e.homes]
        .sort((a, b) => a.title.localeCompare(b.title, 'zh-CN') || a.id.localeCompare(b.id))
        .slice(0, examples)
        .map(({ id, title }) => ({ id, title })),
    }))
    .sort((a, b) => b.homes - a.homes || a.name.localeCompare(b.name, 'zh-CN'));
}
