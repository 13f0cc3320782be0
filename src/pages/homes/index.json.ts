import { getImage } from 'astro:assets';
import { getCollection } from 'astro:content';
import { homeSummaries } from '../../lib/homes/collect.ts';

/** The data of the in-page filter: every home's summary and a thumbnail. */
export async function GET() {
  const homes = await getCollection('homes');
  const summaries = homeSummaries(homes, await getCollection('honors'));
  const covers = new Map(homes.map((h) => [h.id, h.data.photos[0]]));
  for (const s of summaries) {
    const cover = covers.get(s.id);
    if (!cover) continue;
    const image = await getImage({ src: cover.src, width: 480, format: 'webp' });
    s.img = image.src;
    s.alt = cover.alt;
  }
  return new Response(JSON.stringify(summaries), { headers: { 'Content-Type': 'application/json' } });
}
