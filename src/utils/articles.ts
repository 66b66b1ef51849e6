import { getCollection, type CollectionEntry } from 'astro:content';

export type ArticleEntry = CollectionEntry<'articles'>;

/** All articles in reading order: by date, page, then position on the page. */
export async function articlesInOrder(): Promise<ArticleEntry[]> {
  const entries = await getCollection('articles');
  return entries.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.data.page - b.data.page || a.data.order - b.data.order);
}

/** Articles grouped by issue date, newest issue first. */
export function groupByIssue(entries: ArticleEntry[]): [string, ArticleEntry[]][] {
  const issues = new Map<string, ArticleEntry[]>();
  for (const entry of entries) {
    if (!issues.has(entry.data.date)) issues.set(entry.data.date, []);
    issues.get(entry.data.date)!.push(entry);
  }
  return [...issues].sort(([a], [b]) => b.localeCompare(a));
}

export function people(entry: ArticleEntry): { role: string; names: string[] }[] {
  const d = entry.data;
  return [
    { role: '记者', names: d.reporters },
    { role: '通讯员', names: d.correspondents },
    { role: '摄影', names: d.photographers },
    { role: '实习生', names: d.interns },
  ].filter((r) => r.names.length > 0);
}
