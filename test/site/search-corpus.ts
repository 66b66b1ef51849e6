// What the search index should find, worked out from the articles themselves (not from the index): the Markdown files
// ingest wrote for the harness build, read back with the same helpers the site uses, and their indexed text as
// src/lib/search/records.ts `searchDocument` puts it in <main> — kicker, headline, subheadline, every credit as
// printed (the byline when there are none), paragraphs, captions — folded to simplified characters. Shared by
// search.test.ts and recall.test.ts. Labels that are not text (section, date, page) must not find an article.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../../src/lib/frontmatter.ts';
import { paragraphsOf } from '../../src/lib/markdown/paragraphs.ts';
import { foldToSimplified } from '../../src/lib/search/fold.ts';

export interface CorpusArticle {
  id: string;
  /** The article's URL path on the site, as search hits give it: `/baoku/articles/<id>/`. */
  url: string;
  date: string;
  page: number;
  headline: string;
  section: string | null;
  /** Everyone credited, whatever the role (the 记者 facet), in role order. */
  people: string[];
  /** The indexed texts, folded: one string per block, in the order of the index. */
  blocks: string[];
  /** The blocks joined with newlines (no Han substring can cross a block this way). */
  text: string;
}

interface Front {
  id: string;
  date: string;
  page: number;
  headline: string;
  kicker: string | null;
  subheadline: string | null;
  byline: string | null;
  credits: string[];
  section: string | null;
  reporters: string[];
  authors: string[];
  correspondents: string[];
  photographers: string[];
  interns: string[];
  captions: string[];
}

/** Every article of a build (its articles folder), sorted by id. */
export function readCorpus(articlesDir: string, base = '/baoku/'): CorpusArticle[] {
  if (!articlesDir) throw new Error('This build has no articles folder: set BAOKU_TEST_ARTICLES, or let the harness build the site.');
  const articles: CorpusArticle[] = [];
  for (const file of readdirSync(articlesDir, { recursive: true }).map(String).filter((f) => f.endsWith('.md'))) {
    const parts = splitFrontMatter(readFileSync(join(articlesDir, file), 'utf8'));
    if (!parts) throw new Error(`${file} has no front matter`);
    const meta = parts.data as Front;
    const { paragraphs } = paragraphsOf(parts.body);
    const credits = meta.credits.length ? meta.credits : [meta.byline];
    const blocks = [meta.kicker, meta.headline, meta.subheadline, ...credits, ...paragraphs, ...meta.captions]
      .filter((t): t is string => Boolean(t))
      .map(foldToSimplified);
    articles.push({
      id: meta.id,
      url: `${base}articles/${meta.id}/`,
      date: meta.date,
      page: meta.page,
      headline: meta.headline,
      section: meta.section,
      people: [...new Set([...meta.reporters, ...meta.authors, ...meta.interns, ...meta.correspondents, ...meta.photographers])],
      blocks,
      text: blocks.join('\n'),
    });
  }
  return articles.sort((a, b) => a.id.localeCompare(b.id));
}

/** The URLs of the articles whose indexed text contains the query (folded, as the search page folds it). */
export function truthOf(corpus: CorpusArticle[], query: string): Set<string> {
  const folded = foldToSimplified(query);
  return new Set(corpus.filter((a) => a.text.includes(folded)).map((a) => a.url));
}

/** The URLs of the articles that credit a person in any role. */
export function creditedTo(corpus: CorpusArticle[], name: string): Set<string> {
  return new Set(corpus.filter((a) => a.people.includes(name)).map((a) => a.url));
}

export const HAN = /^\p{Script=Han}$/u;
