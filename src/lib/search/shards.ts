// The search index is one Pagefind index per year: Pagefind's memory grows with the size of one index (≈0.45 MB per
// article measured here), so a decade could not be indexed at once, and a year's index only changes when that year
// does. Every year sits in a folder of its own, none inside another's or the runtime's: the search page starts
// Pagefind on the runtime (below) and merges each year into it as it is needed (Pagefind skips merging an index
// whose path is a prefix of the primary's, so no year can sit at the root).

/** Where a year's index lives under the site's `pagefind/` folder. */
export const shardPath = (year: string) => `years/${year}/`;

/**
 * Where the search page's Pagefind runtime lives: an index of one document that no search returns (records.ts
 * runtimeDocument). The page starts Pagefind on it as soon as a search is in view, before it knows which years a
 * query needs, and merges every year into it: a merged index brings only its metadata and chunks, and uses the
 * runtime's script and WebAssembly, so starting them no longer waits for the term directory.
 */
export const RUNTIME = 'runtime/';
/** The runtime's tag (Pagefind's mergeFilter on SHARD_FILTER): no year is called that. */
export const RUNTIME_SHARD = 'runtime';

/** The list of years, under the site's `pagefind/` folder. */
export const SHARD_LIST = 'baoku-shards.json';

export interface ShardList {
  /** Every year with an index, newest first. */
  years: string[];
  /** How many articles each year's index holds: what opening it costs, roughly (its metadata grows with it). */
  articles: Record<string, number>;
}

/** Groups items by year, newest year first. */
export function byYear<T>(items: T[], yearOf: (item: T) => string): [string, T[]][] {
  const years = new Map<string, T[]>();
  for (const item of items) {
    const year = yearOf(item);
    if (!years.has(year)) years.set(year, []);
    years.get(year)!.push(item);
  }
  return [...years].sort(([a], [b]) => b.localeCompare(a));
}
