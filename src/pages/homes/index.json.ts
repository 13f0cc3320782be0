import { cachedImage } from '../../components/common/cached-image.ts';
import { siteHomes } from '../../data/homes.ts';

/** The data of the in-page filter: every home's summary and a thumbnail. */
export async function GET() {
  const { summaries, cards } = await siteHomes();
  const list = [];
  for (const s of summaries) {
    const cover = cards.get(s.id)?.cover;
    if (!cover) {
      list.push(s);
      continue;
    }
    const image = await cachedImage({ src: cover.src, width: 480, format: 'webp' });
    list.push({ ...s, img: image.src, alt: cover.alt });
  }
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } });
}
