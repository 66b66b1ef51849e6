// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import outputDir from './src/integrations/output-dir.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { articlesDir, loadConfig } from './src/lib/config.ts';

// Title, URL and base path come from baoku.config.yaml (BAOKU_BASE / BAOKU_SITE_URL override them at build time).
const { site } = loadConfig();

export default defineConfig({
  // BAOKU_CACHE_DIR gives a build its own content data store (the tests build fixture archives beside yours).
  ...(process.env.BAOKU_CACHE_DIR ? { cacheDir: process.env.BAOKU_CACHE_DIR } : {}),
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The search index's folder is kept up to date by its own integration, a year at a time.
  integrations: [outputDir({ keep: ['pagefind'] }), sitemap(), pagefindIndex({ articlesDir: articlesDir() })],
  // Pages carry a cache key (src/utils/cache-key.ts): the daily build renders only what changed.
  experimental: { incrementalBuild: true },
});
