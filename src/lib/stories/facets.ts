/**
 * The story lists a visitor can reach without JavaScript, as `homes/facets.ts`
 * does for homes: one list per year, city and tag, each with its URL and its
 * count, newest year first, cities in the federation's order, tags by pinyin.
 * Build-time only (pinyin for tag URLs).
 */
import { CITIES, CITY_LABELS, type City } from '../domain/vocab.ts';
import { pinyinSlug } from '../homes/county-slug.ts';
import { storyFacetHref, type StoryFacet } from '../routes/urls.ts';

/** What the facets need of a story. */
export interface FacetStory {
  data: { date: string; city?: City | undefined; tags: readonly string[] };
}

export const STORY_FACETS: readonly StoryFacet[] = ['year', 'city', 'tag'];
export const STORY_FACET_LABELS: Record<StoryFacet, string> = { year: '年份', city: '城市', tag: '标签' };

/** One value of a facet: its link in the sidebar and the stories of its list. */
export interface StoryFacetValue<S> {
  facet: StoryFacet;
  label: string;
  /** URL of the first page of the list. */
  href: string;
  stories: S[];
}

/** The URL of a tag's list: `/stories/tag/zhigongshuwu/`. */
export const storyTagHref = (tag: string) => storyFacetHref('tag', pinyinSlug(tag));

/** Every year, city and tag that has stories, with its stories in the order given. */
export function storyFacetValues<S extends FacetStory>(stories: readonly S[]): StoryFacetValue<S>[] {
  const years = [...new Set(stories.map((s) => s.data.date.slice(0, 4)))].sort().reverse();
  const tags = [...new Set(stories.flatMap((s) => s.data.tags))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const value = (facet: StoryFacet, label: string, href: string, pick: (s: S) => boolean) => ({
    facet,
    label,
    href,
    stories: stories.filter(pick),
  });
  return [
    ...years.map((y) => value('year', `${y} 年`, storyFacetHref('year', y), (s) => s.data.date.startsWith(y))),
    ...CITIES.map((c) => value('city', CITY_LABELS[c], storyFacetHref('city', c), (s) => s.data.city === c)),
    ...tags.map((t) => value('tag', t, storyTagHref(t), (s) => s.data.tags.includes(t))),
  ].filter((v) => v.stories.length > 0);
}
