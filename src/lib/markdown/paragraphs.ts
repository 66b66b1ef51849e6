// The reverse of ingest's articleBody: an article's Markdown read back into plain paragraphs (escapes undone),
// for the per-issue JSON, RSS descriptions, search documents and anything else that wants the text, not the HTML.
// Parsed by Sätteri, the site's own Markdown processor (four times faster than micromark here), so the text read
// back is the text the article page shows.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';
import { ARTICLE_FEATURES } from './processor.ts';

export interface BodyText {
  paragraphs: string[];
  /** Indexes into `paragraphs` of subheads. */
  subheads: number[];
}

export function paragraphsOf(markdown: string): BodyText {
  const paragraphs: string[] = [];
  const subheads: number[] = [];
  const tree = markdownToMdast(markdown, { features: ARTICLE_FEATURES, position: false }) as Root;
  for (const node of tree.children) {
    const text = toString(node).trim();
    if (!text) continue;
    if (node.type === 'heading') subheads.push(paragraphs.length);
    paragraphs.push(text);
  }
  return { paragraphs, subheads };
}
