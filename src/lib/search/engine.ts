// The search page's logic over Pagefind's JS API, kept apart from the DOM so the recall check can drive it directly.
//
// The index is one Pagefind index per year (shards.ts). A visit must not load every year's: each costs its metadata
// (~13 bytes per article) and the index chunks of the query's words. So a search runs year by year, newest first,
// only over the years the term directory (directory.ts) says can match, and stops once it has the results asked for;
// older years are searched when the reader asks for more. In date order that is exact; in order of relevance the
// results are by relevance within each year, newest year first, and the page says which years were searched.
import { decodeFromIndex, queryTerms, termQueries } from './bigrams.ts';
import { personKey, queryKeys } from './directory.ts';
import { foldToSimplified } from './fold.ts';
import { excerptAround, highlight, unescapeHtml } from './highlight.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from './state.ts';

/** The synthetic filter each year's index is tagged with when it is opened (Pagefind's mergeFilter): no file to load. */
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

/** The archive's yearly indexes, as the page opens them. */
export interface Library {
  /** Every year with an index, newest first. */
  years: string[];
  /** Articles in each year's index. */
  articles: Record<string, number>;
  /**
   * Pagefind, searching at least these years' indexes from now on, each tagged with SHARD_FILTER = its year; with
   * `facets`, with the reporter and section filter files of the opened years loaded, so responses count them.
   */
  open(years: string[], facets: boolean): Promise<Pagefind>;
  /** The years whose articles hold every key (directory.ts), oldest first; null when the site has no directory. */
  yearsWithKeys(keys: string[]): Promise<string[] | null>;
  /**
   * The years that can hold every run of three or more Han characters of the terms (phrase-filter.ts), oldest first;
   * null when no term has one or the site has no phrase filter.
   */
  yearsWithPhrases(terms: string[]): Promise<string[] | null>;
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
  /** Counts among the matches in the years searched so far; empty until loadFacets(). */
  reporter: Record<string, number>;
  section: Record<string, number>;
  /** Every year that can match (the directory says): its count once searched, null while not. */
  year: Record<string, number | null>;
}

export interface SearchOutcome {
  /** Matches found in the years searched so far; exact once `complete`. */
  readonly total: number;
  /** Every year that can match has been searched. */
  readonly complete: boolean;
  /** Years searched, newest first. */
  readonly searched: readonly string[];
  /** Years that can match and are not searched yet, newest first. */
  readonly remaining: readonly string[];
  /**
   * Searches further years, newest first, until `wanted` matches are known, `maxYears` more years have been searched,
   * years holding `maxArticles` articles have been opened (always at least one), or none is left.
   */
  load(wanted: number, maxYears?: number, maxArticles?: number): Promise<void>;
  /** Hits `from` … `from + count` among the matches found so far (load() finds more). */
  hits(from: number, count: number): Promise<Hit[]>;
  /** The same hits, each on its own: a page can show the first while the last is still loading its fragment. */
  hitsEach(from: number, count: number): Promise<Hit>[];
  readonly facets: Facets;
  /** Whether reporter and section counts are in `facets`. */
  readonly facetsLoaded: boolean;
  /** Loads the reporter and section filter files of the years searched, and counts them. */
  loadFacets(): Promise<void>;
}

/**
 * How much a search does before it answers: a page of results, from at most three years, and from no more than one
 * year once that holds 5,000 articles — each year opened costs its metadata (~13 bytes an article) and a file of
 * its word index (~10 KB: INDEX_CHUNK_SIZE in year-index.ts) per bigram of the query, so that a query on a large
 * archive stays well under 300 KB — unless nothing is found yet: an answer of "nothing in 2027" while the directory
 * and the phrase filter still name older years is no answer, and one more year costs ~150 KB.
 */
export const FIRST_STEP: Step = { wanted: 20, maxYears: 3, maxArticles: 5000 };

export interface Step {
  wanted: number;
  maxYears?: number;
  maxArticles?: number;
}

interface YearAnswer {
  results: PagefindResult[];
  filters: PagefindResponse['filters'];
}

/**
 * Every part of every term is its own Pagefind search, and an article must match them all: Pagefind runs one
 * quoted phrase per search, and a phrase per term is what makes each term exact.
 */
async function searchAll(pagefind: Pagefind, parts: string[], options: SearchOptions): Promise<YearAnswer> {
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

/** The reader's filters as Pagefind's, for one year. The year filter is not among them: it picks the years. */
function optionsFor(state: SearchState, year: string): SearchOptions {
  const filters: Record<string, unknown> = { [SHARD_FILTER]: year };
  // Several values of one filter widen the search (any of them); different filters narrow it (all of them).
  for (const key of FILTER_KEYS) if (key !== 'year' && state.filters[key].length) filters[key] = { any: state.filters[key] };
  return { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
}

/** `['2025', '2024', '2023', '2020']` → `2025–2023、2020`: what the status line says was searched. */
export function yearRanges(years: readonly string[]): string {
  const sorted = [...years].sort().reverse();
  const runs: string[][] = [];
  for (const year of sorted) {
    const run = runs.at(-1);
    if (run && Number(run.at(-1)) - 1 === Number(year)) run.push(year);
    else runs.push([year]);
  }
  return runs.map((run) => (run.length > 1 ? `${run[0]}–${run.at(-1)}` : run[0]!)).join('、');
}

export async function search(library: Library, state: SearchState, first: Step = FIRST_STEP): Promise<SearchOutcome> {
  const terms = queryTerms(foldToSimplified(state.q));
  const parts = terms.flatMap(termQueries);
  const name = terms.length === 1 && state.sort === 'relevance' && !state.filters.reporter.length ? terms[0]! : null;
  const picked = new Set(state.filters.year);
  const [matching, phrased, credited] = await Promise.all([
    parts.length ? library.yearsWithKeys(queryKeys(parts)) : null,
    library.yearsWithPhrases(terms),
    name ? library.yearsWithKeys([personKey(name)]) : null,
  ]);
  // The directory knows each bigram's years, the phrase filter which years can hold the bigrams in a row.
  const candidates = library.years.filter((y) => (!matching || matching.includes(y)) && (!phrased || phrased.includes(y)));
  const remaining = candidates.filter((y) => !picked.size || picked.has(y));
  const searched: string[] = [];
  const results: PagefindResult[] = [];
  const answers = new Map<string, YearAnswer>();
  let facetsLoaded = false;
  let queue = Promise.resolve();

  async function searchYear(year: string): Promise<YearAnswer> {
    const pagefind = await library.open([year], facetsLoaded);
    const options = optionsFor(state, year);
    const answer = await searchAll(pagefind, parts, options);
    // A reader who types a reporter's name wants that reporter's own articles first, then the others that name
    // them: within each year, and only in years where the directory says the name is credited (it costs the
    // reporter filter file). Without a directory, every year is asked.
    if (name && (!credited || credited.includes(year))) {
      const own = await searchAll(pagefind, parts, { ...options, filters: { ...options.filters, reporter: name } });
      const ownIds = new Set(own.results.map((r) => r.id));
      answer.results = [...own.results, ...answer.results.filter((r) => !ownIds.has(r.id))];
    }
    return answer;
  }

  const load = (wanted: number, maxYears = Infinity, maxArticles = Infinity): Promise<void> => {
    // One load at a time: a second call waits, then sees what the first found.
    queue = queue.then(async () => {
      let opened = 0;
      for (let n = 0; n < maxYears && results.length < wanted && remaining.length && (n === 0 || opened < maxArticles || !results.length); n++) {
        const year = remaining[0]!;
        opened += library.articles[year] ?? 0;
        const answer = await searchYear(year);
        remaining.shift();
        searched.push(year);
        answers.set(year, answer);
        results.push(...answer.results);
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

  await load(first.wanted, first.maxYears, first.maxArticles);
  return {
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
      for (const y of candidates) year[y] = null;
      for (const y of searched) year[y] = answers.get(y)!.results.length;
      return { reporter: facetsLoaded ? count('reporter') : {}, section: facetsLoaded ? count('section') : {}, year };
    },
    get facetsLoaded() {
      return facetsLoaded;
    },
    loadFacets: () => {
      queue = queue.then(async () => {
        if (facetsLoaded) return;
        facetsLoaded = true;
        // The results stay as they are; the same searches again only count, from chunks already loaded.
        for (const year of searched) answers.get(year)!.filters = (await searchYear(year)).filters;
      });
      return queue;
    },
  };
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
