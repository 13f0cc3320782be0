import type { StringKey } from './i18n/zh-CN.ts';
import { SECTION } from './routes/urls.ts';

/** The main sections, in the header's order. Every entry must have a page. */
export const NAV: { href: string; key: StringKey }[] = [
  { href: SECTION.home, key: 'nav.home' },
  { href: SECTION.homes, key: 'nav.homes' },
  { href: SECTION.honours, key: 'nav.honours' },
  { href: SECTION.courses, key: 'nav.courses' },
  { href: SECTION.lectures, key: 'nav.lectures' },
  { href: SECTION.stories, key: 'nav.stories' },
  { href: SECTION.policy, key: 'nav.policy' },
  { href: SECTION.services, key: 'nav.services' },
  { href: SECTION.data, key: 'nav.data' },
  { href: SECTION.search, key: 'nav.search' },
];
