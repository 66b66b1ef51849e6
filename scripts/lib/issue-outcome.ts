// What an ingest worker (ingest-worker.ts) posts for each issue, and how the main thread reads it. Apart from the
// worker's module, which starts working as soon as it is imported.
import type { ArticleSlot, IssueArticles } from '../../src/lib/ingest/archive.ts';

/** What a worker posts for each issue. */
export interface IssueOutcome {
  index: number;
  /** The issue's cache key, made from the bytes the worker read. */
  key: string;
  /**
   * The articles as slots (the rest is in `files`), unless the CLI asked for them whole (--json): copying whole
   * articles to the main thread cost a tenth of a worker's time, and only their files are written.
   */
  result: IssueArticles<ArticleSlot>;
  /** The issue's page reports, serialised in the worker, in parallel, as UTF-8 (ingest-report.ts). */
  pages: Uint8Array<ArrayBuffer>;
  /**
   * Each article's Markdown file, UTF-8, end to end; `fileEnds[i]` is where article i's ends. Serialising is as
   * costly as parsing, and as parallel. As bytes, both are handed over without a copy (a transfer) and written as
   * they are: copying them as strings took an eighth of a worker's time, and decoding them much of the main thread's.
   */
  files: Uint8Array<ArrayBuffer>;
  fileEnds: number[];
}

/** Article i's file in an outcome. */
export const fileOf = (outcome: IssueOutcome, i: number): Uint8Array => outcome.files.subarray(i ? outcome.fileEnds[i - 1] : 0, outcome.fileEnds[i]);

/** What a worker is started with: whether to post the articles' bodies too. */
export interface WorkerOptions {
  withBodies: boolean;
}
