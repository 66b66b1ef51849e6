import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';
import { bodyOf, splitFrontMatter } from '../../src/lib/frontmatter.ts';
import { ArticleFiles, articleBody, articleBodyTree, articleFile, isUnedited, STRINGIFY_OPTIONS } from '../../src/lib/ingest/markdown.ts';
import { planArticleWrite, planRemovals, planUntouched } from '../../src/lib/ingest/output.ts';
import { ARTICLE_FEATURES } from '../../src/lib/markdown/processor.ts';
import type { Article } from '../../src/lib/schema.ts';
import { testArticle } from '../helpers.ts';

const article = (over: Partial<Article> = {}): Article => testArticle(over);

describe('articleBody', () => {
  it('escapes everything in page text that Markdown or HTML would read as markup', () => {
    const hostile = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[点我](javascript:alert(1))', '*强调* _斜体_', '# 不是标题', '---', '> 不是引用', '1. 不是列表', '- 不是列表', '```', '&lt;实体&gt;', '![图](x.png)', '<https://example.com>'];
    const body = articleBody({ paragraphs: hostile, subheads: [] });
    const tree = markdownToMdast(body, { features: ARTICLE_FEATURES }) as Root;
    // Read back by the site's own Markdown parser, every paragraph is still one paragraph of plain text, letter for letter.
    expect(tree.children.map((n) => n.type)).toEqual(hostile.map(() => 'paragraph'));
    expect(tree.children.map((n) => ('children' in n ? n.children.map((c) => ('value' in c ? c.value : c.type)).join('') : ''))).toEqual(hostile);
  });
  it('writes subheads as level-3 headings', () => {
    expect(articleBody({ paragraphs: ['一、提高站位', '正文。'], subheads: [0] })).toBe('### 一、提高站位\n\n正文。\n');
  });
  it('writes exactly what remark-stringify writes for the whole body, plain Chinese paragraphs included', () => {
    const serializer = unified().use(remarkStringify, STRINGIFY_OPTIONS);
    // Chinese text, full-width and ASCII punctuation, digits, spaces and line breaks: both the fast path and the
    // serializer's escapes are exercised, one paragraph and whole articles at a time.
    const char = fc.constantFrom(...'报讯记者一二三。，、“”（）《》—…１２0123456789abc *_#<>&[]()!`~|+-=.:;%\\\t\n\u3000');
    const paragraph = fc.string({ unit: char, minLength: 1, maxLength: 12 }).filter((text) => text.trim() !== ''); // as the schema asks
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), fc.array(fc.nat(4), { maxLength: 3 }), (paragraphs, subheads) => {
        const article = { paragraphs, subheads: [...new Set(subheads)].filter((i) => i < paragraphs.length) };
        expect(articleBody(article)).toBe(serializer.stringify(articleBodyTree(article)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('articleFile and edit protection', () => {
  it('is stable, and knows its own text from an edited one', () => {
    const text = articleFile(article());
    expect(articleFile(article())).toBe(text);
    expect(isUnedited(text)).toBe(true);
    expect(isUnedited(text.replace('正文。', '更正后的正文。'))).toBe(false);
    expect(isUnedited(text.replace('headline: "标题"', 'headline: "新标题"'))).toBe(false);
  });
  it('gives its body back without its front matter, as splitFrontMatter does, with no YAML parsed', () => {
    const text = articleFile(article({ paragraphs: ['正文。', '第二段。'] }));
    expect(bodyOf(text)).toBe(splitFrontMatter(text)!.body);
    expect(bodyOf(text)!.trim()).toBe('正文。\n\n第二段。');
    expect(bodyOf('没有前言。')).toBeNull();
  });
  it('puts page text in front matter as quoted YAML that cannot break out', () => {
    const text = articleFile(article({ headline: '---\nid: evil', captions: ['"引号" #注释'] }));
    expect(text.split('\n').filter((l) => l === '---')).toHaveLength(2);
    expect(text).toContain('headline: "---\\nid: evil"');
  });
  it('writes files end to end as each is written alone, in a buffer that grows past its first size', () => {
    const files = new ArticleFiles();
    // The second file alone outgrows the buffer's first 64 KB; the first must survive the copy into a larger one.
    const articles = [article(), article({ id: '2024-03-15-01-02', paragraphs: ['长'.repeat(30_000), '𠀀 <b>'] }), article({ id: '2024-03-15-01-03' })];
    for (const a of articles) files.add(a);
    const decoded = files.ends.map((end, i) => new TextDecoder().decode(files.bytes.subarray(i ? files.ends[i - 1] : 0, end)));
    expect(decoded).toEqual(articles.map(articleFile));
    expect(files.bytes.length).toBe(files.ends.at(-1));
    expect(decoded.every(isUnedited)).toBe(true);
  });
});

describe('planning the writes', () => {
  const a = article();
  const path = '2024/2024-03-15-01-01.md';
  const plan = (x: Article, before?: string) => planArticleWrite(x, before, articleFile(x));
  it('creates, then leaves unchanged, then updates what it wrote', () => {
    expect(plan(a)).toMatchObject({ action: 'create', path });
    expect(plan(a, articleFile(a))).toMatchObject({ action: 'unchanged' });
    const newer = article({ paragraphs: ['新正文。'] });
    expect(plan(newer, articleFile(a))).toMatchObject({ action: 'update', text: articleFile(newer) });
  });
  it('never overwrites or removes a file a person edited', () => {
    const edited = articleFile(a).replace('正文。', '人工更正。');
    expect(plan(article({ paragraphs: ['新正文。'] }), edited)).toMatchObject({ action: 'kept-edited' });
    expect(planRemovals(new Map([[path, edited]]), new Set(), new Set(['raw/01.txt']))).toEqual([{ action: 'kept-edited', path, id: null }]);
    // Also when the edit mistyped the source's lines: the file is still known as that page's, and kept.
    const mistyped = edited.replace(/^ {4}- 3$/mu, '    - drei');
    expect(mistyped).not.toBe(edited);
    expect(planRemovals(new Map([[path, mistyped]]), new Set(), new Set(['raw/01.txt']))).toEqual([{ action: 'kept-edited', path, id: null }]);
    expect(planUntouched(new Map([[path, a.id]]), new Map([[path, edited]]))).toEqual([{ action: 'kept-edited', path, id: a.id }]);
  });
  it('says when the edited file it keeps is of another story than this run\'s article of that id, by their words', () => {
    const story = ['全区春耕备耕工作有序推进，各镇街组织农技人员深入田间地头开展指导服务。', '截至目前，全区已储备种子化肥等农资一万余吨。'];
    const edited = articleFile(article({ paragraphs: story, source: { file: 'raw/01.txt', lines: [5, 15] } })).replace('一万余吨', '一万二千吨');
    // The same story, corrected, moved down the page by an edit above it: not displaced.
    expect(plan(article({ paragraphs: story, source: { file: 'raw/01.txt', lines: [17, 27] } }), edited)).not.toHaveProperty('displaced');
    // A brief printed where the edited story began (its lines overlap the story's old ones): displaced.
    const brief = article({ headline: '区领导调研春运工作', paragraphs: ['近日，区领导调研春运工作。'], source: { file: 'raw/01.txt', lines: [5, 7] } });
    expect(plan(brief, edited)).toEqual({
      action: 'kept-edited', path, id: a.id,
      displaced: { edited: { file: 'raw/01.txt', lines: [5, 15] }, now: { file: 'raw/01.txt', lines: [5, 7] } },
    });
  });
  it('reads a skipped issue\'s file only when it is not known to be as the last run left it', () => {
    const other = '2024/2024-03-15-01-02.md';
    const read: string[] = [];
    const files = { has: () => true, keys: () => [path, other].values(), get: (p: string) => (read.push(p), p === other ? articleFile(a).replace('正文。', '人工更正。') : articleFile(a)) };
    const known = (p: string) => p === path;
    expect(planUntouched(new Map([[path, a.id], [other, 'b']]), files, known)).toEqual([
      { action: 'unchanged', path, id: a.id },
      { action: 'kept-edited', path: other, id: 'b' },
    ]);
    expect(read).toEqual([other]);
  });
  it('removes an unedited file whose source page no longer yields it, and only then', () => {
    expect(planRemovals(new Map([[path, articleFile(a)]]), new Set(), new Set(['raw/01.txt']))).toEqual([{ action: 'remove', path }]);
    expect(planRemovals(new Map([[path, articleFile(a)]]), new Set(), new Set(['raw/02.txt']))).toEqual([]);
    expect(planRemovals(new Map([[path, articleFile(a)]]), new Set([path]), new Set(['raw/01.txt']))).toEqual([]);
  });
});
