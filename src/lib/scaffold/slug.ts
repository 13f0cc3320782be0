import { pinyin } from 'pinyin-pro';

/** URL name from a Chinese title by its pinyin, one hyphen between syllables, at most `max` characters. */
export function slugFromTitle(title: string, max = 48): string {
  const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > max ? slug.slice(0, max).replace(/-[^-]*$/, '') : slug;
  return cut || 'untitled';
}

/** `slug`, or `slug-2`, `slug-3` … when taken. */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  if (!taken(slug)) return slug;
  for (let n = 2; ; n++) if (!taken(`${slug}-${n}`)) return `${slug}-${n}`;
}
