// A whole run: pages grouped into issues (one folder, one issue), and the issues' results put together in page
// order with ids made unique across issues. Pure; `npm run ingest` ingests the issues on worker threads in between.
import type { IssueResult, PageReport, SourcePage } from './issue.ts';
import type { Article } from '../schema.ts';

/** What merging needs of an article: its id, where it stands in the archive, and its source (for warnings). */
export type ArticleSlot = Pick<Article, 'id' | 'date' | 'page' | 'order' | 'source'>;

/** The part of an ArticleSlot that is posted: a fresh object, not a view of the article. */
export const slotOf = ({ id, date, page, order, source }: ArticleSlot): ArticleSlot => ({ id, date, page, order, source });

/**
 * An issue's result without its page reports, which the CLI carries as JSON (they are only reported); its articles
 * may come as slots only, the CLI carrying the rest as the Markdown files made from them.
 */
export interface IssueArticles<A extends ArticleSlot = Article> extends Omit<IssueResult, 'pages' | 'articles'> {
  articles: A[];
}

export type ArchiveResult<A extends ArticleSlot = Article> = IssueArticles<A>;

export function folderOf(file: string): string {
  const at = file.lastIndexOf('/');
  return at < 0 ? '' : file.slice(0, at);
}

/** Groups pages by folder, in a stable order (by path), so ids and output never depend on listing order. */
export function groupIssues(pages: SourcePage[]): Map<string, SourcePage[]> {
  const issues = new Map<string, SourcePage[]>();
  for (const page of [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const folder = folderOf(page.file);
    if (!issues.has(folder)) issues.set(folder, []);
    issues.get(folder)!.push(page);
  }
  return issues;
}

/**
 * Puts the issues' results together one at a time, in the order given, making ids unique across issues (two folders
 * that resolve to the same date). One at a time, so that a caller can write an issue's articles while later issues
 * are still being parsed.
 */
export class ArchiveMerger<A extends ArticleSlot = Article> {
  private readonly merged: ArchiveResult<A> = { articles: [], warnings: [], errors: [] };
  private readonly owner: Map<string, string>;

  /** @param taken ids already taken (article id → issue folder), by issues a re-run did not need to read again */
  constructor(taken: Map<string, string> = new Map()) {
    this.owner = new Map(taken);
  }

  /**
   * Adds the next issue's result, renaming its clashing ids in place; gives back its articles and the ids renamed
   * (old → new), for the issue's page reports (renameInPages).
   */
  add(folder: string, r: IssueArticles<A>): { articles: A[]; renamed: Map<string, string> } {
    const renamed = new Map<string, string>();
    for (const article of r.articles) {
      const clash = this.owner.get(article.id);
      if (clash !== undefined) {
        // Two folders resolved to the same date: keep both, with the second id made distinct, and say so.
        let n = 2;
        while (this.owner.has(`${article.id}-${n}`)) n++;
        const id = `${article.id}-${n}`;
        r.warnings.push({ file: article.source.file, line: article.source.lines[0], code: 'id-clash',
          message: `${article.source.file}: its issue has the same date and page as the issue in ${clash || 'the archive root'}; the article is saved as ${id}. Give the issues distinct dates in an issue.yaml.` });
        renamed.set(article.id, id);
        article.id = id;
      }
      this.owner.set(article.id, folder);
    }
    this.merged.articles.push(...r.articles);
    this.merged.warnings.push(...r.warnings);
    this.merged.errors.push(...r.errors);
    return { articles: r.articles, renamed };
  }

  /** Everything added so far, articles in reading order (date, page, order). */
  result(): ArchiveResult<A> {
    this.merged.articles.sort((a, b) => a.date.localeCompare(b.date) || a.page - b.page || a.order - b.order || a.id.localeCompare(b.id));
    return this.merged;
  }
}

/** Page reports that name articles by the ids ArchiveMerger renamed, brought in step (in place). */
export function renameInPages(pages: PageReport[], renamed: Map<string, string>): PageReport[] {
  for (const page of pages) {
    page.articles = page.articles.map((id) => renamed.get(id) ?? id);
    for (const range of page.lines) if (range.article) range.article = renamed.get(range.article) ?? range.article;
  }
  return pages;
}
