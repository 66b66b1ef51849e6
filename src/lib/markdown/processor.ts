// How an article's Markdown becomes HTML: Sätteri (Astro 7's default Rust processor) with GFM and smart punctuation
// off — page text is data, so neither a bare URL, a tilde nor a straight quote in it may turn into something else —
// and our HAST plugins. Sätteri escapes all text it renders; the body was escaped for Markdown by ingest.
import { markdownToHtml, type Features, type HastPluginEntry } from 'satteri';
import { captionFigures } from './caption-figures.ts';
import { paragraphAnchors } from './paragraph-anchors.ts';
import { mayReferToPages, pageReferences, type PageLinkOf } from './page-references.ts';
import { subheadLevels } from './subhead-levels.ts';

export const ARTICLE_FEATURES: Features = { gfm: false, smartPunctuation: false, frontmatter: false };

const articleHastPlugins = (pageLink: PageLinkOf | undefined): HastPluginEntry[] => [
  ...(pageLink ? [pageReferences(pageLink)] : []), paragraphAnchors(), subheadLevels, captionFigures,
];

/**
 * The body's HTML; `frontmatter.captions` become figures after the text. With `pageLink`, a page the text refers to
 * (`（全文见A03版）`) links to that page of the issue.
 */
export async function renderArticleBody(markdown: string, frontmatter: { captions?: unknown }, pageLink?: PageLinkOf): Promise<string> {
  const astro = { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  return (await markdownToHtml(markdown, { features: ARTICLE_FEATURES, hastPlugins: articleHastPlugins(pageLink && mayReferToPages(markdown) ? pageLink : undefined), data: { astro } })).html;
}
