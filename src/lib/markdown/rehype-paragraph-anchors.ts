// Gives every top-level paragraph of an article a stable anchor (#p1, #p2, …) and a small link to it,
// so a reader can cite “paragraph 3” of a story by URL. Subheads are not counted.
import type { Element, Root } from 'hast';

export interface ParagraphAnchorOptions {
  /** Prefix of the ids: `p` gives `p1`, `p2`. */
  prefix?: string;
}

export function rehypeParagraphAnchors({ prefix = 'p' }: ParagraphAnchorOptions = {}) {
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const id = `${prefix}${++n}`;
      node.properties = { ...node.properties, id };
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${id}`, className: ['paragraph-anchor'], ariaLabel: `第${n}段的链接` },
        children: [{ type: 'text', value: '¶' }],
      };
      node.children.push({ type: 'text', value: ' ' }, link);
    }
  };
}
