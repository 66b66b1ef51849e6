// One shard's search index (a quarter's: shards.ts): built by Pagefind into the cache, or found there when the shard's
// article files are the same as last time (the daily rebuild re-indexes only the current quarter). Runs in a worker
// thread of its own (shard-worker.ts), with its own Pagefind process: the shards of an archive are built side by side.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bodyOf } from '../../lib/frontmatter.ts';
import { paragraphsOf } from '../../lib/markdown/paragraphs.ts';
import type { ArticleMeta } from '../../lib/schema.ts';
import type { ShardKeys } from '../../lib/search/directory.ts';
import { documentKeys, KeySet } from '../../lib/search/document-keys.ts';
import { documentGrams, GramHashes } from '../../lib/search/phrase-filter.ts';
import { foldedTexts, runtimeDocument, searchDocument, type IndexedArticle } from '../../lib/search/records.ts';
import { patchRuntimeScript } from './runtime-script.ts';

/** An article file as the build lists it: its front matter is read, its body only when its shard is re-indexed. */
export interface ArticleFile {
  file: string;
  meta: ArticleMeta;
  /** sha256 of the file's text. */
  digest: string;
}

export interface ShardJob {
  shard: string;
  /** In id order. */
  articles: ArticleFile[];
  /** The cache key of the shard's index (build.ts shardKey): the files, the base and the indexing code. */
  key: string;
  /** The site's base path, ending in `/`: article URLs in the index start with it. */
  base: string;
  cacheDir: string;
}

export interface ShardIndex {
  shard: string;
  articles: number;
  /** The Pagefind output, to be linked into the site's `pagefind/` folder. */
  dir: string;
  /** False when it came from the cache. */
  built: boolean;
  /** Every index term of the shard, for the term directory. */
  keys: ShardKeys;
  /**
   * The hashes of the shard's grams, for the phrase filter (phrase-filter.ts); from the cache, only how many there
   * are: its bitmap is most often kept too, and cachedGrams reads them when it is not (build.ts).
   */
  phrases: Uint32Array<ArrayBuffer> | number;
}

// A cached shard: `index/` is Pagefind's output; the shard's index terms (directory.ts ShardKeys) in `keys.bin`, those
// of one or two code units as 32-bit numbers, and `keys.txt`, the others, one a line; `phrases.bin` its
// gram hashes (32-bit, in this machine's byte order: the cache is a machine's own).
const INDEX = 'index';
const SHORT_KEYS = 'keys.bin';
const LONG_KEYS = 'keys.txt';
const PHRASES = 'phrases.bin';

/** Pagefind's command line, as its npm package runs it (`npx pagefind`), with the binary the package installed. */
const PAGEFIND_CLI = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

/**
 * How many word positions (plus one per page) Pagefind puts in one file of the word index; its default is 20,000.
 * A query fetches one such file per bigram: for a year of 8,582 articles, the files are ~10 KB instead of ~32 KB,
 * and the metadata that lists them 109 KB instead of 93 KB, so a six-character phrase (five bigrams) costs ~156 KB
 * instead of ~250 KB, and a single bigram about the same (README, Search). Pagefind reads it from the environment
 * (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, pagefind/src/options.rs); test/cli/search-index.test.ts checks it still does.
 */
export const INDEX_CHUNK_SIZE = 5000;

/**
 * Indexes the documents with Pagefind's command line, from a folder of them made for it. Pagefind's Node API builds
 * the whole index twice before it writes it (its service's writeFiles builds, then its write_files builds again);
 * the command line builds once: a year of 8,582 articles took 25 s instead of 42 s (README, Benchmark).
 * `chunkSize` null leaves Pagefind's own.
 */
export async function runPagefind(documents: { url: string; content: string }[], output: string, chunkSize: number | null = INDEX_CHUNK_SIZE): Promise<void> {
  // Pagefind runs in the documents' folder, where a relative path would land (and be deleted with it).
  const outputPath = resolve(output);
  const site = mkdtempSync(join(tmpdir(), 'baoku-pagefind-'));
  try {
    // The URL a page gets is its path in the folder: /baoku/articles/2023-12-22-02-07/index.html.
    for (const doc of documents) {
      mkdirSync(join(site, doc.url), { recursive: true });
      writeFileSync(join(site, doc.url, 'index.html'), doc.content);
    }
    // Run from the folder, and without the PAGEFIND_* settings of the environment, so that no pagefind.yml or
    // variable of the project's changes how the index is made (PAGEFIND_KEEP_INDEX_URL would change its URLs, under
    // a cache key that does not know it; PAGEFIND_SERVE would never return). Only where the binary is stays.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_') || name.endsWith('_BINARY_PATH')));
    if (chunkSize !== null) env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(chunkSize);
    const args = [PAGEFIND_CLI, '--site', site, '--output-path', outputPath, '--quiet'];
    const run = await promisify(execFile)(process.execPath, args, { cwd: site, env, maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: Error & { stdout?: string; stderr?: string }) => {
        throw new Error(`Pagefind failed to index ${documents.length} articles: ${error.stderr || error.stdout || error.message}`, { cause: error });
      },
    );
    // Pagefind skips a page it cannot read with a warning, and succeeds: an index short of an article is a failure here.
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
    if (indexed !== documents.length) throw new Error(`Pagefind indexed ${indexed} of ${documents.length} articles: ${run.stderr || run.stdout}`);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

/** The article with its body as text, read from its file again (the build keeps only front matter in memory). */
function readBody({ file, meta }: ArticleFile): IndexedArticle {
  const body = bodyOf(readFileSync(file, 'utf8'));
  if (body === null) throw new Error(`${file} has no front matter any more: was it changed during the build?`);
  return { meta, paragraphs: paragraphsOf(body).paragraphs };
}

/** A cache entry found and used: the build drops entries left unused for a day (pagefind.ts pruneCache). */
function markUsed(cached: string): void {
  const now = new Date();
  utimesSync(cached, now, now);
}

/** True when the job's index is in the cache already: handing it over costs reading its terms, not indexing. */
export const isCached = ({ key, cacheDir }: Pick<ShardJob, 'key' | 'cacheDir'>) => [SHORT_KEYS, LONG_KEYS, PHRASES].every((file) => existsSync(join(cacheDir, key, file)));

/** The gram hashes of the shard whose cache entry is `entry`. */
export const cachedGrams = (entry: string) => readNumbers(join(entry, PHRASES));

/** A file of 32-bit numbers in this machine's byte order, in a buffer of their own. */
function readNumbers(file: string): Uint32Array<ArrayBuffer> {
  const bytes = readFileSync(file);
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export async function indexShard({ shard, articles: files, key, base, cacheDir }: ShardJob): Promise<ShardIndex> {
  const cached = join(cacheDir, key);
  const result = { shard, articles: files.length, dir: join(cached, INDEX) };
  if (isCached({ key, cacheDir })) {
    markUsed(cached);
    const keys = { short: readNumbers(join(cached, SHORT_KEYS)), long: readFileSync(join(cached, LONG_KEYS), 'utf8').split('\n').filter(Boolean) };
    return { ...result, built: false, keys, phrases: statSync(join(cached, PHRASES)).size / Uint32Array.BYTES_PER_ELEMENT };
  }
  const articles = files.map(readBody);
  const keys = new KeySet();
  const grams = new GramHashes();
  // Each article's texts are folded once, for its document, its terms and its grams alike.
  const documents = articles.map((article) => {
    const folded = foldedTexts(article);
    documentKeys(article, keys, folded);
    documentGrams(article, grams, folded);
    return { url: `${base}articles/${article.meta.id}/`, content: searchDocument(article, folded) };
  });
  const phrases = grams.distinct();
  const terms = keys.shardKeys();
  await cacheIndex(cached, documents, terms, phrases);
  return { ...result, built: true, keys: terms, phrases };
}

/**
 * Indexes the documents into the cache entry `cached`, with their terms. Written beside it and renamed into place
 * when whole: a build stopped half-way, or another build of the same index at the same time, never leaves a partial
 * index that looks complete.
 */
async function cacheIndex(cached: string, documents: { url: string; content: string }[], keys: ShardKeys, phrases: Uint32Array, finish = (_indexDir: string) => {}): Promise<void> {
  const partial = `${cached}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  await runPagefind(documents, join(partial, INDEX));
  finish(join(partial, INDEX));
  writeFileSync(join(partial, SHORT_KEYS), keys.short);
  writeFileSync(join(partial, LONG_KEYS), keys.long.join('\n'));
  writeFileSync(join(partial, PHRASES), phrases);
  rmSync(cached, { recursive: true, force: true });
  renameSync(partial, cached);
}

/**
 * The search page's Pagefind runtime (shards.ts RUNTIME): an index of one document that no search can return, and
 * Pagefind's script as the page runs it (runtime-script.ts), built once per version of the indexing code and kept
 * in the cache like a shard. Returns its Pagefind output.
 */
export async function indexRuntime({ key, cacheDir }: Pick<ShardJob, 'key' | 'cacheDir'>): Promise<string> {
  const cached = join(cacheDir, key);
  if (isCached({ key, cacheDir })) {
    markUsed(cached);
  } else {
    await cacheIndex(cached, [{ url: '/', content: runtimeDocument() }], { short: new Uint32Array(), long: [] }, new Uint32Array(), patchRuntimeScript);
  }
  return join(cached, INDEX);
}
