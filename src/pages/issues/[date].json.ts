import type { APIContext } from 'astro';
import { articleText } from '../../lib/collection/article-body.ts';
import { articlesInOrder, type ArticleEntry } from '../../utils/archive.ts';
import { cacheKey } from '../../utils/cache-key.ts';

/** One issue's parsed articles, with the schema's fields and the paragraphs as text: data for re-use. */
export async function getStaticPaths() {
  const issues = new Map<string, ArticleEntry[]>();
  for (const entry of await articlesInOrder()) {
    if (!issues.has(entry.data.date)) issues.set(entry.data.date, []);
    issues.get(entry.data.date)!.push(entry);
  }
  // The file is its articles' files, front matter and body: their digests say when it must be made again.
  return [...issues].map(([date, entries]) => ({ params: { date }, props: { entries }, cacheKey: cacheKey(entries.map((entry) => entry.digest)) }));
}

export function GET({ params, props }: APIContext<{ entries: ArticleEntry[] }>) {
  const articles = props.entries.map((entry) => ({ ...entry.data, ...articleText(entry) }));
  return new Response(`${JSON.stringify({ date: params.date, paper: articles[0]?.paper ?? null, articles }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
