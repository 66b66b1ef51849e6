// Builds the search index with the site, as Starlight does, with Pagefind (its command line: shard-index.ts says why):
// one index per quarter of a year (src/lib/search/shards.ts), a term directory (src/lib/search/directory.ts) and a
// phrase filter (src/lib/search/phrase-filter.ts). Articles are read from the collection's Markdown files and indexed
// as search documents (src/lib/search/records.ts), so the index holds article text only, in the bigram encoding that
// gives Chinese queries exact recall.
// Because the index is made from the articles and not from the built pages, it starts as soon as `astro build` has its
// config (astro:config:done), in a process of its own, beside Astro's content sync and page rendering, and is put in
// place when the pages are done (astro:build:done).
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import type { AstroIntegration } from 'astro';
import { RUNTIME, shardPath, SHARD_LIST, SHARDS, type ShardList } from '../lib/search/shards.ts';
import { linkTree } from './link-tree.ts';
import { discardInBackground, takeRecord } from './output-dir.ts';
import type { SearchIndexJob, SearchIndexPlan } from './search-index/build.ts';

/**
 * Built shard indexes, by a hash of their documents: kept like other tools' caches, safe to delete.
 * BAOKU_SEARCH_CACHE puts it elsewhere (the benchmark starts from an empty one).
 */
const CACHE = process.env['BAOKU_SEARCH_CACHE'] ?? fileURLToPath(new URL('../../node_modules/.cache/baoku/pagefind/', import.meta.url));

/** Starts building the index in a child process (search-index/build-process.ts). */
function startSearchIndex(job: SearchIndexJob): Promise<SearchIndexPlan> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./search-index/build-process.ts', import.meta.url)), { serialization: 'advanced' });
    child.once('message', (message: { ok: true; plan: SearchIndexPlan } | { ok: false; error: string }) =>
      message.ok ? resolve(message.plan) : reject(new Error(`Building the search index failed: ${message.error}`)),
    );
    child.once('error', (error) => reject(new Error('The search index process could not run', { cause: error })));
    // 'close', not 'exit': it comes after the last message through the channel, so a finished plan is never lost.
    child.once('close', (code, signal) => reject(new Error(`The search index process ended (${signal ?? `code ${code}`}) before it was done`)));
    child.send(job);
  });
}

/**
 * Which cache folder each index folder of a site's `pagefind/` was last linked from (by its path there: `runtime/`,
 * `shards/2019-q1/`), written once they are all in place. A build deletes it before it touches the folder, so after
 * one that stopped half-way nothing there is trusted.
 */
interface LinkRecord {
  root: string;
  folders: Record<string, string>;
}

const LINK_RECORD = join(CACHE, 'linked.json');

/** The folders the last build linked into `root`; none (every folder linked anew) if it was another site's. */
function takeLinkRecord(root: string): Record<string, string> {
  const record = takeRecord<LinkRecord>(LINK_RECORD);
  return record?.root === root ? record.folders : {};
}

/**
 * Puts the index in the site's `pagefind/` folder: each shard's (and the runtime's) folder of hard links, kept as it
 * is when the last build linked it from the same cache folder (a daily build changes one shard, and linking a
 * decade's ~157,000 files again took ~30 s on this machine's disk), then the term directory, the phrase filter
 * and the shard list, written anew. Everything else there is moved aside and deleted in the background.
 * Returns how many index folders were kept.
 */
function placeIndex(plan: SearchIndexPlan, outDir: string): number {
  const root = join(outDir, 'pagefind');
  const folders = new Map<string, string>([[RUNTIME, plan.runtime], ...plan.shards.map((shard): [string, string] => [shardPath(shard.shard), shard.dir])]);
  const last = takeLinkRecord(root);
  const kept = new Set([...folders].filter(([path, from]) => last[path] === from && existsSync(join(root, path))).map(([path]) => path));
  const entries = (folder: string) => (existsSync(join(root, folder)) ? readdirSync(join(root, folder), { withFileTypes: true }) : []);
  const stale = [
    ...entries('').filter((entry) => entry.name !== SHARDS && !kept.has(`${entry.name}/`)),
    ...entries(SHARDS).filter((entry) => !kept.has(`${SHARDS}/${entry.name}/`)),
  ];
  discardInBackground(outDir, stale.map((entry) => join(entry.parentPath, entry.name)));
  for (const [path, from] of folders) if (!kept.has(path)) linkTree(from, join(root, path));
  mkdirSync(root, { recursive: true });
  for (const [path, contents] of plan.directory) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  const list: ShardList = { shards: plan.shards.map((s) => s.shard), articles: Object.fromEntries(plan.shards.map((s) => [s.shard, s.articles])) };
  writeFileSync(join(root, SHARD_LIST), JSON.stringify(list));
  writeFileSync(LINK_RECORD, JSON.stringify({ root, folders: Object.fromEntries(folders) } satisfies LinkRecord));
  return kept.size;
}

/** Shard indexes not used for a day are dropped: each day's build of the current quarter would otherwise pile up. */
function pruneCache(): void {
  if (!existsSync(CACHE)) return;
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}

export default function pagefindIndex({ articlesDir, threads = Number(process.env['BAOKU_INDEX_THREADS']) || Math.min(2, availableParallelism()) }: { articlesDir: string; threads?: number }): AstroIntegration {
  let building = false;
  let indexing: Promise<SearchIndexPlan> | null = null;
  let started = 0;
  /** When the index was ready to be placed: which of it and the pages a build waits for, the log says. */
  let ready = 0;
  return {
    name: 'baoku:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        // The index is made from the article files alone, which ingest has written before the build: it starts
        // now, beside Astro's content sync (~60 s on one core at 100,000 articles), not after it.
        started = performance.now();
        indexing = startSearchIndex({ articlesDir, base: config.base.replace(/\/?$/u, '/'), cacheDir: CACHE, threads });
        // Awaited at astro:build:done; a failure before then must not end the build as an unhandled rejection.
        indexing.then(() => (ready = performance.now()), () => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pagesDone = performance.now();
        const plan = await indexing!;
        const kept = placeIndex(plan, fileURLToPath(dir).replace(/\/$/u, ''));
        pruneCache();
        const rebuilt = plan.shards.filter((s) => s.built).length;
        const lead = Math.round(pagesDone - ready);
        const order = lead >= 0 ? `ready ${lead} ms before the pages` : `ready ${-lead} ms after the pages`;
        logger.info(`indexed ${plan.articles} articles for search in ${Math.round(performance.now() - started)} ms (${plan.shards.length} quarterly ${plan.shards.length === 1 ? 'index' : 'indexes'}, ${rebuilt} rebuilt, ${kept} of ${plan.shards.length + 1} folders kept in place; ${threads} at a time, beside the pages, ${order})`);
      },
    },
  };
}
