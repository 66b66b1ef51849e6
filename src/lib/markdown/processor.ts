// How an article's Markdown becomes HTML, shared by the site (astro.config.mjs) and the tests: Sätteri, Astro's
// default Rust processor, with GFM and smart punctuation off — page text is data, so neither a bare URL, a tilde nor
// a straight quote in it may turn into something else — and our two HAST plugins.
import type { Features, HastPluginEntry } from 'satteri';
import { captionFigures } from './caption-figures.ts';
import { paragraphAnchors } from './paragraph-anchors.ts';

export const ARTICLE_FEATURES: Features = { gfm: false, smartPunctuation: false };

export const articleHastPlugins = (): HastPluginEntry[] => [paragraphAnchors(), captionFigures];
