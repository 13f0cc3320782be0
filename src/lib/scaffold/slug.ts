import { pinyin } from 'pinyin-pro';

/** Longest id `npm run new` makes: URLs and file names stay readable. */
export const MAX_SLUG_LENGTH = 48;

/**
 * The URL name of a title: its pinyin without tones, one hyphen between
 * syllables (职工书屋 -> zhi-gong-shu-wu; ü as v), digits and Latin letters
 * kept, everything else dropped, cut at a syllable boundary to at most `max`
 * characters. Characters pinyin-pro does not know (some 生僻字) are dropped.
 */
export function slugFromTitle(title: string, max = MAX_SLUG_LENGTH): string {
  const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Keep whole syllables; a single over-long Latin word is cut where it must be.
  const cut =
    slug.length > max
      ? slug
          .slice(0, max + 1)
          .replace(/-[^-]*$/, '')
          .slice(0, max)
      : slug;
  return cut || 'untitled';
}

/** `slug` when free, else `slug-2`, `slug-3` … */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  if (!taken(slug)) return slug;
  for (let n = 2; ; n++) if (!taken(`${slug}-${n}`)) return `${slug}-${n}`;
}
