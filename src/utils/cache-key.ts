// Cache keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code are unchanged
// since the last build is not rendered again, so the daily build renders the new issue's pages, not the archive's.
import { createHash } from 'node:crypto';
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
