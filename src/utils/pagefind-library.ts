// The search page's archive in the browser: Pagefind's runtime started once, each quarter's index merged in when a
// search first needs it, and the term directory's, phrase filter's and shard list's files fetched once a visit. The
// page (src/components/Search.astro) draws; this loads. Browser-only: it imports Pagefind's script and sets <html lang>.
import { INDEX_LANGUAGE } from '../lib/search/bigrams.ts';
import { MANIFEST, shardsWithKeys, type DirectoryLoader } from '../lib/search/directory.ts';
import { search, SHARD_FILTER, type Library, type Pagefind, type SearchOutcome, type Step } from '../lib/search/engine.ts';
import { foldToSimplified } from '../lib/search/fold.ts';
import { PHRASE_MANIFEST, shardsWithPhrases, type PhraseLoader } from '../lib/search/phrase-filter.ts';
import { RUNTIME, RUNTIME_SHARD, shardPath, SHARD_LIST, type ShardList } from '../lib/search/shards.ts';
import type { SearchState } from '../lib/search/state.ts';
import { href } from './url.ts';

/** Pagefind's module as pagefind.js exports it. */
interface PagefindModule extends Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

// The files of the directory, the phrase filter and the shard list are fetched once a visit; a missing one (404) is null.
const files = new Map<string, Promise<unknown>>();
function fetchOnce<T>(path: string, read: (response: Response) => Promise<T>): Promise<T | null> {
  if (!files.has(path)) files.set(path, fetch(href(`pagefind/${path}`)).then((r) => (r.ok ? read(r) : null)));
  return files.get(path) as Promise<T | null>;
}
const fetchText = (path: string) => fetchOnce(path, (response) => response.text());
const loadDirectory: DirectoryLoader = fetchText;
const loadPhrases: PhraseLoader = { text: fetchText, bytes: (path) => fetchOnce(path, async (response) => new Uint8Array(await response.arrayBuffer())) };

let runtime: Promise<PagefindModule> | null = null;
/**
 * Starts Pagefind on the runtime index (shards.ts RUNTIME): its script and WebAssembly, which every
 * shard's index then uses. Called as soon as a search is in view (a query in the address, the box focused), so they
 * load while the reader types, or while the term directory answers, rather than after it.
 */
function startPagefind(): Promise<PagefindModule> {
  runtime ??= (async () => {
    const module = (await import(/* @vite-ignore */ href(`pagefind/${RUNTIME}pagefind.js`))) as PagefindModule;
    // On the page's own thread, not in Pagefind's web worker: this page searches on Enter, never while the reader
    // types, so the worker spared no keystroke, and starting it (its script, a second thread) delayed the first
    // answer from a shared link by ~45 ms (medians of 16 links, 100,000 articles).
    await module.options({ basePath: href(`pagefind/${RUNTIME}`), baseUrl: '/', mergeFilter: { [SHARD_FILTER]: RUNTIME_SHARD }, noWorker: true });
    // Pagefind takes its language from <html lang> when it starts. Under zh-CN it would segment queries with
    // Intl.Segmenter and break our bigram phrases apart, so it starts under the index's own code; the page's
    // language is put back at once.
    const html = document.documentElement;
    const lang = html.lang;
    html.lang = INDEX_LANGUAGE;
    try {
      await module.init();
    } finally {
      html.lang = lang;
    }
    return module;
  })();
  return runtime;
}
/** What a search needs before its first request, made ready while the reader types. */
export function warmUp(): void {
  // A failed start is reported by the search that needs it.
  void startPagefind().catch(() => {});
  // Builds the traditional→simplified table: ~5–10 ms in a fresh page, measured between Enter and the first request.
  foldToSimplified('');
}

let site: Promise<Library> | null = null;
/** The archive's shards, once the shard list is in: what the status line names whole years by. */
let archiveShards: string[] = [];
/** The archive's shards, newest first, once the shard list is in (empty before). */
export const knownShards = (): readonly string[] => archiveShards;
/** The archive's shards and how to open them; loads no index until a search needs one. */
export function library(): Promise<Library> {
  site ??= (async () => {
    // The manifests come first in every lookup: asked for now, they are not one more round trip later.
    void fetchText(MANIFEST);
    void fetchText(PHRASE_MANIFEST);
    const { shards, articles } = JSON.parse((await fetchText(SHARD_LIST)) ?? '{"shards":[],"articles":{}}') as ShardList;
    archiveShards = shards;
    const merged = new Map<string, Promise<void>>();
    return {
      shards,
      articles,
      shardsWithKeys: (keys) => shardsWithKeys(keys, loadDirectory),
      shardsWithPhrases: (terms) => shardsWithPhrases(terms, loadPhrases),
      async open(wanted, facets) {
        const module = await startPagefind();
        // A shard's index is merged in the first time a search needs it, and searched from then on.
        for (const shard of wanted) {
          if (!merged.has(shard)) {
            merged.set(shard, module.mergeIndex(href(`pagefind/${shardPath(shard)}`), { language: INDEX_LANGUAGE, baseUrl: '/', mergeFilter: { [SHARD_FILTER]: shard } }));
          }
        }
        await Promise.all(wanted.map((shard) => merged.get(shard)));
        // Loads the filter files of every index opened so far (those already loaded are kept).
        if (facets) await module.filters();
        return module;
      },
    } satisfies Library;
  })();
  return site;
}

/** The page's search: Pagefind starts at once, beside the term directory's answer. */
export async function searchArchive(state: SearchState, first?: Step, onFirstMatches?: (outcome: SearchOutcome) => Promise<void>): Promise<SearchOutcome> {
  // The shard list and the directory's manifest are asked for before the fold table is built, not after.
  const lib = library();
  warmUp();
  return search(await lib, state, first, onFirstMatches);
}
