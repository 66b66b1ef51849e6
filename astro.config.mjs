// @ts-check
import { defineConfig } from 'astro/config';
import { loadConfig } from './src/lib/config.ts';

// Title, URL and base path come from baoku.config.yaml (BAOKU_BASE / BAOKU_SITE_URL override them at build time).
const { site } = loadConfig();

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
});
