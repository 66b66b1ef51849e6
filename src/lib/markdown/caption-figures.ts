// Photo captions live in an article's front matter (`captions`); this renders them after the text as figures, so
// the caption is marked up as what it is. The page image itself is not in the archive, only its caption.
import { defineHastPlugin } from 'satteri';

interface AstroData {
  astro?: { frontmatter?: { captions?: unknown } };
}

export const captionFigures = defineHastPlugin({
  name: 'baoku:caption-figures',
  after(root, ctx) {
    const captions = (ctx.data as AstroData).astro?.frontmatter?.captions;
    if (!Array.isArray(captions)) return;
    const figures = captions
      .filter((caption): caption is string => typeof caption === 'string' && caption.trim() !== '')
      .map((caption) => ({
        type: 'element' as const,
        tagName: 'figure',
        properties: { className: ['caption'] },
        children: [{ type: 'element' as const, tagName: 'figcaption', properties: {}, children: [{ type: 'text' as const, value: caption }] }],
      }));
    if (figures.length) ctx.appendChild(root, figures);
  },
});
