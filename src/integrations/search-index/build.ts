// The whole search index of a site: every article read from the collection's Markdown files, grouped by year, each
// year indexed by Pagefind in a worker of its own (up to `threads` at once), and the term directory and phrase filter
// that tell the search page which years can match a query. Runs in a process of its own (build-process.ts), while
// the pages render: the index is made from the articles, not from the built HTML, so it need not wait for them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { articleFiles, splitFrontMatter } from '../../lib/frontmatter.ts';
import { articleMetaSchema, describeSchemaIssues } from '../../lib/schema.ts';
import { TermDirectoryBuilder } from '../../lib/search/directory.ts';
import { PhraseFilterBuilder, placeYear } from '../../lib/search/phrase-filter.ts';
import { byYear, RUNTIME } from '../../lib/search/shards.ts';
import { sourceDigest } from '../../lib/source-digest.ts';
import { indexRuntime, isCached, type ArticleFile, type YearIndex, type YearJob } from './year-index.ts';

export interface SearchIndexJob {
  articlesDir: string;
  base: string;
  cacheDir: string;
  threads: number;
}

export interface SearchIndexPlan {
  articles: number;
  /** Newest year first. */
  years: Omit<YearIndex, 'keys' | 'phrases'>[];
  /** The files of the term directory and of the phrase filter: path under `pagefind/` → contents. */
  directory: [string, string | Uint8Array][];
  /** The Pagefind output of the runtime index (shards.ts RUNTIME). */
  runtime: string;
}

/**
 * Everything besides the articles that a year's index is made from: the code that turns an article file into a
 * search document and its terms, and (in the lockfile) the packages it uses. A change to any of them re-indexes
 * every year.
 */
const indexingCode = () => sourceDigest(['src/lib/search', 'src/lib/markdown', 'src/integrations/search-index', 'src/lib/schema.ts', 'src/lib/frontmatter.ts']);

/** Every article file with its front matter read (checked by the schema) and a digest of its whole text. */
export function readArticleFiles(dir: string): ArticleFile[] {
  const articles: ArticleFile[] = [];
  for (const file of articleFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const parts = splitFrontMatter(text);
    const meta = articleMetaSchema.safeParse(parts?.data);
    // The content collection refuses such a file with the same schema; this only keeps the types honest.
    if (!parts || !meta.success) throw new Error(meta.error ? describeSchemaIssues(meta.error, file).join('\n') : `${file} has no front matter`);
    articles.push({ file, meta: meta.data, digest: createHash('sha256').update(text).digest('hex') });
  }
  return articles.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
}

/**
 * A year's cache key, from what its index is made of: the article files (so only the years whose files changed are
 * read again and re-indexed; a cached year's bodies are never even parsed), the base of the article URLs, the code.
 */
export function yearKey(articles: ArticleFile[], base: string, code: string): string {
  const hash = createHash('sha256').update(code).update('\0').update(base).update('\0');
  for (const article of articles) hash.update(article.meta.id).update('\0').update(article.digest).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/**
 * Runs the jobs on `threads` year workers, largest year first so that no worker is left with a big one at the end;
 * each year's index is handed to `done` as soon as it is ready.
 */
async function indexYears(jobs: YearJob[], threads: number, done: (year: YearIndex) => void): Promise<void> {
  // Years to index first, largest first; the cached ones after, their terms read while Pagefind writes (in the
  // daily build the newest year, often the smallest, would otherwise wait behind every cached one).
  const cached = new Map(jobs.map((job) => [job, isCached(job)]));
  const queue = [...jobs].sort((a, b) => Number(cached.get(a)) - Number(cached.get(b)) || b.articles.length - a.articles.length);
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

/**
 * A year's bitmap in the phrase filter, kept in its index's cache entry beside the gram hashes it is made from: the
 * same hashes and bits always give the same bitmap, and a daily build then places only the new year's grams.
 */
function keptBitmap(entry: string, bits: number, hashes: Uint32Array): Uint8Array {
  const file = join(entry, `phrases-${bits}.bitmap`);
  const kept = existsSync(file) ? readFileSync(file) : null;
  if (kept?.length === 2 ** bits / 8) return kept;
  const bitmap = placeYear(hashes, bits);
  // Whole or not at all: another build may read it at the same time.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bitmap);
  renameSync(partial, file);
  return bitmap;
}

export async function buildSearchIndex({ articlesDir, base, cacheDir, threads }: SearchIndexJob): Promise<SearchIndexPlan> {
  const articles = readArticleFiles(articlesDir);
  const years = byYear(articles, (a) => a.meta.date.slice(0, 4));
  const code = indexingCode();
  const directory = new TermDirectoryBuilder(years.map(([year]) => year));
  const phrases = new PhraseFilterBuilder(years.map(([year]) => year));
  const built: SearchIndexPlan['years'] = [];
  const jobs = years.map(([year, list]): YearJob => ({ year, articles: list, key: yearKey(list, base, code), base, cacheDir }));
  const [runtime] = await Promise.all([
    // Keyed by the code alone: no articles, and in place of a base one no site has, so no year's key can be its.
    indexRuntime({ key: yearKey([], RUNTIME, code), cacheDir }),
    indexYears(jobs, threads, ({ keys, phrases: grams, ...year }) => {
      directory.add(year.year, keys);
      phrases.add(year.year, grams);
      built.push(year);
    }),
  ]);
  const order = new Map(years.map(([year], i) => [year, i]));
  built.sort((a, b) => order.get(a.year)! - order.get(b.year)!);
  const keys = new Map(jobs.map((job) => [job.year, job.key]));
  const bitmaps = (year: string, bits: number, hashes: Uint32Array) => keptBitmap(join(cacheDir, keys.get(year)!), bits, hashes);
  return { articles: articles.length, years: built, directory: [...directory.files(), ...phrases.files(bitmaps)], runtime };
}
