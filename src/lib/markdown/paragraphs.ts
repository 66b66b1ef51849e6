// The reverse of ingest's articleBody: an article's Markdown read back into plain paragraphs (escapes undone),
// for the per-issue JSON, RSS descriptions, search documents and anything else that wants the text, not the HTML.
// Parsed by Sätteri, the site's own Markdown processor (four times faster than micromark here), so the text read
// back is the text the article page shows.
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';
import { ARTICLE_FEATURES } from './processor.ts';

export interface BodyText {
  paragraphs: string[];
  /** Indexes into `paragraphs` of subheads. */
  subheads: number[];
}

/** A block's text, as ingest wrote it: a hard line break (a poem's verses) is a newline. */
function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n';
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : toString(node);
}

export function paragraphsOf(markdown: string): BodyText {
  const paragraphs: string[] = [];
  const subheads: number[] = [];
  const tree = markdownToMdast(markdown, { features: ARTICLE_FEATURES, position: false }) as Root;
  for (const node of tree.children) {
    const text = textOf(node).trim();
    if (!text) continue;
    if (node.type === 'heading') subheads.push(paragraphs.length);
    paragraphs.push(text);
  }
  return { paragraphs, subheads };
}
