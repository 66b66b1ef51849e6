// A teaser on a front page points to its story's full text on another page (`（全文见A03版）`, `（相关报道见第2版）`,
// `（详见A5版·文化）`). Ingest keeps the words as printed; here the page they name becomes a link to that page of the
// same issue, when the archive has it. A Sätteri HAST plugin, over the paragraphs that already cross to JavaScript.
import { defineHastPlugin, type HastNode, type HastPluginEntry } from 'satteri';
import { pageNumber } from '../ingest/page-marks.ts';
import { PAGE_NO_FORMS } from '../ingest/line-shapes.ts';

/** The page of this issue a printed page number links to, or null when the archive has no such page. */
export type PageLinkOf = (page: number) => string | null;

/** `见` and a page in brackets, a few words around them: the page's words (`A03版`, `第2版`) are the second group. */
const CROSS_REFERENCE = new RegExp(`([（(][^（）()\\n]{0,10}?见\\s*)(第?\\s*(${PAGE_NO_FORMS})\\s*版)(?=[^（）()\\n]{0,8}[）)])`, 'gu');

/**
 * Whether a body may refer to another page: the plugin is added only then. Materializing every paragraph's text
 * nodes for it cost ~0.1 ms an article page, seconds at 100,000 articles, for a form few articles print.
 */
export const mayReferToPages = (markdown: string): boolean => markdown.includes('版') && ANY_CROSS_REFERENCE.test(markdown);
/** The same pattern without the global flag, which would keep a position between two bodies. */
const ANY_CROSS_REFERENCE = new RegExp(CROSS_REFERENCE.source, 'u');

/** The text with each page a cross-reference names turned into a link; null when it names none that the archive has. */
export function linkPageReferences(text: string, linkOf: PageLinkOf): HastNode[] | null {
  if (!text.includes('版')) return null;
  const nodes: HastNode[] = [];
  let from = 0;
  for (const match of text.matchAll(CROSS_REFERENCE)) {
    const page = pageNumber(match[3]!.replace(/\s+/gu, ''));
    const href = page === null ? null : linkOf(page);
    if (!href) continue;
    const at = match.index + match[1]!.length;
    if (at > from) nodes.push({ type: 'text', value: text.slice(from, at) });
    nodes.push({ type: 'element', tagName: 'a', properties: { href, className: ['page-reference'] }, children: [{ type: 'text', value: match[2]! }] });
    from = at + match[2]!.length;
  }
  if (!nodes.length) return null;
  if (from < text.length) nodes.push({ type: 'text', value: text.slice(from) });
  return nodes;
}

export function pageReferences(linkOf: PageLinkOf): HastPluginEntry {
  return defineHastPlugin({
    name: 'baoku:page-references',
    element: {
      filter: ['p'],
      visit(node, ctx) {
        for (const child of node.children) {
          const linked = child.type === 'text' ? linkPageReferences(child.value, linkOf) : null;
          if (linked) ctx.replaceNode(child, linked);
        }
      },
    },
  });
}
