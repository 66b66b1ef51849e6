// A worker thread of `npm run ingest`: reads and ingests the issues it is given, and posts each result back with the
// Markdown file of each article and the issue's page reports as the report file will hold them.
// Issues are independent, so on a machine with several cores they are spread over workers.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { IssueArticles } from '../../src/lib/ingest/archive.ts';
import { ingestIssue } from '../../src/lib/ingest/issue.ts';
import { articleFile } from '../../src/lib/ingest/markdown.ts';
import type { IssueManifest } from '../../src/lib/ingest/manifest.ts';
import type { PaperSettings } from '../../src/lib/ingest/settings.ts';
import { codeVersion, issueKey } from './ingest-cache.ts';
import { pageReportsJson } from './ingest-report.ts';

export interface WorkerIssue {
  index: number;
  folder: string;
  files: string[];
  manifest: IssueManifest | null;
  settings: PaperSettings;
}

/** What a worker posts for each issue. */
export interface IssueOutcome {
  index: number;
  /** The issue's cache key, made from the bytes the worker read. */
  key: string;
  result: IssueArticles;
  /** The issue's page reports, serialised here, in parallel (ingest-report.ts). */
  pages: string;
  /** Each article's Markdown file: serialising is as costly as parsing, and as parallel. */
  files: string[];
}

const code = codeVersion();
for (const issue of workerData as WorkerIssue[]) {
  const pages = issue.files.map((file) => ({ file, bytes: readFileSync(file) }));
  const key = issueKey(code, issue, pages.map((page) => page.bytes));
  const { pages: reports, ...result } = ingestIssue({ folder: issue.folder, pages, manifest: issue.manifest, settings: issue.settings });
  const outcome: IssueOutcome = { index: issue.index, key, result, pages: pageReportsJson(reports), files: result.articles.map(articleFile) };
  parentPort!.postMessage(outcome);
}
