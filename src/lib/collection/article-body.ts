// An article's body, read from its Markdown file when a page needs it: the content store keeps front matter only
// (article-loader.ts). Rendered with the site's processor (../markdown/processor.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bodyOf } from '../frontmatter.ts';
import { paragraphsOf, type BodyText } from '../markdown/paragraphs.ts';
import type { PageLinkOf } from '../markdown/page-references.ts';
import { renderArticleBody } from '../markdown/processor.ts';

interface ArticleFileEntry {
  filePath?: string | undefined;
  data: { captions: string[] };
}

function markdownOf(entry: ArticleFileEntry): string {
  if (!entry.filePath) throw new Error('An article entry has no file path: it was not loaded by the article loader.');
  const text = readFileSync(resolve(process.cwd(), entry.filePath), 'utf8');
  return bodyOf(text) ?? text;
}

/** The body as plain paragraphs (issue JSON, RSS, descriptions). */
export const articleText = (entry: ArticleFileEntry): BodyText => paragraphsOf(markdownOf(entry));

/**
 * The body as HTML, with paragraph anchors, the captions as figures and the pages it refers to as links (through
 * `pageLink`), and its plain paragraphs.
 */
export async function articleHtml(entry: ArticleFileEntry, pageLink?: PageLinkOf): Promise<{ html: string; text: BodyText }> {
  const markdown = markdownOf(entry);
  return { html: await renderArticleBody(markdown, entry.data, pageLink), text: paragraphsOf(markdown) };
}
