import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeCaptionFigures } from '../../src/lib/markdown/rehype-caption-figures.ts';
import { rehypeParagraphAnchors } from '../../src/lib/markdown/rehype-paragraph-anchors.ts';
import { paragraphsOf } from '../../src/lib/markdown/paragraphs.ts';
import { articleBody } from '../../src/lib/ingest/markdown.ts';

function render(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter } } });
  return String(unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphAnchors).use(rehypeCaptionFigures).use(rehypeStringify).processSync(file));
}

describe('rehypeParagraphAnchors', () => {
  it('numbers paragraphs from 1, skipping subheads, with a link to each', () => {
    const html = render('第一段。\n\n### 一、小标题\n\n第二段。');
    expect(html).toContain('<p id="p1">第一段。 <a href="#p1" class="paragraph-anchor" aria-label="第1段的链接">¶</a></p>');
    expect(html).toContain('<h3>一、小标题</h3>');
    expect(html).toContain('<p id="p2">第二段。');
  });
  it('gives the same ids on every render', () => {
    expect(render('甲。\n\n乙。')).toBe(render('甲。\n\n乙。'));
  });
});

describe('rehypeCaptionFigures', () => {
  it('renders front matter captions as figures, escaped', () => {
    const html = render('正文。', { captions: ['骨干教师送教下乡', '<img src=x onerror=alert(1)>'] });
    expect(html).toContain('<figure class="caption"><figcaption>骨干教师送教下乡</figcaption></figure>');
    expect(html).toContain('<figcaption>&#x3C;img src=x onerror=alert(1)></figcaption>');
    expect(html).not.toContain('<img');
  });
  it('does nothing without captions', () => {
    expect(render('正文。')).not.toContain('figure');
  });
});

describe('paragraphsOf', () => {
  it('reads back exactly the paragraphs ingest wrote, escapes undone', () => {
    const paragraphs = ['<script>alert(1)</script>', '*星号* # 井号', '一、小标题', '[x](javascript:alert(1))'];
    expect(paragraphsOf(articleBody({ paragraphs, subheads: [2] }))).toEqual({ paragraphs, subheads: [2] });
  });
});
