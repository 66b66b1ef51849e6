// The whole search index of a site: every article read from the collection's Markdown files, grouped by year, each
// year indexed by Pagefind in a worker of its own (up to `threads` at once), and the term directory that tells the
// search page which years can match a query. Runs in a process of its own (build-process.ts), while the pages render:
// the index is made from the articles, not from the built HTML, so it need not wait for them.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { articleFiles, splitFrontMatter } from '../../lib/frontmatter.ts';
import { paragraphsOf } from '../../lib/markdown/paragraphs.ts';
import { articleMetaSchema, describeSchemaIssues } from '../../lib/schema.ts';
import { TermDirectoryBuilder } from '../../lib/search/directory.ts';
import type { IndexedArticle } from '../../lib/search/records.ts';
import { byYear } from '../../lib/search/shards.ts';
import type { YearIndex, YearJob } from './year-index.ts';

export interface SearchIndexJob {
  articlesDir: string;
  base: string;
  cacheDir: string;
  threads: number;
}

export interface SearchIndexPlan {
  articles: number;
  /** Newest year first. */
  years: Omit<YearIndex, 'keys'>[];
  /** The term directory's files: path under `pagefind/` → text. */
  directory: [string, string][];
}

export function readArticles(dir: string): IndexedArticle[] {
  const articles: IndexedArticle[] = [];
  for (const file of articleFiles(dir)) {
    const parts = splitFrontMatter(readFileSync(file, 'utf8'));
    const meta = articleMetaSchema.safeParse(parts?.data);
    // The content collection refuses such a file with the same schema; this only keeps the types honest.
    if (!parts || !meta.success) throw new Error(meta.error ? describeSchemaIssues(meta.error, file).join('\n') : `${file} has no front matter`);
    articles.push({ meta: meta.data, paragraphs: paragraphsOf(parts.body).paragraphs });
  }
  return articles.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
}

/**
 * Runs the jobs on `threads` year workers, largest year first so that no worker is left with a big one at the end;
 * each year's index is handed to `done` as soon as it is ready.
 */
async function indexYears(jobs: YearJob[], threads: number, done: (year: YearIndex) => void): Promise<void> {
  const queue = [...jobs].sort((a, b) => b.articles.length - a.articles.length);
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./year-worker.ts', import.meta.url));
      const next = () => worker.postMessage(queue.shift() ?? null);
      worker.on('message', (message: { ok: true; result: YearIndex } | { ok: false; error: string }) => {
        if (!message.ok) {
          reject(new Error(`Building a year's search index failed: ${message.error}`));
          void worker.terminate();
          return;
        }
        done(message.result);
        next();
      });
      worker.on('error', (error) => reject(new Error('A search index worker stopped', { cause: error })));
      worker.on('exit', () => resolve());
      next();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, runWorker));
}

export async function buildSearchIndex({ articlesDir, base, cacheDir, threads }: SearchIndexJob): Promise<SearchIndexPlan> {
  const articles = readArticles(articlesDir);
  const years = byYear(articles, (a) => a.meta.date.slice(0, 4));
  const directory = new TermDirectoryBuilder(years.map(([year]) => year));
  const built: SearchIndexPlan['years'] = [];
  await indexYears(years.map(([year, list]) => ({ year, articles: list, base, cacheDir })), threads, ({ keys, ...year }) => {
    directory.add(year.year, keys);
    built.push(year);
  });
  const order = new Map(years.map(([year], i) => [year, i]));
  built.sort((a, b) => order.get(a.year)! - order.get(b.year)!);
  return { articles: articles.length, years: built, directory: [...directory.files()] };
}
