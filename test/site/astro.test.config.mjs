// @ts-check
// The project's astro.config.mjs, with Astro's cache directory moved to a per-build folder (BAOKU_CACHE_DIR).
// Astro keeps the content collection's data store in `cacheDir` (default node_modules/.astro/data-store.json), so
// a fixture build sharing it could read, or leave behind, another build's articles, e.g. a person's `npm run build`
// running at the same time. The harness (test/site/harness.ts) builds with `--config test/site/astro.test.config.mjs`.
import config from '../../astro.config.mjs';

export default {
  ...config,
  ...(process.env['BAOKU_CACHE_DIR'] ? { cacheDir: process.env['BAOKU_CACHE_DIR'] } : {}),
};
