// Photo captions live in an article's front matter (`captions`); this renders them after the text as figures,
// so the caption is marked up as what it is. The page image itself is not in the archive, only its caption.
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';

interface AstroData {
  astro?: { frontmatter?: { captions?: unknown } };
}

export function rehypeCaptionFigures() {
  return (tree: Root, file: VFile) => {
    const captions = (file.data as AstroData).astro?.frontmatter?.captions;
    if (!Array.isArray(captions)) return;
    for (const caption of captions) {
      if (typeof caption !== 'string' || !caption.trim()) continue;
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['caption'] },
        children: [{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] }],
      };
      tree.children.push(figure);
    }
  };
}
