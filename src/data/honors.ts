import { getCollection } from 'astro:content';
import type { RollNames } from '../lib/honors/roll.ts';

/** Names the honour rolls show: home titles and unit types, person names and homes. */
export async function rollNames(): Promise<RollNames> {
  const [homes, people] = await Promise.all([getCollection('homes'), getCollection('people')]);
  return {
    homes: new Map(homes.map((h) => [h.id, { title: h.data.title, unitType: h.data.unitType }])),
    people: new Map(people.map((p) => [p.id, { name: p.data.name, home: p.data.home }])),
  };
}
