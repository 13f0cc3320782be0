/**
 * The stories' RSS 2.0 feed, written by @astrojs/rss (fast-xml-parser's
 * builder does the escaping); this module only decides what goes in it.
 */
import { getRssString } from '@astrojs/rss';
import { xmlEscape, xmlSafe } from './xml.ts';

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

/** A calendar day as the instant it starts in China Standard Time. */
export const chinaMidnight = (date: string): Date => new Date(`${date}T00:00:00+08:00`);

/**
 * An RSS 2.0 feed, newest item first (ties by link, for a stable order).
 * lastBuildDate is the newest item's date, not the clock, so an unchanged
 * site builds an identical feed; an empty feed has none.
 */
export async function rssXml(feed: Feed): Promise<string> {
  const items = [...feed.items].sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link));
  const newest = items[0]?.date;
  const channel = [
    '<language>zh-cn</language>',
    `<atom:link href="${xmlEscape(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${chinaMidnight(newest).toUTCString()}</lastBuildDate>`] : []),
  ];
  const xml = await getRssString({
    title: xmlSafe(feed.title),
    description: xmlSafe(feed.description),
    site: feed.link,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: channel.join(''),
    items: items.map((i, n) => ({
      title: xmlSafe(i.title),
      link: i.link,
      pubDate: chinaMidnight(i.date),
      description: xmlSafe(i.description),
      categories: i.categories.map(xmlSafe),
      ...(i.author ? { customData: creatorSlot(n) } : {}),
    })),
  });
  // The names go in after the build: @astrojs/rss reads customData back through an XML
  // parser that turns a name such as "007" into the number 7.
  return xml.replace(/<dc:creator>dc-creator-(\d+)<\/dc:creator>/g, (_, n: string) => {
    return `<dc:creator>${xmlEscape(items[Number(n)]!.author!)}</dc:creator>`;
  });
}

const creatorSlot = (n: number) => `<dc:creator>dc-creator-${n}</dc:creator>`;
