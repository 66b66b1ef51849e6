// One year's search index: built by Pagefind into the cache, or found there when the year's search documents are
// the same as last time (the daily rebuild re-indexes only the current year). Runs in a worker thread of its own
// (year-worker.ts), with its own Pagefind process: the years of an archive are built side by side.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { documentKeys } from '../../lib/search/directory.ts';
import { searchDocument, type IndexedArticle } from '../../lib/search/records.ts';

const PAGEFIND_VERSION = JSON.parse(readFileSync(fileURLToPath(new URL('../../../node_modules/pagefind/package.json', import.meta.url)), 'utf8')).version as string;

export interface YearJob {
  year: string;
  articles: IndexedArticle[];
  /** The site's base path, ending in `/`: article URLs in the index start with it. */
  base: string;
  cacheDir: string;
}

export interface YearIndex {
  year: string;
  articles: number;
  /** The Pagefind output, to be linked into the site's `pagefind/` folder. */
  dir: string;
  /** False when it came from the cache. */
  built: boolean;
  /** Every index term of the year, for the term directory. */
  keys: string[];
}

// A cached year: `index/` is Pagefind's output, `keys.txt` the year's index terms, one a line.
const INDEX = 'index';
const KEYS = 'keys.txt';

async function runPagefind(documents: { url: string; content: string }[], outputPath: string): Promise<void> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length) throw new Error(`Pagefind failed to ${step}: ${errors.join('; ')}`);
  };
  const { index, errors } = await pagefind.createIndex({});
  fail('start', errors);
  for (const doc of documents) fail(`index ${doc.url}`, (await index!.addHTMLFile(doc)).errors);
  fail('write the index', (await index!.writeFiles({ outputPath })).errors);
  await index!.deleteIndex();
}

export async function indexYear({ year, articles, base, cacheDir }: YearJob): Promise<YearIndex> {
  const documents = articles.map((article) => ({ url: `${base}articles/${article.meta.id}/`, content: searchDocument(article) }));
  const hash = createHash('sha256').update(PAGEFIND_VERSION);
  for (const doc of documents) hash.update(doc.url).update('\0').update(doc.content).update('\0');
  const cached = join(cacheDir, hash.digest('hex').slice(0, 32));
  const result = { year, articles: articles.length, dir: join(cached, INDEX) };
  if (existsSync(join(cached, KEYS))) {
    const now = new Date();
    utimesSync(cached, now, now);
    return { ...result, built: false, keys: readFileSync(join(cached, KEYS), 'utf8').split('\n').filter(Boolean) };
  }
  const keys = new Set<string>();
  for (const article of articles) for (const key of documentKeys(article)) keys.add(key);
  // Written beside the cache entry and renamed into place when whole: a build stopped half-way, or another build
  // of the same year at the same time, never leaves a partial index that looks complete.
  const partial = `${cached}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  await runPagefind(documents, join(partial, INDEX));
  writeFileSync(join(partial, KEYS), [...keys].join('\n'));
  rmSync(cached, { recursive: true, force: true });
  renameSync(partial, cached);
  return { ...result, built: true, keys: [...keys] };
}

/** Ends the worker's Pagefind process. */
export const closePagefind = () => pagefind.close();
