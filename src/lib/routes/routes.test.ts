import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileUrl, isPageFile, routeFile, urlFile } from './files.ts';
import { routeKind } from './kinds.ts';
import { listPages } from './paging.ts';
import * as urls from './urls.ts';

const pagesDir = path.resolve(import.meta.dirname, '../../pages');

/** The page source of an Astro route: `/homes/[id]/` is src/pages/homes/[id].astro or …/[id]/index.astro. */
function pageSource(route: string): string | undefined {
  const base = path.join(pagesDir, route.replace(/^\/|\/$/g, '') || 'index');
  return [`${base}.astro`, path.join(base, 'index.astro')].find((f) => existsSync(f));
}

// Each kind of page: a URL from its builder, the Astro route that writes it and
// that route's parameters, and the kind the build's report files it under.
const PAGES: [
  name: string,
  url: string,
  route: string,
  params: Record<string, string | number | undefined>,
  kind: string,
][] = [
  ['a home', urls.homeHref('jinan-steel-works'), '/homes/[id]/', { id: 'jinan-steel-works' }, 'homes'],
  ['all homes', urls.SECTION.homes, '/homes/[...list]/', { list: undefined }, 'home-lists'],
  ['a facet of homes', urls.homeFacetHref('city', 'jinan'), '/homes/[...list]/', { list: 'city/jinan' }, 'home-lists'],
  [
    'a later page of a facet',
    urls.listPageHref(urls.homeFacetHref('county', 'jinan-lixia-qu'), 3),
    '/homes/[...list]/',
    { list: 'county/jinan-lixia-qu/page/3' },
    'home-lists',
  ],
  ['a story', urls.storyHref('chem-park'), '/stories/[id]/', { id: 'chem-park' }, 'stories'],
  ['all stories', urls.SECTION.stories, '/stories/[...list]/', { list: undefined }, 'story-lists'],
  [
    'stories by tag',
    urls.storyFacetHref('tag', 'zhigongshuwu'),
    '/stories/[...list]/',
    { list: 'tag/zhigongshuwu' },
    'story-lists',
  ],
  [
    'stories by year, page 2',
    urls.listPageHref(urls.storyFacetHref('year', '2024'), 2),
    '/stories/[...list]/',
    { list: 'year/2024/page/2' },
    'story-lists',
  ],
  ['the honour rolls', urls.SECTION.honours, '/honors/', {}, 'honours'],
  ['a year’s roll', urls.honoursYearHref(2024), '/honors/[year]/', { year: 2024 }, 'honours'],
  ['the rules', urls.RULES_HREF, '/honors/rules/', {}, 'honours'],
  ['the R4 list', urls.MAY_DAY_HREF, '/honors/may-day/', {}, 'honours'],
  ['the R5 list', urls.PROVINCIAL_HREF, '/honors/provincial/', {}, 'honours'],
  [
    'a certificate check',
    urls.verifyHref('2024-0012-ab12cd34ef'),
    '/verify/[slug]/',
    { slug: '2024-0012-ab12cd34ef' },
    'verify',
  ],
  ['the certificate lookup', urls.SECTION.verify, '/verify/', {}, 'other'],
  ['a course', urls.courseHref('labour-law'), '/courses/[course]/', { course: 'labour-law' }, 'courses'],
  [
    'a lesson',
    urls.lessonHref('labour-law/01-contract'),
    '/courses/[course]/[lesson]/',
    { course: 'labour-law', lesson: '01-contract' },
    'lessons',
  ],
  ['the study record', urls.STUDY_RECORD_HREF, '/courses/record/', {}, 'courses'],
  ['a lecture', urls.lectureHref('rich-content'), '/lectures/[id]/', { id: 'rich-content' }, 'lectures'],
  [
    'a presentation',
    urls.lecturePresentHref('rich-content'),
    '/lectures/[id]/present/',
    { id: 'rich-content' },
    'lectures',
  ],
  ['a policy', urls.policyHref(urls.POLICY_ID), '/policy/[id]/', { id: urls.POLICY_ID }, 'policy'],
  ['all courses', urls.SECTION.courses, '/courses/', {}, 'courses'],
  ['the lecture hall', urls.SECTION.lectures, '/lectures/', {}, 'lectures'],
  ['all policies', urls.SECTION.policy, '/policy/', {}, 'policy'],
  ['the front page', urls.SECTION.home, '/', {}, 'other'],
  ['services', urls.SECTION.services, '/services/', {}, 'other'],
  ['data', urls.SECTION.data, '/data/', {}, 'other'],
  ['search', urls.SECTION.search, '/search/', {}, 'other'],
];

describe('every URL builder names a page the build writes', () => {
  it.each(PAGES)('%s: %s', (_name, url, route, params, kind) => {
    const file = urlFile(url);
    expect(routeFile(route, params)).toBe(file);
    expect(fileUrl(file)).toBe(url);
    expect(isPageFile(file)).toBe(true);
    expect(routeKind(file).id).toBe(kind);
    expect(pageSource(route), `no page in src/pages for ${route}`).toBeDefined();
  });

  it('covers every section of the site', () => {
    const urlsOf = new Set(PAGES.map(([, url]) => url));
    for (const section of Object.values(urls.SECTION)) expect(urlsOf).toContain(section);
  });

  it('links a title to its row on its year’s roll, and a rule to its section', () => {
    expect(urls.awardRowHref({ id: 'a-1', year: 2024 })).toBe(
      `${urls.honoursYearHref(2024)}#${urls.awardRowId('a-1')}`,
    );
    expect(urls.ruleHref('R4')).toBe(`${urls.RULES_HREF}#r4`);
    expect(urls.articleHref(5)).toBe('/policy/ten-opinions/#art-5');
  });
});

describe('built file <-> URL', () => {
  it.each([
    ['index.html', '/'],
    ['homes/jinan-steel-works/index.html', '/homes/jinan-steel-works/'],
    ['search/vocabulary.json', '/search/vocabulary.json'],
  ])('%s is served at %s, and back', (file, url) => expect([fileUrl(file), urlFile(url)]).toEqual([url, file]));

  it('reads Windows separators, a leading slash, a query, a hash and %-escapes', () => {
    expect(fileUrl('stories\\tag\\zhigongshuwu\\index.html')).toBe('/stories/tag/zhigongshuwu/');
    expect(fileUrl('/honors/2024/index.html')).toBe('/honors/2024/');
    expect(fileUrl('404.html')).toBe('/404.html');
    expect(urlFile('/homes/?city=jinan#top')).toBe('homes/index.html');
    expect(urlFile('/stories/tag/%E4%B9%A6/')).toBe('stories/tag/书/index.html');
  });

  it('tells a page from any other file', () => {
    expect(['index.html', 'a/index.html', '404.html', 'a/b.json'].map(isPageFile)).toEqual([true, true, false, false]);
  });

  it.each([
    ['/homes/[...list]/', { list: undefined }, 'homes/index.html'],
    ['//honors//[year]/', { year: 2024 }, 'honors/2024/index.html'],
    ['/[...all]/', {}, 'index.html'],
  ])('route %s with %o is written to %s', (pattern, params, file) => expect(routeFile(pattern, params)).toBe(file));
});

describe('listPages', () => {
  it('gives each page its items and its route parameter, and an empty list its first page', () => {
    const pages = listPages(urls.SECTION.homes, urls.homeFacetHref('city', 'jinan'), [1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => [p.page, p.pages, p.items, p.list])).toEqual([
      [1, 3, [1, 2], 'city/jinan'],
      [2, 3, [3, 4], 'city/jinan/page/2'],
      [3, 3, [5], 'city/jinan/page/3'],
    ]);
    expect(listPages(urls.SECTION.stories, urls.SECTION.stories, [], 12)).toEqual([
      { page: 1, pages: 1, items: [], list: undefined },
    ]);
  });
});
