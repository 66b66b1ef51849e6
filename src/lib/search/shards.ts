// The search index is one Pagefind index per year: Pagefind's memory grows with the size of one index (≈0.7 MB per
// article measured here), so a decade could not be indexed at once, and a year's index only changes when that year
// does. The newest year is the primary index (`pagefind/`); the others are merged into it in the browser.

/** Where a year's index lives under the site's `pagefind/` folder; the newest year is the primary, at the root. */
export const shardPath = (year: string, newest: string) => (year === newest ? '' : `years/${year}/`);

/** Listed beside the primary index: the other years, newest first, for the search page to merge. */
export const SHARD_LIST = 'baoku-shards.json';

export interface ShardList {
  /** The primary index's own year ('' for an archive with no articles). */
  newest: string;
  /** The other years, newest first. */
  years: string[];
}

/** Every year with an index, newest first. */
export const allYears = (list: ShardList): string[] => (list.newest ? [list.newest, ...list.years] : []);

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
