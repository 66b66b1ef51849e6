// The search index is one Pagefind index per quarter of a year (a shard). Pagefind's memory grows with the size of
// one index (≈0.45 MB per article measured here), so a decade could not be indexed at once, and a shard's index only
// changes when its quarter does. A search page pays for every shard it opens: its metadata (~13 bytes an article)
// and the scoring of every match in it before the first result shows. With a year per shard, a shared link to a
// common word at 100,000 articles read ~97 KB of the newest year's metadata and scored its 7,000 articles (~400 ms);
// with its newest quarter instead, 27 KB and ~300 ms (README, Search). Every shard sits in a folder of its own, none
// inside another's or the runtime's: the search page starts Pagefind on the runtime (below) and merges each shard
// into it as it is needed (Pagefind skips merging an index whose path is a prefix of the primary's).

/** The shard of an article printed on `date` (YYYY-MM-DD): `2027-q4`. Ids sort in time order. */
export const shardOf = (date: string): string => `${date.slice(0, 4)}-q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

/** The year a shard belongs to. */
export const yearOf = (shard: string): string => shard.slice(0, 4);

/** The months a shard covers: `2027-q4` → [10, 12]. */
function monthsOf(shard: string): [number, number] {
  const quarter = Number(shard.slice(6));
  return [quarter * 3 - 2, quarter * 3];
}

/** The folder of every shard's index, under the site's `pagefind/` folder. */
export const SHARDS = 'shards';
/** Where a shard's index lives under the site's `pagefind/` folder. */
export const shardPath = (shard: string) => `${SHARDS}/${shard}/`;

/**
 * Where the search page's Pagefind runtime lives: an index of one document that no search returns (records.ts
 * runtimeDocument). The page starts Pagefind on it as soon as a search is in view, before it knows which shards a
 * query needs, and merges every shard into it: a merged index brings only its metadata and chunks, and uses the
 * runtime's script and WebAssembly, so starting them no longer waits for the term directory.
 */
export const RUNTIME = 'runtime/';
/** The runtime's tag (Pagefind's mergeFilter on SHARD_FILTER): no shard is called that. */
export const RUNTIME_SHARD = 'runtime';

/** The list of shards, under the site's `pagefind/` folder. */
export const SHARD_LIST = 'baoku-shards.json';

export interface ShardList {
  /** Every shard with an index, newest first. */
  shards: string[];
  /** How many articles each shard's index holds: what opening it costs, roughly (its metadata grows with it). */
  articles: Record<string, number>;
}

/** Groups items by shard, newest first. */
export function byShard<T>(items: T[], shardOfItem: (item: T) => string): [string, T[]][] {
  const shards = new Map<string, T[]>();
  for (const item of items) {
    const shard = shardOfItem(item);
    if (!shards.has(shard)) shards.set(shard, []);
    shards.get(shard)!.push(item);
  }
  return [...shards].sort(([a], [b]) => b.localeCompare(a));
}

/** Articles per year, from articles per shard. */
export function articlesByYear(articles: Record<string, number>): Record<string, number> {
  const years: Record<string, number> = {};
  for (const [shard, n] of Object.entries(articles)) years[yearOf(shard)] = (years[yearOf(shard)] ?? 0) + n;
  return years;
}

/** `['2025', '2024', '2023', '2020']` → `2023–2025、2020`: years as runs, newest run first, each written oldest–newest as a Chinese range is. */
function yearRuns(years: string[]): string {
  const runs: string[][] = [];
  for (const year of [...years].sort().reverse()) {
    const run = runs.at(-1);
    if (run && Number(run.at(-1)) - 1 === Number(year)) run.push(year);
    else runs.push([year]);
  }
  return runs.map((run) => (run.length > 1 ? `${run.at(-1)}–${run[0]}` : run[0]!)).join('、');
}

/** Whether every shard of the archive's (`all`) in that year is among `given`. */
const wholeYear = (year: string, given: ReadonlySet<string>, all: readonly string[]) => all.filter((s) => yearOf(s) === year).every((s) => given.has(s));

/**
 * What the status line says was searched, newest first, the years whose every shard (of `all`, the archive's) is
 * among them named whole: `2027 年 7–12 月、2023–2025、2020 年`.
 */
export function shardRanges(shards: readonly string[], all: readonly string[]): string {
  const given = new Set(shards);
  const pieces: string[] = [];
  let whole: string[] = [];
  for (const year of [...new Set(shards.map(yearOf))].sort().reverse()) {
    if (wholeYear(year, given, all)) {
      whole.push(year);
      continue;
    }
    if (whole.length) pieces.push(`${yearRuns(whole)} 年`);
    whole = [];
    pieces.push(`${year} 年 ${monthRanges(shards.filter((s) => yearOf(s) === year))} 月`);
  }
  if (whole.length) pieces.push(`${yearRuns(whole)} 年`);
  return pieces.join('、');
}

/**
 * What the status line says is left to search: as shardRanges when those are whole years, or else the years and
 * how many quarters (`2016–2027 年中的 29 个季度`): after a first step the rest is most of the archive, and its
 * months one by one would fill the line.
 */
export function remainingRanges(shards: readonly string[], all: readonly string[]): string {
  const given = new Set(shards);
  const years = [...new Set(shards.map(yearOf))];
  return years.every((year) => wholeYear(year, given, all)) ? shardRanges(shards, all) : `${yearRuns(years)} 年中的 ${shards.length} 个季度`;
}

/** The months of a year's shards, runs of quarters joined: `1–3、7–12`. */
function monthRanges(shards: string[]): string {
  const months = shards.map(monthsOf).sort(([a], [b]) => a - b);
  const runs: [number, number][] = [];
  for (const [from, to] of months) {
    const last = runs.at(-1);
    if (last && last[1] + 1 === from) last[1] = to;
    else runs.push([from, to]);
  }
  return runs.map(([from, to]) => `${from}–${to}`).join('、');
}
