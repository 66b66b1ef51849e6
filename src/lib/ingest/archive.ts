// A whole run: pages grouped into issues (one folder, one issue), each issue ingested, the results put in
// page order and checked for id clashes. Pure, like the stages it drives.
import { ingestIssue, type IngestWarning, type IssueResult, type SourcePage } from './issue.ts';
import type { IssueManifest } from './manifest.ts';
import type { PaperSettings } from './settings.ts';
import type { Article } from '../schema.ts';

export interface ArchiveIssueInput {
  folder: string;
  pages: SourcePage[];
  manifest: IssueManifest | null;
  settings: PaperSettings;
}

export interface ArchiveResult {
  articles: Article[];
  warnings: IngestWarning[];
  errors: IngestWarning[];
  pages: IssueResult['pages'];
}

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

export function ingestArchive(issues: ArchiveIssueInput[], onIssue?: (pages: number) => void): ArchiveResult {
  const result: ArchiveResult = { articles: [], warnings: [], errors: [], pages: [] };
  const owner = new Map<string, string>();
  for (const issue of issues) {
    const r = ingestIssue(issue);
    for (const article of r.articles) {
      const clash = owner.get(article.id);
      if (clash) {
        // Two folders resolved to the same date: keep both, with the second id made distinct, and say so.
        let n = 2;
        while (owner.has(`${article.id}-${n}`)) n++;
        const id = `${article.id}-${n}`;
        r.warnings.push({ file: article.source.file, line: article.source.lines[0], code: 'id-clash',
          message: `${article.source.file}: its issue has the same date and page as the issue in ${clash || "the archive root"}; the article is saved as ${id}. Give the issues distinct dates in an issue.yaml.` });
        article.id = id;
      }
      owner.set(article.id, issue.folder);
    }
    result.articles.push(...r.articles);
    result.warnings.push(...r.warnings);
    result.errors.push(...r.errors);
    result.pages.push(...r.pages);
    onIssue?.(issue.pages.length);
  }
  result.articles.sort((a, b) => a.date.localeCompare(b.date) || a.page - b.page || a.order - b.order || a.id.localeCompare(b.id));
  return result;
}
