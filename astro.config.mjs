// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind.ts';
import { articlesDir, loadConfig } from './src/lib/config.ts';
import { rehypeCaptionFigures } from './src/lib/markdown/rehype-caption-figures.ts';
import { rehypeParagraphAnchors } from './src/lib/markdown/rehype-paragraph-anchors.ts';

// Title, URL and base path come from baoku.config.yaml (BAOKU_BASE / BAOKU_SITE_URL override them at build time).
const { site } = loadConfig();

export default defineConfig({
  // BAOKU_CACHE_DIR gives a build its own content data store (the tests build fixture archives beside yours).
  ...(process.env.BAOKU_CACHE_DIR ? { cacheDir: process.env.BAOKU_CACHE_DIR } : {}),
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap(), pagefindIndex({ articlesDir: articlesDir() })],
  markdown: {
    // The unified processor runs our rehype plugins. GFM and SmartyPants stay off: page text is data, so neither a
    // bare URL nor a straight quote in it may turn into something else. BAOKU_MARKDOWN=satteri builds with Astro's
    // default Rust processor and no plugins, only to measure what unified costs (README, "Figures").
    ...(process.env.BAOKU_MARKDOWN === 'satteri'
      ? {}
      : { processor: unified({ gfm: false, smartypants: false, rehypePlugins: [rehypeParagraphAnchors, rehypeCaptionFigures] }) }),
  },
});
