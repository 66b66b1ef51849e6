// Property tests over ingestIssue: whatever the pages say, ingest never throws, and the page report accounts for
// every non-blank source line exactly once. This is the promise the report makes to the archivist: nothing on a page
// is silently dropped, every line is somewhere, as body, headline, furniture, duplicate or credit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestIssue, type IssueResult } from '../../src/lib/ingest/issue.ts';
import { defaultPaperSettings } from '../../src/lib/ingest/settings.ts';
import { sampleText } from '../helpers.ts';

const FOLDER = '2024-03-15';
const SAMPLE = sampleText();

interface Page {
  name: string;
  text: string;
}

/** Like test/helpers.ts `ingestText`, but keeping the order and names of the pages as generated. */
function ingest(pages: Page[]): IssueResult {
  return ingestIssue({
    folder: FOLDER,
    pages: pages.map((p) => ({ file: `${FOLDER}/${p.name}`, bytes: new TextEncoder().encode(p.text) })),
    manifest: null,
    settings: defaultPaperSettings,
  });
}

/**
 * Non-blank line numbers (1-based) of a page, computed independently of src/lib/ingest/lines.ts but by its rule:
 * lines split on CRLF, CR or LF; a line is blank when nothing is left after trimming whitespace and U+3000.
 */
function nonBlankLines(text: string): number[] {
  const numbers: number[] = [];
  text.split(/\r\n|\r|\n/u).forEach((line, i) => {
    if (line.replace(/^[\s\u3000\uFEFF]+|[\s\u3000\uFEFF]+$/gu, '') !== '') numbers.push(i + 1);
  });
  return numbers;
}

/** Every non-blank line of every page is in exactly one range of its page's report, and the role counts agree. */
function expectEveryLineAccounted(pages: Page[], result: IssueResult): void {
  // Generated pages are UTF-8 with a date-bearing folder: all are read, none is refused.
  expect(result.errors.filter((e) => e.code === 'unreadable' || e.code === 'no-date')).toEqual([]);
  expect(result.pages.map((p) => p.file)).toEqual(pages.map((p) => `${FOLDER}/${p.name}`));
  pages.forEach((page, i) => {
    const report = result.pages[i]!;
    const expected = nonBlankLines(page.text);
    const covered: number[] = [];
    const byRole: Record<string, number> = {};
    let next = 0; // index into `expected` of the first line not yet covered
    for (const range of report.lines) {
      // A range starts at the next non-blank line and runs over consecutive non-blank lines to `to`.
      expect(range.from, `${report.file}: a range starts at ${range.from}, the next non-blank line is ${expected[next]}`).toBe(expected[next]);
      const end = expected.indexOf(range.to, next);
      expect(end, `${report.file}: range ${range.from}–${range.to} (${range.role}) does not end on a non-blank line after its start`).toBeGreaterThanOrEqual(next);
      for (let k = next; k <= end; k++) covered.push(expected[k]!);
      byRole[range.role] = (byRole[range.role] ?? 0) + end - next + 1;
      next = end + 1;
    }
    expect(covered, `${report.file}: the ranges cover exactly the non-blank lines`).toEqual(expected);
    // The lists name exactly the lines kept out of articles: furniture (page headers and orphan credits among it)
    // and duplicates, each once.
    const lineRole = new Map(report.lines.flatMap((range) => expected.filter((n) => n >= range.from && n <= range.to).map((n): [number, string] => [n, range.role])));
    const listed = [...report.furniture.map((f) => f.line), ...report.duplicates.map((d) => d.line)].sort((a, b) => a - b);
    const keptOut = expected.filter((n) => ['furniture', 'page-header', 'orphan-credit', 'duplicate'].includes(lineRole.get(n)!));
    expect(listed, `${report.file}: the furniture and duplicate lists hold the lines kept out of articles`).toEqual(keptOut);
    const counts = Object.values(report.roles).reduce((sum, n) => sum + (n ?? 0), 0);
    expect(counts, `${report.file}: role counts sum to the non-blank line count`).toBe(expected.length);
    expect(report.roles).toEqual(byRole);
  });
}

/** Ranges whose lines are an article's text point at an article that exists; ids are unique; every article validates. */
function expectReferencedArticlesExist(result: IssueResult): void {
  const ids = new Set(result.articles.map((a) => a.id));
  expect(ids.size, 'article ids are unique').toBe(result.articles.length);
  expect(result.errors.filter((e) => e.code === 'invalid-article'), 'no article fails the schema').toEqual([]);
  for (const report of result.pages) {
    for (const range of report.lines) {
      if (!['body', 'headline', 'byline'].includes(range.role) || range.article === null) continue;
      expect(ids.has(range.article), `${report.file}:${range.from}–${range.to} (${range.role}) names article ${range.article}, which is not in result.articles`).toBe(true);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Generators: page text from the pieces real extracted pages are made of.

const HAN = [...'荣昌区委会议召开近日本报讯记者通讯员摄影王晓明杨丽丹梁胜明新城建设推进工作发展经济社会民营企业党组书记检察院学校道路项目年月日版综合第上下接转图为一二三四五六七八九十群众服务乡村振兴活动开展重庆市'];
const PUNCTUATION = [...'。，、；：？！“”《》()（）,;:?!.·—'];
const FRAGMENTS = [
  '本报讯(', '本报讯（', ')', '）', '记者 ', '通讯员 ', '融媒体中心记者 ', '实习生 ', '摄', ' 摄', '王晓明', '杨丽丹', '阿卜杜·热合曼',
  '(上接第2版)', '(下转第3版)', '（上接第一版）', '（下转第四版）', '(上接第', '(下转第', '版)',
  '■ ', '□ ', '▲', '【', '】', '一、', '二、', '(一)', '1.', '图为', '图：', '文/', '图/',
  '第3版 综合 2024年3月15日 星期五', '第1版 要闻 2024年3月15日 星期五', '责任编辑 李四', '- 7 -', '8', '重庆·荣昌',
  '新华社北京3月14日电', '据新华社报道', '2024年3月15日', '12月22日', '简讯', '——', '荣昌报',
];

const han = fc.constantFrom(...HAN);
const tokens = fc.oneof(
  { weight: 30, arbitrary: fc.array(han, { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')) },
  { weight: 12, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 15, arbitrary: fc.constantFrom(...FRAGMENTS) },
  // Page numbers as extraction gives them: a dropped digit (第10版 → 第0版) is a misprint the page may carry.
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }).map((n) => `(上接第${n}版)`) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }).map((n) => `(下转第${n}版)`) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 12 }).map((n) => `第${n}版 综合 2024年3月15日 星期五`) },
  { weight: 4, arbitrary: fc.constantFrom(...'0123456789') },
  { weight: 6, arbitrary: fc.constantFrom(' ', '\u3000', '\u3000\u3000', '\t') },
  { weight: 16, arbitrary: fc.constantFrom('\n', '\r\n', '\r') },
  { weight: 5, arbitrary: fc.integer({ min: 2, max: 5 }).map((n) => '\n'.repeat(n)) },
  { weight: 2, arbitrary: fc.constantFrom('\n\u3000\n', '\n  \n', '\r\n\u3000\u3000\r\n\r\n') },
);
/** A page as a soup of the pieces above, newlines included. */
const soupPage = fc.array(tokens, { maxLength: 120 }).map((ts) => ts.join(''));

// A page as lines of the shapes a page is made of, so that stories, bylines, jumps and captions meet in
// realistic orders; page numbers 1–3 so that jumps between the generated pages can be merged.
const SAMPLE_LINES = SAMPLE.split(/\r\n|\r|\n/u).filter((l) => l.trim() !== '');
const hanRun = (min: number, max: number) => fc.array(han, { minLength: min, maxLength: max }).map((cs) => cs.join(''));
const name = fc.constantFrom('王晓明', '杨丽丹', '梁胜明', '李四', '阿卜杜·热合曼', '张');
const sentence = fc
  .array(fc.tuple(hanRun(2, 14), fc.constantFrom('，', '、', '；', ',', '：', '')), { minLength: 1, maxLength: 5 })
  .chain((parts) => fc.constantFrom('。', '！', '？', '', '.').map((end) => parts.map(([w, p]) => w + p).join('') + end));
const smallPage = fc.integer({ min: 1, max: 3 });
const line = fc.oneof(
  { weight: 6, arbitrary: hanRun(2, 16) },
  { weight: 8, arbitrary: sentence },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom('本报讯(', '本报讯（', '本报讯 ', '新华社北京3月14日电 ('), fc.constantFrom('记者 ', '融媒体中心记者 ', '通讯员 ', '实习生 ', ''), name, fc.constantFrom(')', '）'), sentence)
      .map((parts) => parts.join('')),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('记者 ', '融媒体中心记者 ', '通讯员 ', '□ ', '文/', '图/', ''), name, fc.constantFrom('', ' 摄', '摄', ' 通讯员 梁胜明'))
      .map((parts) => parts.join('')),
  },
  { weight: 3, arbitrary: fc.tuple(smallPage, fc.oneof(fc.constant(''), sentence)).map(([n, s]) => `(上接第${n}版)${s}`) },
  { weight: 3, arbitrary: fc.tuple(fc.oneof(fc.constant(''), sentence), smallPage).map(([s, n]) => `${s}(下转第${n}版)`) },
  { weight: 1, arbitrary: smallPage.map((n) => `第${n}版 综合 2024年3月15日 星期五`) },
  { weight: 1, arbitrary: fc.constantFrom('- 7 -', '8', '重庆·荣昌', '荣昌报', '责任编辑 李四', '简讯') },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('图为', '图：', '▲', '■ ', '一、', '(二)', '1.', '【'), hanRun(2, 20)).map((parts) => parts.join('')) },
  { weight: 3, arbitrary: fc.constantFrom(...SAMPLE_LINES) },
  { weight: 2, arbitrary: fc.array(tokens, { maxLength: 12 }).map((ts) => ts.join('')) },
);
const indent = fc.constantFrom('', '', '', '\u3000\u3000', '  ', '\t');
const gap = fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.constant(1) }, { weight: 2, arbitrary: fc.integer({ min: 2, max: 4 }) });
const eol = fc.constantFrom('\n', '\n', '\r\n', '\r');
const structuredPage = fc
  .array(fc.tuple(gap, fc.constantFrom('', ' ', '\u3000'), indent, line, eol), { maxLength: 40 })
  .map((rows) => rows.map(([blank, filler, ind, text, end]) => `${filler}${end}`.repeat(blank) + ind + text + end).join(''));

const pageText = fc.oneof({ weight: 1, arbitrary: soupPage }, { weight: 2, arbitrary: structuredPage });

/** 1–3 pages, named by page number (01.txt) or not (page-a.txt, numbered by position). */
const issuePages = fc
  .tuple(fc.array(pageText, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([texts, numbered]) => texts.map((text, i): Page => ({ name: numbered ? `${String(i + 1).padStart(2, '0')}.txt` : `page-${'abc'[i]}.txt`, text })));

// Mangling the real sample page.
type Op =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number; to: number }
  | { op: 'blank'; at: number; count: number }
  | { op: 'swap-blocks'; a: number; b: number }
  | { op: 'shuffle-blocks'; keys: number[] };

const ops: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), to: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('blank' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('swap-blocks' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('shuffle-blocks' as const), keys: fc.array(fc.nat(), { minLength: 1, maxLength: 60 }) }) },
);

/** Blocks of lines: a run of non-blank lines with the blank lines after it (a leading blank run is a block too). */
function toBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] | null = null;
  let inBlank = false;
  for (const line of lines) {
    const blank = line.trim() === '';
    if (!current || (!blank && inBlank)) {
      current = [];
      blocks.push(current);
    }
    current.push(line);
    inBlank = blank;
  }
  return blocks;
}

function mangle(text: string, steps: Op[]): string {
  let lines = text.split(/\r\n|\r|\n/u);
  for (const step of steps) {
    const n = lines.length;
    switch (step.op) {
      case 'delete':
        if (n) lines.splice(step.at % n, 1);
        break;
      case 'duplicate':
        if (n) lines.splice(step.to % (n + 1), 0, lines[step.at % n]!);
        break;
      case 'blank':
        lines.splice(step.at % (n + 1), 0, ...Array<string>(step.count).fill(''));
        break;
      case 'swap-blocks': {
        const blocks = toBlocks(lines);
        const a = step.a % blocks.length;
        const b = step.b % blocks.length;
        [blocks[a], blocks[b]] = [blocks[b]!, blocks[a]!];
        lines = blocks.flat();
        break;
      }
      case 'shuffle-blocks': {
        const blocks = toBlocks(lines);
        const order = blocks.map((_, i) => i).sort((x, y) => (step.keys[x % step.keys.length]! - step.keys[y % step.keys.length]!) || x - y);
        lines = order.flatMap((i) => blocks[i]!);
        break;
      }
    }
  }
  return lines.join('\n');
}

const mangledIssue = fc
  .tuple(fc.array(ops, { maxLength: 30 }), fc.boolean(), fc.constantFrom('\n', '\r\n'))
  .map(([steps, withOriginal, eol]): Page[] => {
    const page: Page = { name: '01.txt', text: mangle(SAMPLE, steps).replace(/\n/gu, eol) };
    // With the untouched page beside it, repeated furniture and duplicate blocks across pages come into play.
    return withOriginal ? [page, { name: '02.txt', text: SAMPLE }] : [page];
  });

// ---------------------------------------------------------------------------------------------------------------

describe('ingestIssue on random pages', () => {
  it('(a) never throws', () => {
    fc.assert(
      fc.property(issuePages, (pages) => {
        ingest(pages);
      }),
      { numRuns: 200 },
    );
  });

  it('(b) accounts for every non-blank line exactly once, and the role counts add up', () => {
    fc.assert(
      fc.property(issuePages, (pages) => {
        expectEveryLineAccounted(pages, ingest(pages));
      }),
      { numRuns: 200 },
    );
  });

  it('(c) every article a body, headline or byline range names exists', () => {
    fc.assert(
      fc.property(issuePages, (pages) => {
        expectReferencedArticlesExist(ingest(pages));
      }),
      { numRuns: 200 },
    );
  });

  it('(e) is deterministic: the same input twice gives deep-equal results', () => {
    fc.assert(
      fc.property(issuePages, (pages) => {
        expect(ingest(pages)).toStrictEqual(ingest(pages));
      }),
      { numRuns: 100 },
    );
  });
});

describe('ingestIssue on the mangled sample page', () => {
  it('the checker itself: the sample as it is is fully accounted for', () => {
    const pages = [{ name: '01.txt', text: SAMPLE }];
    const result = ingest(pages);
    expect(result.articles.length).toBeGreaterThan(0);
    expectEveryLineAccounted(pages, result);
    expectReferencedArticlesExist(result);
  });

  it('(d) lines deleted, duplicated, blocks shuffled, blank lines inserted: never throws, every line accounted for', () => {
    fc.assert(
      fc.property(mangledIssue, (pages) => {
        const result = ingest(pages);
        expectEveryLineAccounted(pages, result);
        expectReferencedArticlesExist(result);
      }),
      { numRuns: 100 },
    );
  });

  it('(e) is deterministic on the mangled sample', () => {
    fc.assert(
      fc.property(mangledIssue, (pages) => {
        expect(ingest(pages)).toStrictEqual(ingest(pages));
      }),
      { numRuns: 30 },
    );
  });
});
