import type { APIContext } from 'astro';
import { articleText } from '../../lib/collection/article-body.ts';
import { articlesInOrder, type ArticleEntry } from '../../utils/archive.ts';

/** One issue's parsed articles, with the schema's fields and the paragraphs as text: data for re-use. */
export async function getStaticPaths() {
  const issues = new Map<string, ArticleEntry[]>();
  for (const entry of await articlesInOrder()) {
    if (!issues.has(entry.data.date)) issues.set(entry.data.date, []);
    issues.get(entry.data.date)!.push(entry);
  }
  return [...issues].map(([date, entries]) => ({ params: { date }, props: { entries } }));
}

export function GET({ params, props }: APIContext<{ entries: ArticleEntry[] }>) {
  const articles = props.entries.map((entry) => ({ ...entry.data, ...articleText(entry) }));
  return new Response(`${JSON.stringify({ date: params.date, paper: articles[0]?.paper ?? null, articles }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
