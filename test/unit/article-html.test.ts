// An article's Markdown as the site renders it: Sätteri with our features and HAST plugins (src/lib/markdown/).
import { describe, expect, it } from 'vitest';
import { articleBody } from '../../src/lib/ingest/markdown.ts';
import { paragraphsOf } from '../../src/lib/markdown/paragraphs.ts';
import { linkPageReferences } from '../../src/lib/markdown/page-references.ts';
import { renderArticleBody } from '../../src/lib/markdown/processor.ts';

const render = (markdown: string, frontmatter: { captions?: unknown } = {}) => renderArticleBody(markdown, frontmatter);

describe('paragraphAnchors', () => {
  it('numbers paragraphs from 1, skipping subheads, with a link to each', async () => {
    const html = await render('第一段。\n\n### 一、小标题\n\n第二段。');
    expect(html).toContain('<p id="p1">第一段。 <a href="#p1" class="paragraph-anchor" aria-label="第1段的链接" tabindex="-1">¶</a></p>');
    expect(html).toContain('<h2>一、小标题</h2>');
    expect(html).toContain('<p id="p2">第二段。');
  });
  it('starts again at 1 in every article, and gives the same ids on every render', async () => {
    const first = await render('甲。\n\n乙。');
    expect(await render('丙。')).toContain('<p id="p1">丙。');
    expect(await render('甲。\n\n乙。')).toBe(first);
  });
  it('numbers only the article’s own paragraphs, not those inside a quote', async () => {
    const html = await render('甲。\n\n> 引文。\n\n乙。');
    expect(html).toContain('<p>引文。</p>');
    expect(html).toContain('<p id="p2">乙。');
  });
});

describe('subheadLevels', () => {
  it('makes the body’s highest heading an h2, under the page’s h1, and keeps the others’ distance below it', async () => {
    expect(await render('甲。\n\n### 一、小标题\n\n乙。\n\n#### （一）细目\n\n丙。')).toMatch(/<h2>一、小标题<\/h2>[^]*<h3>（一）细目<\/h3>/u);
    // A heading a person wrote as # in a corrected article is no second h1.
    expect(await render('# 大标题\n\n甲。')).toContain('<h2>大标题</h2>');
    expect(await render('## 小标题\n\n甲。')).toContain('<h2>小标题</h2>');
  });
});

describe('captionFigures', () => {
  it('renders front matter captions as figures after the text, escaped', async () => {
    const html = await render('正文。', { captions: ['骨干教师送教下乡', '<img src=x onerror=alert(1)>'] });
    expect(html).toMatch(/<\/p>\s*<figure class="caption"><figcaption>骨干教师送教下乡<\/figcaption><\/figure>/u);
    expect(html).toContain('<figcaption>&lt;img src=x onerror=alert(1)&gt;</figcaption>');
    expect(html).not.toContain('<img');
  });
  it('does nothing without captions', async () => {
    expect(await render('正文。')).not.toContain('figure');
    expect(await render('正文。', { captions: ['  '] })).not.toContain('figure');
  });
});

describe('page text through the whole processor', () => {
  it('stays literal: no markup, links, strike-through or curly quotes come out of it', async () => {
    const paragraphs = ['<script>alert(1)</script>', 'http://example.com ~~删除~~ "引号" -- 破折', '[x](javascript:alert(1))', '*星号*'];
    const html = await render(articleBody({ paragraphs, subheads: [] }));
    expect(html).not.toMatch(/<(script|a href="http|a href="javascript|del|em|strong)\b/u);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('http://example.com ~~删除~~ "引号" -- 破折');
  });
});

describe('paragraphsOf', () => {
  it('reads back exactly the paragraphs ingest wrote, escapes undone', () => {
    const paragraphs = ['<script>alert(1)</script>', '*星号* # 井号', '一、小标题', '[x](javascript:alert(1))'];
    expect(paragraphsOf(articleBody({ paragraphs, subheads: [2] }))).toEqual({ paragraphs, subheads: [2] });
  });
});

describe('pageReferences', () => {
  const pages = new Map([[2, '/issues/2024-05-10/2/'], [103, '/issues/2024-05-10/103/']]);
  const linkOf = (page: number) => pages.get(page) ?? null;
  it('links the page a teaser points to for its full text, and leaves the words as printed', async () => {
    const html = await renderArticleBody('5月9日，市政府召开常务会议。（全文见A03版）\n\n（相关报道见第 2 版）', {}, linkOf);
    expect(html).toContain('5月9日，市政府召开常务会议。（全文见<a href="/issues/2024-05-10/103/" class="page-reference">A03版</a>）');
    expect(html).toContain('<p id="p2">（相关报道见<a href="/issues/2024-05-10/2/" class="page-reference">第 2 版</a>）');
  });
  it('links no page the archive does not have, nor a page named outside a reference', async () => {
    const html = await renderArticleBody('（详见A5版·文化）本版第2版面的内容。', {}, linkOf);
    expect(html).not.toContain('<a href="/issues');
    expect(html).toContain('（详见A5版·文化）本版第2版面的内容。');
  });
  it('keeps the text around a link escaped, as ingest wrote it', async () => {
    const html = await renderArticleBody(articleBody({ paragraphs: ['<script>alert(1)</script>（见第2版）*星号*'], subheads: [] }), {}, linkOf);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;（见<a href="/issues/2024-05-10/2/" class="page-reference">第2版</a>）*星号*');
    expect(html).not.toMatch(/<(script|em)\b/u);
  });
  it('names the pieces of text around each reference', () => {
    expect(linkPageReferences('甲（全文见A03版）乙（见第2版）', linkOf)?.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? `[${node.properties['href']}]` : ''))).toEqual([
      '甲（全文见', '[/issues/2024-05-10/103/]', '）乙（见', '[/issues/2024-05-10/2/]', '）',
    ]);
    expect(linkPageReferences('没有提到版面', linkOf)).toBeNull();
  });
});
