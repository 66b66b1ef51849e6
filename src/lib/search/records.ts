// What the search index holds for one article: a document that exists only for Pagefind, in the bigram encoding
// (see bigrams.ts), with the metadata, filters and sort key the search page shows and filters by.
import { escapeHtml } from './highlight.ts';
import { characterSet, encodeBlock, encodeForIndex, INDEX_LANGUAGE } from './bigrams.ts';
import { foldToSimplified } from './fold.ts';
import type { ArticleMeta } from '../schema.ts';

export interface IndexedArticle {
  meta: ArticleMeta;
  paragraphs: string[];
}

/** Label for the section filter when a page printed no section name; the site uses the same words. */
export const NO_SECTION = '未标版名';

/** Every credited person, whatever the role: the reporter filter. */
export function peopleOf(meta: ArticleMeta): string[] {
  return [...new Set([...meta.reporters, ...meta.authors, ...meta.interns, ...meta.correspondents, ...meta.photographers])];
}

/** Text in the index: traditional characters folded to simplified, then encoded. */
const indexText = (text: string) => escapeHtml(encodeForIndex(foldToSimplified(text)));

/**
 * The texts an article's search document holds, in order; each is encoded on its own, so no bigram spans two.
 * Every credit as printed (the byline is one of them), so a photographer credited only under a picture is found too.
 */
function searchableTexts({ meta, paragraphs }: IndexedArticle): string[] {
  const credits = meta.credits.length ? meta.credits : [meta.byline];
  return [meta.kicker, meta.headline, meta.subheadline, ...credits, ...paragraphs, ...meta.captions].filter((t): t is string => Boolean(t));
}

/**
 * The searchable texts folded to simplified, as the index holds them: what the term directory and the phrase filter
 * are made from. The build makes them once an article and hands them to both.
 */
export const foldedTexts = (article: IndexedArticle): string[] => searchableTexts(article).map(foldToSimplified);

/** The article's search document; `folded` is foldedTexts(article), which the build makes once for the terms too. */
export function searchDocument(article: IndexedArticle, folded = foldedTexts(article)): string {
  const { meta } = article;
  const people = peopleOf(meta);
  // Values go in element text, not the `key:value` attribute form, where a comma in a headline would split it.
  const metaTag = (key: string, value: string) => `<span data-pagefind-meta="${key}">${escapeHtml(value)}</span>`;
  const filter = (key: string, value: string) => `<span data-pagefind-filter="${key}">${escapeHtml(value)}</span>`;
  return [
    `<!doctype html><html lang="${INDEX_LANGUAGE}"><head><meta charset="utf-8"><title>${indexText(meta.headline)}</title></head><body>`,
    // Pagefind searches meta values too, so the only one is the title (encoded; its text is in the body anyway).
    // Section and people come back from the filters, date and page from the article's URL: none of them is searched.
    metaTag('title', encodeForIndex(meta.headline)),
    filter('year', meta.date.slice(0, 4)),
    filter('section', meta.section ?? NO_SECTION),
    ...people.map((name) => filter('reporter', name)),
    `<main data-pagefind-body data-pagefind-sort="date:${meta.date}">`,
    ...folded.map((text) => `<p>${escapeHtml(encodeBlock(text))}</p>`),
    `<p>${escapeHtml(characterSet(folded.join('')))}</p>`,
    '</main></body></html>',
  ].join('\n');
}

/**
 * The one document of the runtime index (shards.ts RUNTIME), shaped like an article's: in the index language, so it
 * comes with the same WebAssembly as the shards, and with the date sort key, so a search in date order finds it as
 * it finds a shard. The page tags it with a shard of its own, and every search names a shard's: none can return it.
 */
export function runtimeDocument(): string {
  return [
    `<!doctype html><html lang="${INDEX_LANGUAGE}"><head><meta charset="utf-8"><title>baoku</title></head><body>`,
    '<main data-pagefind-body data-pagefind-sort="date:0000-01-01"><p>baoku</p></main></body></html>',
  ].join('\n');
}
