import type { CollectionEntry } from 'astro:content';
import type { City } from '../lib/domain/vocab.ts';
import { homeCard, type HomeCardView } from '../lib/homes/card.ts';
import { homeSummaries } from '../lib/homes/collect.ts';
import type { HomeSummary } from '../lib/homes/listing.ts';
import { entries } from './collections.ts';

/** A story as a home's page lists it. */
export interface StoryLink {
  id: string;
  title: string;
  date: string;
}

/** The homes shaped once per build for every page that lists or links them. */
export interface SiteHomes {
  all: readonly CollectionEntry<'homes'>[];
  summaries: readonly HomeSummary[];
  /** Each home's card, in collection order. */
  cards: ReadonlyMap<string, HomeCardView>;
  /** Each home's place in `all`. */
  position: ReadonlyMap<string, number>;
  /** Each city's homes, in collection order. */
  byCity: ReadonlyMap<City, readonly CollectionEntry<'homes'>[]>;
  /** The stories that name each home, newest first. */
  stories: ReadonlyMap<string, readonly StoryLink[]>;
}

let shaped: Promise<SiteHomes> | undefined;

export function siteHomes(): Promise<SiteHomes> {
  if (shaped && !import.meta.env.DEV) return shaped;
  shaped = (async () => {
    const [all, honourLists, stories] = await Promise.all([entries('homes'), entries('honors'), entries('stories')]);
    const byCity = new Map<City, CollectionEntry<'homes'>[]>();
    for (const h of all) {
      const city = byCity.get(h.data.city) ?? [];
      city.push(h);
      byCity.set(h.data.city, city);
    }
    const linked = new Map<string, StoryLink[]>();
    for (const s of stories)
      for (const home of new Set(s.data.homes)) {
        const list = linked.get(home) ?? [];
        list.push({ id: s.id, title: s.data.title, date: s.data.date });
        linked.set(home, list);
      }
    for (const list of linked.values()) list.sort((a, b) => b.date.localeCompare(a.date));
    return {
      all,
      summaries: homeSummaries(all, honourLists),
      cards: new Map(all.map((h) => [h.id, homeCard(h.id, h.data)])),
      position: new Map(all.map((h, i) => [h.id, i])),
      byCity,
      stories: linked,
    };
  })();
  return shaped;
}
