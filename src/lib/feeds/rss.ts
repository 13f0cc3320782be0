import { xmlEscape } from './xml.ts';

export interface FeedItem {
  title: string;
  /** Absolute URL. */
  link: string;
  /** `YYYY-MM-DD`. */
  date: string;
  description: string;
  categories: string[];
  /** A name, written as dc:creator: RSS 2.0's own <author> must be an e-mail address, which we do not publish. */
  author?: string;
}

export interface Feed {
  title: string;
  /** Absolute URL of the site. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  description: string;
  items: FeedItem[];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date of a calendar day, at midnight China Standard Time (RSS 2.0 pubDate). */
export function rfc822(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return `${DAYS[day.getUTCDay()]}, ${String(d).padStart(2, '0')} ${MONTHS[m - 1]} ${y} 00:00:00 +0800`;
}

/**
 * An RSS 2.0 feed, newest item first (ties by link, for a stable order).
 * lastBuildDate is the newest item's date, not the clock, so an unchanged
 * site builds an identical feed; an empty feed has none.
 */
export function rssXml(feed: Feed): string {
  const items = [...feed.items].sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link));
  const newest = items[0]?.date;
  const item = (i: FeedItem) =>
    [
      '    <item>',
      `      <title>${xmlEscape(i.title)}</title>`,
      `      <link>${xmlEscape(i.link)}</link>`,
      `      <guid isPermaLink="true">${xmlEscape(i.link)}</guid>`,
      `      <pubDate>${rfc822(i.date)}</pubDate>`,
      `      <description>${xmlEscape(i.description)}</description>`,
      ...(i.author ? [`      <dc:creator>${xmlEscape(i.author)}</dc:creator>`] : []),
      ...i.categories.map((c) => `      <category>${xmlEscape(c)}</category>`),
      '    </item>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${xmlEscape(feed.title)}</title>`,
    `    <link>${xmlEscape(feed.link)}</link>`,
    `    <description>${xmlEscape(feed.description)}</description>`,
    '    <language>zh-cn</language>',
    `    <atom:link href="${xmlEscape(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`    <lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : []),
    ...items.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
