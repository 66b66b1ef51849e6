// The search page's logic over Pagefind's JS API, kept apart from the DOM so the recall check can drive it directly.
//
// The index is one Pagefind index per quarter of a year (a shard: shards.ts). A visit must not load every shard's:
// each costs its metadata (~13 bytes per article) and the index chunks of the query's words. So a search runs shard
// by shard, newest first, only over the shards the term directory (directory.ts) and the phrase filter say can
// match, and stops once it has the results asked for; older shards are searched when the reader asks for more. In
// date order that is exact; in order of relevance the results are by relevance within each shard, newest first, and
// the page says which years and months were searched.
import { decodeFromIndex, queryTerms, termQueries } from './bigrams.ts';
import { personKey, queryKeys } from './directory.ts';
import { foldToSimplified } from './fold.ts';
import { excerptAround, highlight, unescapeHtml } from './highlight.ts';
import { yearOf } from './shards.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from './state.ts';

/** The synthetic filter each shard's index is tagged with when it is opened (Pagefind's mergeFilter): no file to load. */
export const SHARD_FILTER = 'shard';

/** The part of Pagefind's JS API (pagefind.js) we use. */
export interface Pagefind {
  search(query: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
}
interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The archive's shard indexes, as the page opens them. */
export interface Library {
  /** Every shard with an index, newest first. */
  shards: string[];
  /** Articles in each shard's index. */
  articles: Record<string, number>;
  /**
   * Pagefind, searching at least these shards' indexes from now on, each tagged with SHARD_FILTER = its id; with
   * `facets`, with the reporter and section filter files of the opened shards loaded, so responses count them.
   */
  open(shards: string[], facets: boolean): Promise<Pagefind>;
  /** The shards whose articles hold every key (directory.ts), oldest first; null when the site has no directory. */
  shardsWithKeys(keys: string[]): Promise<string[] | null>;
  /**
   * The shards that can hold every run of three or more Han characters of the terms (phrase-filter.ts), oldest
   * first; null when no term has one or the site has no phrase filter.
   */
  shardsWithPhrases(terms: string[]): Promise<string[] | null>;
}

export interface Hit {
  url: string;
  title: string;
  date: string;
  page: string;
  section: string;
  people: string;
  /** Escaped HTML: the excerpt with the query marked. */
  excerpt: string;
}

export interface Facets {
  /** Counts among the matches in the shards searched so far; empty until loadFacets(). */
  reporter: Record<string, number>;
  section: Record<string, number>;
  /** Every year that can match (the directory says): its count in the shards searched, null while none is. */
  year: Record<string, number | null>;
  /** The years of which only some shards that can match are searched: their count is a lower bound. */
  yearsInPart: string[];
}

export interface SearchOutcome {
  /** Matches found in the shards searched so far; exact once `complete`. */
  readonly total: number;
  /** Every shard that can match has been searched. */
  readonly complete: boolean;
  /** Shards searched, newest first. */
  readonly searched: readonly string[];
  /** Shards that can match and are not searched yet, newest first. */
  readonly remaining: readonly string[];
  /**
   * Searches further shards, newest first, until `wanted` matches are known, `maxShards` more shards have been
   * searched, shards holding `maxArticles` articles have been opened (always at least one; more while nothing is
   * found), or none is left.
   */
  load(wanted: number, maxShards?: number, maxArticles?: number): Promise<void>;
  /** Hits `from` … `from + count` among the matches found so far (load() finds more). */
  hits(from: number, count: number): Promise<Hit[]>;
  /** The same hits, each on its own: a page can show the first while the last is still loading its fragment. */
  hitsEach(from: number, count: number): Promise<Hit>[];
  readonly facets: Facets;
  /** Whether reporter and section counts are in `facets`. */
  readonly facetsLoaded: boolean;
  /** Loads the reporter and section filter files of the shards searched, and counts them. */
  loadFacets(): Promise<void>;
}

/**
 * How much a search does before it answers: a page of results, from at most six shards, and from no more than one
 * once the shards opened hold 5,000 articles — each shard opened costs its metadata (~13 bytes an article) and a file
 * of its word index (~10 KB: INDEX_CHUNK_SIZE in shard-index.ts) per bigram of the query, so that a query on a large
 * archive stays well under 300 KB — unless nothing is found yet: an answer of "nothing in 2027" while the directory
 * and the phrase filter still name older shards is no answer, and one more quarter costs ~40–80 KB.
 */
export const FIRST_STEP: Step = { wanted: 20, maxShards: 6, maxArticles: 5000 };

export interface Step {
  wanted: number;
  maxShards?: number;
  maxArticles?: number;
}

interface ShardAnswer {
  results: PagefindResult[];
  filters: PagefindResponse['filters'];
}

/**
 * Every part of every term is its own Pagefind search, and an article must match them all: Pagefind runs one
 * quoted phrase per search, and a phrase per term is what makes each term exact.
 */
async function searchAll(pagefind: Pagefind, parts: string[], options: SearchOptions): Promise<ShardAnswer> {
  if (parts.length === 0) {
    const all = await pagefind.search(null, options);
    return { results: all?.results ?? [], filters: all?.filters ?? {} };
  }
  const responses = await Promise.all(parts.map((part) => pagefind.search(part, options)));
  const lists = responses.map((r) => r?.results ?? []);
  const smallest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  const others = lists.filter((l) => l !== smallest).map((l) => new Set(l.map((r) => r.id)));
  // The first term's order is the order of relevance (or date) the reader asked for.
  const keep = new Set(smallest.filter((r) => others.every((ids) => ids.has(r.id))).map((r) => r.id));
  const results = lists[0]!.filter((r) => keep.has(r.id));
  return { results, filters: responses[lists.indexOf(smallest)]?.filters ?? {} };
}

/** The reader's filters as Pagefind's, for one shard. The year filter is not among them: it picks the shards. */
function optionsFor(state: SearchState, shard: string): SearchOptions {
  const filters: Record<string, unknown> = { [SHARD_FILTER]: shard };
  // Several values of one filter widen the search (any of them); different filters narrow it (all of them).
  for (const key of FILTER_KEYS) if (key !== 'year' && state.filters[key].length) filters[key] = { any: state.filters[key] };
  return { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
}

/**
 * Searches the archive's shards for `state`, as far as the first step goes. `onFirstMatches`, when given, is called
 * (and awaited) once a shard has brought the first matches while the step still has shards to search: a page can
 * show them rather than wait for the older quarters that fill its first page.
 */
export async function search(
  library: Library,
  state: SearchState,
  first: Step = FIRST_STEP,
  onFirstMatches?: (outcome: SearchOutcome) => Promise<void>,
): Promise<SearchOutcome> {
  const terms = queryTerms(foldToSimplified(state.q));
  const parts = terms.flatMap(termQueries);
  const name = terms.length === 1 && state.sort === 'relevance' && !state.filters.reporter.length ? terms[0]! : null;
  const picked = new Set(state.filters.year);
  const [matching, phrased, credited] = await Promise.all([
    parts.length ? library.shardsWithKeys(queryKeys(parts)) : null,
    library.shardsWithPhrases(terms),
    name ? library.shardsWithKeys([personKey(name)]) : null,
  ]);
  // The directory knows each bigram's shards, the phrase filter which shards can hold the bigrams in a row.
  const candidates = library.shards.filter((s) => (!matching || matching.includes(s)) && (!phrased || phrased.includes(s)));
  const remaining = candidates.filter((s) => !picked.size || picked.has(yearOf(s)));
  const searched: string[] = [];
  const results: PagefindResult[] = [];
  const answers = new Map<string, ShardAnswer>();
  let facetsLoaded = false;
  let queue = Promise.resolve();

  async function searchShard(shard: string): Promise<ShardAnswer> {
    const pagefind = await library.open([shard], facetsLoaded);
    const options = optionsFor(state, shard);
    const answer = await searchAll(pagefind, parts, options);
    // A reader who types a reporter's name wants that reporter's own articles first, then the others that name
    // them: within each shard, and only in shards where the directory says the name is credited (it costs the
    // reporter filter file). Without a directory, every shard is asked.
    if (name && (!credited || credited.includes(shard))) {
      const own = await searchAll(pagefind, parts, { ...options, filters: { ...options.filters, reporter: name } });
      const ownIds = new Set(own.results.map((r) => r.id));
      answer.results = [...own.results, ...answer.results.filter((r) => !ownIds.has(r.id))];
    }
    return answer;
  }

  const load = (wanted: number, maxShards = Infinity, maxArticles = Infinity, onFirst?: () => Promise<void>): Promise<void> => {
    // One load at a time: a second call waits, then sees what the first found.
    queue = queue.then(async () => {
      let opened = 0;
      const goesOn = (n: number) => n < maxShards && results.length < wanted && remaining.length > 0 && (n === 0 || opened < maxArticles || !results.length);
      for (let n = 0; goesOn(n); n++) {
        const shard = remaining[0]!;
        opened += library.articles[shard] ?? 0;
        const answer = await searchShard(shard);
        remaining.shift();
        searched.push(shard);
        answers.set(shard, answer);
        const before = results.length;
        results.push(...answer.results);
        if (onFirst && before === 0 && results.length && goesOn(n + 1)) await onFirst();
      }
    });
    return queue;
  };

  const count = (key: FilterKey): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const { filters } of answers.values()) for (const [value, n] of Object.entries(filters[key] ?? {})) counts[value] = (counts[value] ?? 0) + n;
    return counts;
  };

  const hitsEach = (from: number, n: number) => results.slice(from, from + n).map(async (r) => toHit(await r.data(), terms));

  const outcome: SearchOutcome = {
    get total() {
      return results.length;
    },
    get complete() {
      return remaining.length === 0;
    },
    searched,
    remaining,
    load,
    hits: (from, n) => Promise.all(hitsEach(from, n)),
    hitsEach,
    get facets(): Facets {
      // Years the reader left out by the year filter are listed too, uncounted, so the filter can be widened.
      const year: Record<string, number | null> = {};
      for (const s of candidates) year[yearOf(s)] = null;
      for (const s of searched) year[yearOf(s)] = (year[yearOf(s)] ?? 0) + answers.get(s)!.results.length;
      const yearsInPart = [...new Set(remaining.map(yearOf))].filter((y) => year[y] !== null);
      return { reporter: facetsLoaded ? count('reporter') : {}, section: facetsLoaded ? count('section') : {}, year, yearsInPart };
    },
    get facetsLoaded() {
      return facetsLoaded;
    },
    loadFacets: () => {
      queue = queue.then(async () => {
        if (facetsLoaded) return;
        facetsLoaded = true;
        // The results stay as they are; the same searches again only count, from chunks already loaded.
        for (const shard of searched) answers.get(shard)!.filters = (await searchShard(shard)).filters;
      });
      return queue;
    },
  };
  await load(first.wanted, first.maxShards, first.maxArticles, onFirstMatches && (() => onFirstMatches(outcome)));
  return outcome;
}

function toHit(fragment: PagefindFragment, terms: string[]): Hit {
  const plain = (value: string | undefined) => decodeFromIndex(unescapeHtml(value ?? ''));
  const text = plain(fragment.content);
  // Article ids are date-page-order (2023-12-22-02-07): the URL says when and where the article was printed.
  const printed = /(\d{4}-\d{2}-\d{2})-(\d+)-\d+/u.exec(fragment.url);
  return {
    url: fragment.url,
    title: plain(fragment.meta['title']),
    date: printed?.[1] ?? '',
    page: printed ? String(Number(printed[2])) : '',
    section: fragment.filters['section']?.[0] ?? '',
    people: (fragment.filters['reporter'] ?? []).join('、'),
    excerpt: highlight(excerptAround(text, terms), terms),
  };
}
