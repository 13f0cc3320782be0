import type { ImageMetadata } from 'astro';
import type { HomeBasics, HomeData } from '../schemas/homes.ts';

/** What a home's card shows (lists, a home's neighbours, the front page): nothing more, so a page's data stays small. */
export interface HomeCardView extends HomeBasics, Pick<HomeData, 'level' | 'sample'> {
  id: string;
  /** The first photo, drawn as a thumbnail. */
  cover?: { src: ImageMetadata; alt: string } | undefined;
}

/** A home's card from its entry data. */
export function homeCard(
  id: string,
  d: Omit<HomeCardView, 'id' | 'cover'> & { photos: readonly { src: ImageMetadata; alt: string }[] },
): HomeCardView {
  const { title, unit, city, county, unitType, level, sample } = d;
  const cover = d.photos[0];
  // Frozen, and all it holds: pages share one card, and page keys digest a frozen object once (page-key.ts).
  return Object.freeze({
    id,
    title,
    unit,
    city,
    county,
    unitType,
    level,
    sample,
    ...(cover ? { cover: Object.freeze({ src: cover.src, alt: cover.alt }) } : {}),
  });
}
