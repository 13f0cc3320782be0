import { entries } from '../data/collections.ts';
import { rssXml } from '../lib/feeds/rss.ts';
import { site } from '../site.ts';
import { RSS_HREF, SECTION, storyHref } from '../lib/routes/urls.ts';

/** RSS 2.0 feed of the case stories (art. 10: spread good practice through the media). */
export async function GET() {
  const stories = await entries('stories');
  const xml = await rssXml({
    title: `${site.name} · 典型案例`,
    link: new URL(SECTION.stories, site.baseUrl).href,
    self: new URL(RSS_HREF, site.baseUrl).href,
    description: '职工之家建设中可推广、可复制的典型案例。',
    items: stories.map((s) => ({
      title: s.data.title,
      link: new URL(storyHref(s.id), site.baseUrl).href,
      date: s.data.date,
      description: s.data.summary,
      categories: s.data.tags,
      author: s.data.author,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
