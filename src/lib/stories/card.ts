import type { ImageMetadata } from 'astro';
import type { City } from '../domain/vocab.ts';

/** What a story's card shows (lists, related stories): nothing more, so a page's data stays small. */
export interface StoryCardView {
  id: string;
  title: string;
  date: string;
  city?: City | undefined;
  author: string;
  summary: string;
  sample: boolean;
  cover?: { src: ImageMetadata; alt: string } | undefined;
}

/** A story's card from its entry. */
export function storyCard(s: { id: string; data: Omit<StoryCardView, 'id'> }): StoryCardView {
  const { title, date, city, author, summary, sample, cover } = s.data;
  return {
    id: s.id,
    title,
    date,
    ...(city ? { city } : {}),
    author,
    summary,
    sample,
    ...(cover ? { cover: { src: cover.src, alt: cover.alt } } : {}),
  };
}
