/**
 * Every public URL of the site, written once. Pages, components, islands,
 * feeds, the sitemap and the benchmark ask here instead of spelling a path;
 * `files.ts` beside it maps a built file to its URL and back, and the test
 * beside them checks that each builder's URL is a page the build writes.
 * Pure and browser-safe: the islands import it too. The public paths stay
 * as they were published (`/honors/`, American spelling, in the URL only).
 */

/** The top of each section. */
export const SECTION = {
  home: '/',
  homes: '/homes/',
  stories: '/stories/',
  honours: '/honors/',
  verify: '/verify/',
  courses: '/courses/',
  lectures: '/lectures/',
  policy: '/policy/',
  services: '/services/',
  data: '/data/',
  search: '/search/',
} as const;

// Homes (/homes/…).
export const homeHref = (id: string) => `/homes/${id}/`;
/** A single-facet list of homes: `/homes/city/jinan/`. */
export const homeFacetHref = (facet: string, value: string) => `/homes/${facet}/${value}/`;
/** Every home's summary, for the in-page filter. */
export const HOMES_JSON = '/homes/index.json';

// Case stories (/stories/…).
export const storyHref = (id: string) => `/stories/${id}/`;
export type StoryFacet = 'year' | 'city' | 'tag';
/** A list of stories by year, city or tag (a tag by its pinyin slug): `/stories/year/2024/`. */
export const storyFacetHref = (facet: StoryFacet, value: string) => `/stories/${facet}/${value}/`;
export const RSS_HREF = '/rss.xml';

/** Page `n` (from 1) of a paged list whose first page is `base`. */
export function listPageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

// Honour rolls (/honors/…).
export const honoursYearHref = (year: number | string) => `/honors/${year}/`;
/** The anchor of an award's row on its year's roll. */
export const awardRowId = (awardId: string) => `award-${awardId}`;
/** An award's row on its year's roll. */
export const awardRowHref = (a: { id: string; year: number }) => `${honoursYearHref(a.year)}#${awardRowId(a.id)}`;
export const RULES_HREF = '/honors/rules/';
/** A rule's explanation on the rules page: `/honors/rules/#r4`. */
export const ruleHref = (id: string) => `${RULES_HREF}#${id.toLowerCase()}`;
/** R4: the list of holders who may be recommended for the May Day labour award. */
export const MAY_DAY_HREF = '/honors/may-day/';
/** R5: the list of holders who may be nominated for provincial honours. */
export const PROVINCIAL_HREF = '/honors/provincial/';

// Certificate checks (/verify/…), by the slug of a serial (src/lib/verify/certificates.ts).
export const verifyHref = (slug: string) => `/verify/${slug}/`;
export const certificateImageHref = (slug: string) => `/certificates/${slug}.png`;
/** Each serial's slug, for the lookup form. */
export const VERIFY_JSON = '/verify/index.json';

// Web courses (/courses/…); a lesson's id is `<course>/<lesson>`.
export const courseHref = (id: string) => `/courses/${id}/`;
export const lessonHref = (lessonId: string) => `/courses/${lessonId}/`;
export const STUDY_RECORD_HREF = '/courses/record/';

// Lecture hall (/lectures/…).
export const lectureHref = (id: string) => `/lectures/${id}/`;
export const lecturePresentHref = (id: string) => `/lectures/${id}/present/`;

// Policy (/policy/…).
export const policyHref = (id: string) => `/policy/${id}/`;
/** The policy the site is built on: the ten opinions. */
export const POLICY_ID = 'ten-opinions';
/** An article's anchor on the policy page: `art-5`. */
export const articleAnchor = (n: number) => `art-${n}`;
/** A place on the page of the ten opinions, by its anchor. */
export const policyAnchorHref = (anchor: string) => `${policyHref(POLICY_ID)}#${anchor}`;
/** An article of the ten opinions: `/policy/ten-opinions/#art-5`. */
export const articleHref = (n: number) => policyAnchorHref(articleAnchor(n));
