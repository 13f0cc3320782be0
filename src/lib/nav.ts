import type { StringKey } from './i18n/zh-CN.ts';

/** The main sections, in the header's order. Every entry must have a page. */
export const NAV: { href: string; key: StringKey }[] = [
  { href: '/', key: 'nav.home' },
  { href: '/homes/', key: 'nav.homes' },
  { href: '/honors/', key: 'nav.honors' },
  { href: '/courses/', key: 'nav.courses' },
  { href: '/lectures/', key: 'nav.lectures' },
  { href: '/stories/', key: 'nav.stories' },
  { href: '/policy/', key: 'nav.policy' },
  { href: '/services/', key: 'nav.services' },
  { href: '/data/', key: 'nav.data' },
  { href: '/search/', key: 'nav.search' },
];
