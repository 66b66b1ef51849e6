// A worker thread of `npm run ingest`: reads and ingests the issues it is given, and posts each result back with the
// Markdown file of each article and the issue's page reports as the report file will hold them.
// Issues are independent, so on a machine with several cores they are spread over workers.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ingestIssue } from '../../src/lib/ingest/issue.ts';
import { slotOf } from '../../src/lib/ingest/archive.ts';
import { articleFile } from '../../src/lib/ingest/markdown.ts';
import type { IssueManifest } from '../../src/lib/ingest/manifest.ts';
import type { PaperSettings } from '../../src/lib/ingest/settings.ts';
import { codeVersion, issueKey } from './ingest-cache.ts';
import { pageReportsJson } from './ingest-report.ts';
import type { IssueOutcome, WorkerShare } from './issue-outcome.ts';

export interface WorkerIssue {
  index: number;
  folder: string;
  files: string[];
  manifest: IssueManifest | null;
  settings: PaperSettings;
}

const encoder = new TextEncoder();

const code = codeVersion();
const { issues, withBodies } = workerData as WorkerShare<WorkerIssue>;
for (const issue of issues) {
  const pages = issue.files.map((file) => ({ file, bytes: readFileSync(file) }));
  const key = issueKey(code, issue, pages.map((page) => page.bytes));
  const { pages: reports, articles, ...rest } = ingestIssue({ folder: issue.folder, pages, manifest: issue.manifest, settings: issue.settings });
  const files = articles.map(articleFile);
  const result = { ...rest, articles: withBodies ? articles : articles.map(slotOf) };
  let end = 0;
  const fileEnds = files.map((file) => (end += Buffer.byteLength(file)));
  const outcome: IssueOutcome = { index: issue.index, key, result, pages: pageReportsJson(reports), files: encoder.encode(files.join('')), fileEnds };
  parentPort!.postMessage(outcome, [outcome.pages.buffer, outcome.files.buffer]);
}
