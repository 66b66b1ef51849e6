// Gives every top-level paragraph of an article a stable anchor (#p1, #p2, …) and a small link to it, so a reader
// can cite “paragraph 3” of a story by URL. Subheads are not counted. A Sätteri HAST plugin: Astro's default Markdown
// processor parses and renders in Rust, and only the paragraphs cross over to JavaScript (filter: ['p']).
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

export function paragraphAnchors({ prefix = 'p' }: { prefix?: string } = {}): HastPluginEntry {
  // A factory: Sätteri calls it once per document, so the count starts at 1 in each article.
  return () => {
    let n = 0;
    return defineHastPlugin({
      name: 'baoku:paragraph-anchors',
      element: {
        filter: ['p'],
        visit(node, ctx) {
          // Paragraphs inside a quote or a list item belong to it, not to the article's numbering.
          if (ctx.parent(node).type !== 'root') return;
          const id = `${prefix}${++n}`;
          ctx.setProperty(node, 'id', id);
          ctx.appendChild(node, [
            { type: 'text', value: ' ' },
            {
              type: 'element',
              tagName: 'a',
              // Out of the Tab order: a stop at every paragraph made a keyboard reader press Tab thirty times to
              // get past a long story. The anchor itself (#p3) is what a link to the paragraph needs.
              properties: { href: `#${id}`, className: ['paragraph-anchor'], ariaLabel: `第${n}段的链接`, tabIndex: -1 },
              children: [{ type: 'text', value: '¶' }],
            },
          ]);
        },
      },
    });
  };
}
