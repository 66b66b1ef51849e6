// A worker thread of `npm run ingest`: reads and ingests the issues it is sent, and posts each result back with the
// Markdown file of each article and the issue's page reports as the report file will hold them. Issues are
// independent, so on a machine with several cores they are spread over workers (ingest-workers.ts).
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ingestIssue } from '../../src/lib/ingest/issue.ts';
import { slotOf } from '../../src/lib/ingest/archive.ts';
import { ArticleFiles } from '../../src/lib/ingest/markdown.ts';
import type { IssueManifest } from '../../src/lib/ingest/manifest.ts';
import type { PaperSettings } from '../../src/lib/ingest/settings.ts';
import { codeVersion, issueKey } from './ingest-cache.ts';
import { pageReportsJson } from './ingest-report.ts';
import type { IssueOutcome, WorkerOptions } from './issue-outcome.ts';

export interface WorkerIssue {
  index: number;
  folder: string;
  files: string[];
  manifest: IssueManifest | null;
  settings: PaperSettings;
}

const code = codeVersion();
const { withBodies } = workerData as WorkerOptions;

function ingestOne(issue: WorkerIssue): IssueOutcome {
  const pages = issue.files.map((file) => ({ file, bytes: readFileSync(file) }));
  const key = issueKey(code, issue, pages.map((page) => page.bytes));
  const { pages: reports, articles, ...rest } = ingestIssue({ folder: issue.folder, pages, manifest: issue.manifest, settings: issue.settings });
  // The issue's files end to end in one buffer, to be transferred.
  const files = new ArticleFiles();
  for (const article of articles) files.add(article);
  const result = { ...rest, articles: withBodies ? articles : articles.map(slotOf) };
  return { index: issue.index, key, result, pages: pageReportsJson(reports), files: files.bytes, fileEnds: files.ends };
}

// Issues come a few at a time, and their outcomes go back together; null means there are no more, and the thread
// ends once its port is closed.
parentPort!.on('message', (issues: WorkerIssue[] | null) => {
  if (!issues) return parentPort!.close();
  const outcomes = issues.map(ingestOne);
  parentPort!.postMessage(outcomes, outcomes.flatMap((outcome) => [outcome.pages.buffer, outcome.files.buffer]));
});
