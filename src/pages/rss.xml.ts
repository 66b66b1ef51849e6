import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadConfig } from '../lib/config.ts';
import { articleText } from '../lib/collection/article-body.ts';
import { articlesInOrder, newestFirst } from '../utils/archive.ts';
import { articleHref, href } from '../utils/url.ts';

/** The newest articles, for feed readers: the newest issue first, each issue's articles in reading order. */
export async function GET(context: APIContext) {
  const { site } = loadConfig();
  const newest = (await articlesInOrder()).slice(-site.feedSize).toSorted((a, b) => newestFirst(a.data, b.data));
  // The feed names its own address (atom:link rel=self), as feed validators ask.
  const self = new URL(href('rss.xml'), context.site).href;
  return rss({
    title: site.title,
    description: site.description,
    // The channel links to the archive's home, base path included (context.site is the bare origin).
    site: new URL(import.meta.env.BASE_URL, context.site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-cn</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: newest.map((entry) => ({
      title: entry.data.headline,
      link: articleHref(entry.data.id),
      pubDate: new Date(`${entry.data.date}T00:00:00+08:00`),
      description: articleText(entry).paragraphs[0] ?? '',
      categories: entry.data.section ? [entry.data.section] : [],
    })),
  });
}
