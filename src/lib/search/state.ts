// The search page's state lives in its URL (`?q=…&reporter=…&sort=date`), so a search can be shared, bookmarked and
// walked back with the back button. Pure: used by the page's script and by the tests.

export const FILTER_KEYS = ['reporter', 'section', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: 'relevance' | 'date';
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, [...new Set(params.getAll(key).filter(Boolean))]])) as Record<FilterKey, string[]>;
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a query has anything to search for: a letter or a digit of any script. `，。` or `？！` has not. */
export const hasWords = (q: string) => /[\p{L}\p{N}]/u.test(q);

/**
 * The state a search runs with: a query without words counts as none, and results with no query to rank them by
 * come newest first.
 */
export function effectiveState(state: SearchState): SearchState {
  const q = hasWords(state.q) ? state.q : '';
  return { ...state, q, sort: q ? state.sort : 'date' };
}

/** Quotes that may enclose a query a reader typed as a phrase (`"光储充"`, `“一老一小”`, `「荣昌」`). */
const QUOTE_PAIRS = ['""', '“”', '‘’', "''", '「」', '『』'];

/** A query in Chinese quotation marks, as the page names it: `"光储充"` is “光储充”, not “"光储充"”. */
export function inQuotes(q: string): string {
  const enclosed = q.length > 2 && QUOTE_PAIRS.some((pair) => q.startsWith(pair[0]!) && q.endsWith(pair[1]!));
  return `“${enclosed ? q.slice(1, -1) : q}”`;
}

/** What a search without words is for, as a page title says it: `记者张宁婷，2024年的文章`. */
export function describeFilters(filters: SearchState['filters']): string {
  const parts = [
    filters.reporter.length ? `记者${filters.reporter.join('、')}` : '',
    filters.section.length ? `版面${filters.section.join('、')}` : '',
    filters.year.length ? `${filters.year.join('、')}年` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join('，')}的文章` : '';
}

export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || FILTER_KEYS.some((key) => state.filters[key].length > 0);
}
