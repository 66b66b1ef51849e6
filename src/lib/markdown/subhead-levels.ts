// An article's subheads are headings under its headline, the page's one <h1>: the body's highest heading becomes an
// <h2>, and the others keep their distance below it. Ingest writes subheads as `###`, which left a level out between
// the headline and them (screen readers list headings by level; axe's heading-order).
import { defineHastPlugin, type HastNode } from 'satteri';

const LEVEL = /^h([1-6])$/u;
const levelOf = (node: HastNode) => (node.type === 'element' ? Number(LEVEL.exec(node.tagName)?.[1] ?? 0) : 0);

export const subheadLevels = defineHastPlugin({
  name: 'baoku:subhead-levels',
  after(root, ctx) {
    const headings = root.children.filter((node) => levelOf(node) > 0);
    if (!headings.length) return;
    const shift = 2 - Math.min(...headings.map(levelOf));
    if (shift === 0) return;
    for (const node of headings) {
      if (node.type !== 'element') continue;
      ctx.replaceNode(node, { ...node, tagName: `h${Math.min(6, levelOf(node) + shift)}` });
    }
  },
});
