// Cache keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code are unchanged
// since the last build is not rendered again, so the daily build renders the new issue's pages, not the archive's.
import { createHash } from 'node:crypto';
import type { PaginateFunction } from 'astro';
import { loadConfig } from '../lib/config.ts';

/**
 * Everything a page shows that is not code: the digests of the article files it reads and the props it is given,
 * plus the site's settings and base path — they come from baoku.config.yaml and the environment, outside the module
 * graph that Astro hashes itself.
 */
export function cacheKey(...parts: unknown[]): string {
  const site = [loadConfig(), import.meta.env.BASE_URL, import.meta.env.SITE];
  const json = JSON.stringify([site, parts], (_key, value: unknown) => (value instanceof Map ? [...value] : value instanceof Set ? [...value] : value));
  return createHash('sha256').update(json).digest('hex').slice(0, 32);
}

/**
 * A paginated list's pages for getStaticPaths, `site.pageSize` articles each, every page keyed by its props (the
 * articles on it and the links to the others): a page whose slice is unchanged is not rendered again.
 */
export function keyedPages<T, P extends Record<string, unknown>>(
  paginate: PaginateFunction,
  items: readonly T[],
  params: Record<string, string>,
  props: P,
) {
  return paginate(items, { params, props, pageSize: loadConfig().site.pageSize }).map((entry) => ({ ...entry, cacheKey: cacheKey(entry.props) }));
}
