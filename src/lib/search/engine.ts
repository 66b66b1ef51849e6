// The search page's logic over Pagefind's JS API, kept apart from the DOM so the recall check can drive it directly.
import { decodeFromIndex, queryTerms, termQueries } from './bigrams.ts';
import { foldToSimplified } from './fold.ts';
import { excerptAround, highlight, unescapeHtml } from './highlight.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from './state.ts';

/** The part of Pagefind's JS API (pagefind.js) we use. */
export interface Pagefind {
  search(query: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  /** Loads the filter index; until it has run, searches report no filter counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
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

export interface SearchOutcome {
  /** How many articles match. */
  total: number;
  /** Loads hits `from` … `from + count`. */
  hits(from: number, count: number): Promise<Hit[]>;
  /** Counts of each filter value among the matches (of the most selective term, when there are several). */
  facets: Record<FilterKey, Record<string, number>>;
}

function optionsOf(state: SearchState): SearchOptions {
  const filters: Record<string, unknown> = {};
  // Several values of one filter widen the search (any of them); different filters narrow it (all of them).
  for (const key of FILTER_KEYS) if (state.filters[key].length) filters[key] = { any: state.filters[key] };
  return { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
}

/**
 * Every part of every term is its own Pagefind search, and an article must match them all: Pagefind runs one
 * quoted phrase per search, and a phrase per term is what makes each term exact.
 */
async function searchAll(pagefind: Pagefind, parts: string[], options: SearchOptions): Promise<{ results: PagefindResult[]; filters: PagefindResponse['filters'] }> {
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

export async function search(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome> {
  const terms = queryTerms(foldToSimplified(state.q));
  const parts = terms.flatMap(termQueries);
  const options = optionsOf(state);
  let { results, filters } = await searchAll(pagefind, parts, options);
  const name = terms.length === 1 ? terms[0]! : null;
  if (state.sort === 'date') {
    // Each year is an index of its own, merged in the browser, and Pagefind merges their results by score, not
    // date: asking year by year, newest first, gives the whole list in date order.
    const years = Object.entries(filters['year'] ?? {}).filter(([, n]) => n > 0).map(([year]) => year).sort().reverse();
    if (years.length > 1) {
      results = [];
      for (const year of years) results.push(...(await searchAll(pagefind, parts, { ...options, filters: { ...options.filters, year } })).results);
    }
  } else if (name && filters['reporter']?.[name] && !state.filters.reporter.length) {
    // A reader who types a reporter's name wants that reporter's own articles first, then the others that name them.
    const own = await searchAll(pagefind, parts, { ...options, filters: { ...options.filters, reporter: name } });
    const ownIds = new Set(own.results.map((r) => r.id));
    results = [...own.results, ...results.filter((r) => !ownIds.has(r.id))];
  }
  const facets = Object.fromEntries(FILTER_KEYS.map((key) => [key, filters[key] ?? {}])) as SearchOutcome['facets'];
  return {
    total: results.length,
    facets,
    hits: async (from, count) => Promise.all(results.slice(from, from + count).map(async (r) => toHit(await r.data(), terms))),
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
