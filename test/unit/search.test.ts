import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterSet, decodeFromIndex, encodeBlock, encodeForIndex, queryTerms, termQueries } from '../../src/lib/search/bigrams.ts';
import { deriveFoldTable, foldTableSource } from '../../src/lib/search/fold-derive.ts';
import { foldToSimplified } from '../../src/lib/search/fold.ts';
import { escapeHtml, excerptAround, highlight, unescapeHtml } from '../../src/lib/search/highlight.ts';
import { describeFilters, effectiveState, hasWords, inQuotes, readSearchState, writeSearchState } from '../../src/lib/search/state.ts';

describe('bigram encoding', () => {
  it('turns Han runs into overlapping bigrams and a final character; punctuation and spaces into tokens', () => {
    expect(encodeForIndex('卤鹅是“荣昌”名吃')).toBe('卤鹅 鹅是 是 “ 荣昌 昌 ” 名吃 吃');
    expect(encodeForIndex('AI识别 2023年')).toBe('AI 识别 别 \u2E31 2023 年');
  });
  it('decodes back to the text, whitespace runs as one space', () => {
    const text = fc.stringMatching(/^[\u4e00-\u4e2f，。“”、 a-zA-Z0-9·《》()-]{0,40}$/u);
    fc.assert(fc.property(text, (t) => {
      expect(decodeFromIndex(encodeForIndex(t))).toBe(t.replace(/\s+/gu, ' ').trimEnd());
    }), { numRuns: 300 });
  });
  it('reads Pagefind’s block ends as breaks, and leaves the character set out', () => {
    expect(decodeFromIndex('擦亮 亮德 德. 荣昌 昌. ⁂ 擦 亮 德 荣 昌.')).toBe('擦亮德 荣昌');
    // Blocks as the document holds them: a break after each, whether Pagefind added its full stop (after a word) or
    // not (after punctuation of the text's own).
    const content = `${encodeBlock('覆盖率达95%')} ${encodeBlock('本报讯(记者 张三)近日')}. ⁂ 覆 盖.`;
    expect(decodeFromIndex(content)).toBe('覆盖率达95% 本报讯(记者 张三)近日');
    expect(characterSet('荣昌，荣昌')).toBe('⁂ 荣 昌');
  });
  it('queries a term as one exact phrase of bigrams, a single character by prefix', () => {
    expect(termQueries('杨丽丹')).toEqual(['"杨丽 丽丹"']);
    expect(termQueries('鹅')).toEqual(['"鹅"']);
    expect(termQueries('2023年')).toEqual(['"2023"', '"年"']);
    expect(termQueries('AI识别')).toEqual(['"ai"', '"识别"']);
  });
  it('a phrase of bigrams occurs in the encoding exactly where the term occurs in the text', () => {
    const han = fc.stringMatching(/^[\u4e00-\u4e0f]{2,30}$/u);
    fc.assert(fc.property(han, han, (text, term) => {
      const phrase = termQueries(term)[0]!.slice(1, -1);
      const tokens = ` ${encodeForIndex(text)} `;
      expect(tokens.includes(` ${phrase} `)).toBe(text.includes(term));
    }), { numRuns: 300 });
  });
  it('splits what a reader typed into terms', () => {
    expect(queryTerms(' 杨丽丹  2023年，AI识别！ ')).toEqual(['杨丽丹', '2023年', 'AI识别']);
  });
});

describe('traditional to simplified', () => {
  it('folds traditional characters and regional variants', () => {
    expect(foldToSimplified('榮昌報 記者楊麗丹 臺灣 裡')).toBe('荣昌报 记者杨丽丹 台湾 里');
  });
  it('leaves simplified text as it is, characters valid in both scripts included', () => {
    const simplified = '荣昌报记者杨丽丹报道著名乾坤于是';
    expect(foldToSimplified(simplified).length).toBe(simplified.length);
    expect(foldToSimplified('著名')).toBe('著名');
  });
  it('ships the table OpenCC’s dictionaries give (after an opencc-js upgrade: npm run fold-table)', () => {
    const shipped = readFileSync(new URL('../../src/lib/search/fold-table.ts', import.meta.url), 'utf8');
    const table = deriveFoldTable();
    expect(shipped).toBe(foldTableSource(table));
    for (const [from, to] of table) expect(foldToSimplified(from)).toBe(to);
  });
});

describe('excerpts', () => {
  it('escapes page text and marks only the terms', () => {
    expect(highlight('<script>alert(1)</script> 杨丽丹', ['杨丽丹'])).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>杨丽丹</mark>');
    expect(highlight('a<b', ['<'])).toBe('a<mark>&lt;</mark>b');
    expect(unescapeHtml(escapeHtml('<a href="x">&amp;\'</a>'))).toBe('<a href="x">&amp;\'</a>');
  });
  it('marks Latin letters in any case, as the search finds them (ai识别 in “AI识别”)', () => {
    expect(highlight('启用AI识别系统', ['ai识别'])).toBe('启用<mark>AI识别</mark>系统');
    const text = '甲'.repeat(100) + 'AI识别' + '乙'.repeat(100);
    expect(excerptAround(text, ['ai识别'], 20)).toMatch(/^…甲+AI识别乙+…$/u);
  });
  it('cuts a window around the first match', () => {
    const text = '甲'.repeat(100) + '杨丽丹' + '乙'.repeat(100);
    const cut = excerptAround(text, ['杨丽丹'], 20);
    expect(cut).toMatch(/^…甲+杨丽丹乙+…$/u);
    expect([...cut.replace(/…/gu, '')]).toHaveLength(20);
  });
});

describe('the search a state runs', () => {
  const none = { reporter: [], section: [], year: [] };
  it('has words in any script, and none in punctuation alone', () => {
    expect(['卤鹅', 'AI', '2023', 'café', '한국'].every(hasWords)).toBe(true);
    expect(['，。', '？！', '“”', '...', '- +'].some(hasWords)).toBe(false);
  });
  it('runs a query without words as none, and a search without a query newest first', () => {
    expect(effectiveState({ q: '，。', filters: none, sort: 'relevance' })).toEqual({ q: '', filters: none, sort: 'date' });
    const byReporter = { q: '', filters: { ...none, reporter: ['张宁婷'] }, sort: 'relevance' as const };
    expect(effectiveState(byReporter)).toEqual({ ...byReporter, sort: 'date' });
    expect(effectiveState({ q: '发展', filters: none, sort: 'relevance' })).toEqual({ q: '发展', filters: none, sort: 'relevance' });
  });
  it('says what a search without a query is for', () => {
    expect(describeFilters({ reporter: ['张宁婷'], section: [], year: [] })).toBe('记者张宁婷的文章');
    expect(describeFilters({ reporter: ['张三', '李四'], section: ['要闻'], year: ['2024'] })).toBe('记者张三、李四，版面要闻，2024年的文章');
    expect(describeFilters(none)).toBe('');
  });
  it('puts a query in Chinese quotation marks once, whatever quotes the reader typed round it', () => {
    expect(['荣昌', '"光储充"', '“一老一小”', '「荣昌」', '\'卤鹅\''].map(inQuotes)).toEqual(['“荣昌”', '“光储充”', '“一老一小”', '“荣昌”', '“卤鹅”']);
    // Quotes inside a query, or one alone, are the query's own.
    expect(['"光储充', '光"储"充', '""'].map(inQuotes)).toEqual(['“"光储充”', '“光"储"充”', '“""”']);
  });
});

describe('search state in the URL', () => {
  it('round-trips query, filters and order', () => {
    const state = { q: '杨丽丹', filters: { reporter: ['杨丽丹', '梁胜明'], section: [], year: ['2023'] }, sort: 'date' as const };
    expect(readSearchState(new URLSearchParams(writeSearchState(state)))).toEqual(state);
    expect(writeSearchState({ q: '', filters: { reporter: [], section: [], year: [] }, sort: 'relevance' })).toBe('');
  });
});
