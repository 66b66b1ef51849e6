// The reverse of ingest's articleBody: an article's Markdown read back into plain paragraphs (escapes undone),
// for the per-issue JSON, RSS descriptions and anything else that wants the text, not the HTML.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

export interface BodyText {
  paragraphs: string[];
  /** Indexes into `paragraphs` of subheads. */
  subheads: number[];
}

export function paragraphsOf(markdown: string): BodyText {
  const paragraphs: string[] = [];
  const subheads: number[] = [];
  for (const node of fromMarkdown(markdown).children) {
    const text = toString(node).trim();
    if (!text) continue;
    if (node.type === 'heading') subheads.push(paragraphs.length);
    paragraphs.push(text);
  }
  return { paragraphs, subheads };
}
