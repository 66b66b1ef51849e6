// What a run does to content/articles: write new files, rewrite files it wrote before, and never touch a file a
// person has corrected since. Pure: it decides from the texts; the CLI applies the plan.
import { splitFrontMatter } from '../frontmatter.ts';
import { articleFile, isUnedited } from './markdown.ts';
import type { Article } from '../schema.ts';

export type WriteAction =
  | { action: 'create' | 'update'; path: string; text: string; id: string }
  | { action: 'unchanged'; path: string; id: string }
  | { action: 'kept-edited'; path: string; id: string | null }
  | { action: 'remove'; path: string };

/** content/articles/2023/2023-12-22-02-01.md */
export function articlePath(article: Pick<Article, 'id' | 'date'>): string {
  return `${article.date.slice(0, 4)}/${article.id}.md`;
}

/** The `source.file` a generated article was made from, read from its front matter. */
export function sourceFileOf(text: string): string | null {
  const data = splitFrontMatter(text)?.data as { source?: { file?: unknown } } | null | undefined;
  return typeof data?.source?.file === 'string' ? data.source.file : null;
}

/**
 * @param existing the files now under the output folder (path relative to it → text)
 * @param ingested the source pages this run read: generated files from them that no article maps to any more go
 */
export function planWrites(
  articles: Article[],
  existing: Map<string, string>,
  ingested: Set<string>,
  /** The file text of an article; the CLI passes texts its workers already made. */
  textOf: (article: Article) => string = articleFile,
  /** Files of issues a re-run skipped because nothing they depend on changed: still produced, left as they are. */
  untouched: Map<string, string> = new Map(),
): WriteAction[] {
  const plan: WriteAction[] = [];
  const produced = new Set<string>();
  for (const [path, id] of untouched) {
    produced.add(path);
    plan.push(isUnedited(existing.get(path) ?? '') ? { action: 'unchanged', path, id } : { action: 'kept-edited', path, id });
  }
  for (const article of articles) {
    const path = articlePath(article);
    produced.add(path);
    const text = textOf(article);
    const before = existing.get(path);
    if (before === undefined) plan.push({ action: 'create', path, text, id: article.id });
    else if (before === text) plan.push({ action: 'unchanged', path, id: article.id });
    else if (isUnedited(before)) plan.push({ action: 'update', path, text, id: article.id });
    else plan.push({ action: 'kept-edited', path, id: article.id });
  }
  for (const [path, text] of existing) {
    if (produced.has(path) || !path.endsWith('.md')) continue;
    const source = sourceFileOf(text);
    if (!source || !ingested.has(source)) continue;
    plan.push(isUnedited(text) ? { action: 'remove', path } : { action: 'kept-edited', path, id: null });
  }
  return plan.sort((a, b) => a.path.localeCompare(b.path));
}
