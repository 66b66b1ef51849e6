import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadConfig } from '../lib/config.ts';
import { articleText } from '../lib/collection/article-body.ts';
import { articlesInOrder } from '../utils/archive.ts';
import { articleHref } from '../utils/url.ts';

/** The newest articles, for feed readers. */
export async function GET(context: APIContext) {
  const { site } = loadConfig();
  const newest = (await articlesInOrder()).toReversed().slice(0, site.feedSize);
  return rss({
    title: site.title,
    description: site.description,
    // The channel links to the archive's home, base path included (context.site is the bare origin).
    site: new URL(import.meta.env.BASE_URL, context.site).href,
    customData: '<language>zh-cn</language>',
    items: newest.map((entry) => ({
      title: entry.data.headline,
      link: articleHref(entry.data.id),
      pubDate: new Date(`${entry.data.date}T00:00:00+08:00`),
      description: articleText(entry).paragraphs[0] ?? '',
      categories: entry.data.section ? [entry.data.section] : [],
    })),
  });
}
