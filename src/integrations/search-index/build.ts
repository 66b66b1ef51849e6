// The whole search index of a site: every article read from the collection's Markdown files, grouped by shard (a
// quarter: shards.ts), each shard indexed by Pagefind in a worker of its own (up to `threads` at once), and the term
// directory and phrase filter that tell the search page which shards can match a query. Runs in a process of its own
// (build-process.ts), while the pages render: the index is made from the articles, not from the built HTML, so it need
// not wait for them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { articleFiles, splitFrontMatter } from '../../lib/frontmatter.ts';
import { articleMetaSchema, describeSchemaIssues, schemaErrorMap } from '../../lib/schema.ts';
import { TermDirectoryBuilder } from '../../lib/search/directory.ts';
import { PhraseFilterBuilder, placeShard } from '../../lib/search/phrase-filter.ts';
import { byShard, RUNTIME, shardOf } from '../../lib/search/shards.ts';
import { sourceDigest } from '../../lib/source-digest.ts';
import { cachedGrams, indexRuntime, isCached, type ArticleFile, type ShardIndex, type ShardJob } from './shard-index.ts';

export interface SearchIndexJob {
  articlesDir: string;
  base: string;
  cacheDir: string;
  threads: number;
}

export interface SearchIndexPlan {
  articles: number;
  /** Newest shard first. */
  shards: Omit<ShardIndex, 'keys' | 'phrases'>[];
  /** The files of the term directory and of the phrase filter: path under `pagefind/` → contents. */
  directory: [string, string | Uint8Array][];
  /** The Pagefind output of the runtime index (shards.ts RUNTIME). */
  runtime: string;
}

/**
 * Everything besides the articles that a shard's index is made from: the code that turns an article file into a
 * search document and its terms, and (in the lockfile) the packages it uses. A change to any of them re-indexes
 * every shard.
 */
const indexingCode = () => sourceDigest(['src/lib/search', 'src/lib/markdown', 'src/integrations/search-index', 'src/lib/schema.ts', 'src/lib/frontmatter.ts']);

/** Every article file with its front matter read (checked by the schema) and a digest of its whole text. */
export function readArticleFiles(dir: string): ArticleFile[] {
  const articles: ArticleFile[] = [];
  for (const file of articleFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const parts = splitFrontMatter(text);
    if (!parts) throw new Error(`${file} has no front matter: it must start with a line of three dashes, as ingest writes it.`);
    // The content collection refuses such a file with the same schema; this only keeps the types honest.
    const meta = articleMetaSchema.safeParse(parts.data, { error: schemaErrorMap });
    if (!meta.success) throw new Error(describeSchemaIssues(meta.error, file).join('\n'));
    articles.push({ file, meta: meta.data, digest: createHash('sha256').update(text).digest('hex') });
  }
  return articles.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
}

/**
 * A shard's cache key, from what its index is made of: the article files (so only the shards whose files changed are
 * read again and re-indexed; a cached shard's bodies are never even parsed), the base of the article URLs, the code.
 */
export function shardKey(articles: ArticleFile[], base: string, code: string): string {
  const hash = createHash('sha256').update(code).update('\0').update(base).update('\0');
  for (const article of articles) hash.update(article.meta.id).update('\0').update(article.digest).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/**
 * Runs the jobs on `threads` shard workers, largest shard first so that no worker is left with a big one at the end;
 * each shard's index is handed to `done` as soon as it is ready.
 */
async function indexShards(jobs: ShardJob[], threads: number, done: (shard: ShardIndex) => void): Promise<void> {
  // Shards to index first, largest first; the cached ones after, their terms read while Pagefind writes (in the
  // daily build the newest shard, often the smallest, would otherwise wait behind every cached one).
  const cached = new Map(jobs.map((job) => [job, isCached(job)]));
  const queue = [...jobs].sort((a, b) => Number(cached.get(a)) - Number(cached.get(b)) || b.articles.length - a.articles.length);
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./shard-worker.ts', import.meta.url));
      // The job in hand, so that a failure names the shard it stopped (`2024-q3`, 2,140 articles).
      let current: ShardJob | null = null;
      const shard = () => (current ? `the search index of ${current.shard} (${current.articles.length} articles)` : 'a search index');
      const next = () => worker.postMessage((current = queue.shift() ?? null));
      worker.on('message', (message: { ok: true; result: ShardIndex } | { ok: false; error: string }) => {
        if (!message.ok) {
          reject(new Error(`Building ${shard()} failed: ${message.error}`));
          void worker.terminate();
          return;
        }
        done(message.result);
        next();
      });
      worker.on('error', (error) => reject(new Error(`The worker building ${shard()} stopped`, { cause: error })));
      worker.on('exit', () => resolve());
      next();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, runWorker));
}

/**
 * A shard's bitmap in the phrase filter, kept in its index's cache entry beside the gram hashes it is made from: the
 * same hashes and bits always give the same bitmap, and a daily build then places only the new shard's grams. A
 * shard from the cache comes without its hashes (`null`): they are read from the entry only if it has no bitmap of
 * these bits.
 */
function keptBitmap(entry: string, bits: number, hashes: Uint32Array | null): Uint8Array {
  const file = join(entry, `phrases-${bits}.bitmap`);
  const kept = existsSync(file) ? readFileSync(file) : null;
  if (kept?.length === 2 ** bits / 8) return kept;
  const bitmap = placeShard(hashes ?? cachedGrams(entry), bits);
  // Whole or not at all: another build may read it at the same time.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bitmap);
  renameSync(partial, file);
  return bitmap;
}

export async function buildSearchIndex({ articlesDir, base, cacheDir, threads }: SearchIndexJob): Promise<SearchIndexPlan> {
  const articles = readArticleFiles(articlesDir);
  const shards = byShard(articles, (a) => shardOf(a.meta.date));
  const code = indexingCode();
  const directory = new TermDirectoryBuilder(shards.map(([shard]) => shard));
  const phrases = new PhraseFilterBuilder(shards.map(([shard]) => shard));
  const built: SearchIndexPlan['shards'] = [];
  const jobs = shards.map(([shard, list]): ShardJob => ({ shard, articles: list, key: shardKey(list, base, code), base, cacheDir }));
  const [runtime] = await Promise.all([
    // Keyed by the code alone: no articles, and in place of a base one no site has, so no shard's key can be its.
    indexRuntime({ key: shardKey([], RUNTIME, code), cacheDir }),
    indexShards(jobs, threads, ({ keys, phrases: grams, ...shard }) => {
      directory.add(shard.shard, keys);
      phrases.add(shard.shard, grams);
      built.push(shard);
    }),
  ]);
  const order = new Map(shards.map(([shard], i) => [shard, i]));
  built.sort((a, b) => order.get(a.shard)! - order.get(b.shard)!);
  const keys = new Map(jobs.map((job) => [job.shard, job.key]));
  const bitmaps = (shard: string, bits: number, hashes: Uint32Array | null) => keptBitmap(join(cacheDir, keys.get(shard)!), bits, hashes);
  return { articles: articles.length, shards: built, directory: [...directory.files(), ...phrases.files(bitmaps)], runtime };
}
