// Stage 1 (bytes → text) on its own, and end to end through ingestIssue: the same short page, however it was
// encoded, indented or line-ended, must read as the same article, and the report must name the encoding found.
// Files that are not text must be refused with a sentence naming the file, without stopping the rest of the issue.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage, UndecodablePageError } from '../../src/lib/ingest/decode.ts';
import { ingestIssue, type IssueResult } from '../../src/lib/ingest/issue.ts';
import { defaultPaperSettings } from '../../src/lib/ingest/settings.ts';

const FOLDER = '2024-03-15';

/** Like test/helpers.ts `ingestText`, but with the page bytes as given: the decoder is what is under test. */
function ingestBytes(pages: Record<string, Uint8Array>, folder = FOLDER): IssueResult {
  return ingestIssue({
    folder,
    pages: Object.entries(pages).map(([name, bytes]) => ({ file: `${folder}/${name}`, bytes })),
    manifest: null,
    settings: defaultPaperSettings,
  });
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytesOf = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);

// The page, written with full-width punctuation as most archives have it.
const HEADLINE = '荣昌新城建设提速';
const BYLINE = '本报讯（记者 王晓明）';
const LEAD = '近日，区里召开新城建设推进会，部署全年工作。';
const SECOND = '会上，负责人回答了“今年建成哪些项目？”的提问：道路、学校（含幼儿园）同步推进；年底前全部完工。';
const PAGE = `${HEADLINE}\n\n${BYLINE}${LEAD}\n\n${SECOND}\n`;

/** The same page with ASCII punctuation in place of full-width, as many OCR tools and the sample archive write it. */
const asciiPunctuation = (text: string) =>
  text.replace(/，/gu, ',').replace(/；/gu, ';').replace(/：/gu, ':').replace(/？/gu, '?').replace(/（/gu, '(').replace(/）/gu, ')');

const withCrlf = (text: string) => text.replace(/\n/gu, '\r\n');
const withCr = (text: string) => text.replace(/\n/gu, '\r');
/** Paragraphs indented with two ideographic spaces, the headline centred with them, as typeset pages are often extracted. */
const withIdeographicIndent = (text: string) =>
  text
    .split('\n')
    .map((line, i) => (line === '' ? line : i === 0 ? `\u3000\u3000\u3000\u3000${line}\u3000\u3000\u3000\u3000` : `\u3000\u3000${line}`))
    .join('\n');

interface Expected {
  headline: string;
  byline: string;
  paragraphs: string[];
}

const FULL_WIDTH: Expected = { headline: HEADLINE, byline: BYLINE, paragraphs: [LEAD, SECOND] };
const ASCII: Expected = {
  headline: HEADLINE,
  byline: asciiPunctuation(BYLINE),
  paragraphs: [asciiPunctuation(LEAD), asciiPunctuation(SECOND)],
};

function expectThePage(result: IssueResult, encoding: string, expected: Expected = FULL_WIDTH): void {
  expect(result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);
  expect(result.pages).toHaveLength(1);
  expect(result.pages[0]!.encoding).toBe(encoding);
  expect(result.articles).toHaveLength(1);
  const article = result.articles[0]!;
  expect(article.headline).toBe(expected.headline);
  expect(article.headlineInferred).toBe(false);
  expect(article.byline).toBe(expected.byline);
  expect(article.reporters).toEqual(['王晓明']);
  expect(article.correspondents).toEqual([]);
  expect(article.photographers).toEqual([]);
  expect(article.paragraphs).toEqual(expected.paragraphs);
  expect(article.date).toBe(FOLDER);
  expect(article.source).toEqual({ file: `${FOLDER}/01.txt`, lines: [1, 5] });
  expect(result.pages[0]!.roles).toEqual({ headline: 1, byline: 1, body: 1 });
}

describe('decodePage', () => {
  const cases: { name: string; bytes: Uint8Array; encoding: string }[] = [
    { name: 'UTF-8', bytes: utf8(PAGE), encoding: 'utf-8' },
    { name: 'UTF-8 with a byte order mark', bytes: withBom([0xef, 0xbb, 0xbf], utf8(PAGE)), encoding: 'utf-8-bom' },
    { name: 'GB18030', bytes: bytesOf(iconv.encode(PAGE, 'gb18030')), encoding: 'gb18030' },
    { name: 'GBK', bytes: bytesOf(iconv.encode(PAGE, 'gbk')), encoding: 'gb18030' },
    { name: 'UTF-16LE with a byte order mark', bytes: bytesOf(iconv.encode(PAGE, 'utf-16le', { addBOM: true })), encoding: 'utf-16le' },
    { name: 'UTF-16BE with a byte order mark', bytes: bytesOf(iconv.encode(PAGE, 'utf-16be', { addBOM: true })), encoding: 'utf-16be' },
  ];

  it.each(cases)('reads $name as $encoding, without the byte order mark', ({ bytes, encoding }) => {
    expect(decodePage(bytes)).toEqual({ text: PAGE, encoding });
  });

  it('the GBK and UTF-16 fixtures really are what they claim (not accidentally UTF-8)', () => {
    const gbk = bytesOf(iconv.encode(PAGE, 'gbk'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect([...bytesOf(iconv.encode(PAGE, 'utf-16le', { addBOM: true })).subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect([...bytesOf(iconv.encode(PAGE, 'utf-16be', { addBOM: true })).subarray(0, 2)]).toEqual([0xfe, 0xff]);
  });

  // The page as a Hong Kong or Taiwan paper prints it. Big5 bytes are nearly always valid GB18030 too, read as other
  // characters: only which characters they make tells the two apart.
  const TRADITIONAL = `榮昌新城建設提速\n\n本報訊（記者 王曉明）近日，區裡召開新城建設推進會，部署全年工作。\n\n會上，負責人回答了「今年建成哪些項目？」的提問：道路、學校同步推進；年底前全部完工。\n`;

  it('reads a Big5 page as Big5, though GB18030 would read the same bytes without an error', () => {
    const bytes = bytesOf(iconv.encode(TRADITIONAL, 'big5'));
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toBe(TRADITIONAL);
    expect(decodePage(bytes)).toEqual({ text: TRADITIONAL, encoding: 'big5' });
  });

  it('reads traditional characters written in GBK as GB18030, and a line too short to tell as GB18030', () => {
    expect(decodePage(bytesOf(iconv.encode(TRADITIONAL, 'gbk')))).toEqual({ text: TRADITIONAL, encoding: 'gb18030' });
    expect(decodePage(bytesOf(iconv.encode(HEADLINE, 'gbk')))).toEqual({ text: HEADLINE, encoding: 'gb18030' });
  });

  it('reads GB18030 four-byte sequences (characters outside GBK)', () => {
    const text = '吉祥的“𠮷”字，以及䶮。';
    const bytes = bytesOf(iconv.encode(text, 'gb18030'));
    expect(bytes.length).toBeGreaterThan(0);
    expect(decodePage(bytes)).toEqual({ text, encoding: 'gb18030' });
  });

  it('keeps CRLF, CR and ideographic-space indents for the line splitter', () => {
    for (const text of [withCrlf(PAGE), withCr(PAGE), withIdeographicIndent(PAGE)]) {
      expect(decodePage(utf8(text))).toEqual({ text, encoding: 'utf-8' });
      expect(decodePage(bytesOf(iconv.encode(text, 'gb18030')))).toEqual({ text, encoding: 'gb18030' });
    }
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodePage(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodePage(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ text: '', encoding: 'utf-8-bom' });
  });

  it('allows a few tabs and form feeds in text', () => {
    const text = `${HEADLINE}\t\f\n${BYLINE}${LEAD}\t\n`;
    expect(decodePage(utf8(text))).toEqual({ text, encoding: 'utf-8' });
  });

  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);
  const INVALID = new Uint8Array([...utf8(`${HEADLINE}\n`), 0x80, 0xff, 0x0a]);

  it('refuses a binary file (a PNG header, with NUL bytes)', () => {
    expect(() => decodePage(PNG)).toThrow(UndecodablePageError);
    expect(() => decodePage(PNG)).toThrow(/binary/u);
  });

  it('refuses text that is valid UTF-8 but full of NULs and control characters', () => {
    expect(() => decodePage(utf8(`${HEADLINE}\u0000${LEAD}`))).toThrow(UndecodablePageError);
    expect(() => decodePage(utf8(`${HEADLINE}\u0001\u0002\u0003\u0004\u0005\u0006${LEAD}`))).toThrow(UndecodablePageError);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    // 0x80 alone is no UTF-8 and 0xff never starts a GB18030 character.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(INVALID)).toThrow();
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(INVALID)).toThrow();
    expect(() => decodePage(INVALID)).toThrow(UndecodablePageError);
    expect(() => decodePage(INVALID)).toThrow(/neither UTF-8, GB18030 nor Big5/u);
  });

  it('refuses a file whose byte order mark lies', () => {
    // A UTF-16LE mark followed by an odd number of bytes.
    expect(() => decodePage(new Uint8Array([0xff, 0xfe, 0xfd]))).toThrow(UndecodablePageError);
    expect(() => decodePage(new Uint8Array([0xff, 0xfe, 0xfd]))).toThrow(/UTF-16LE/u);
    // A UTF-16BE mark followed by an unpaired high surrogate.
    expect(() => decodePage(new Uint8Array([0xfe, 0xff, 0xd8, 0x00]))).toThrow(/UTF-16BE/u);
    // A UTF-8 mark followed by bytes that are not UTF-8.
    expect(() => decodePage(new Uint8Array([0xef, 0xbb, 0xbf, 0xc4, 0xe3]))).toThrow(/UTF-8 byte order mark/u);
  });

  it('the error is an Error with its own name', () => {
    try {
      decodePage(PNG);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(UndecodablePageError);
      expect((error as Error).name).toBe('UndecodablePageError');
    }
  });
});

describe('ingestIssue reads the same page whatever its bytes', () => {
  const variants: { name: string; bytes: Uint8Array; encoding: string; expected?: Expected }[] = [
    { name: 'UTF-8', bytes: utf8(PAGE), encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: withBom([0xef, 0xbb, 0xbf], utf8(PAGE)), encoding: 'utf-8-bom' },
    { name: 'GB18030', bytes: bytesOf(iconv.encode(PAGE, 'gb18030')), encoding: 'gb18030' },
    { name: 'GBK', bytes: bytesOf(iconv.encode(PAGE, 'gbk')), encoding: 'gb18030' },
    { name: 'UTF-16LE with BOM', bytes: bytesOf(iconv.encode(PAGE, 'utf-16le', { addBOM: true })), encoding: 'utf-16le' },
    { name: 'UTF-16BE with BOM', bytes: bytesOf(iconv.encode(PAGE, 'utf-16be', { addBOM: true })), encoding: 'utf-16be' },
    { name: 'UTF-8, CRLF line endings', bytes: utf8(withCrlf(PAGE)), encoding: 'utf-8' },
    { name: 'UTF-8, CR line endings', bytes: utf8(withCr(PAGE)), encoding: 'utf-8' },
    { name: 'UTF-8, U+3000 indents', bytes: utf8(withIdeographicIndent(PAGE)), encoding: 'utf-8' },
    { name: 'UTF-8, ASCII punctuation', bytes: utf8(asciiPunctuation(PAGE)), encoding: 'utf-8', expected: ASCII },
    // Combinations an archive from a Windows tool chain really produces.
    { name: 'GB18030, CRLF, U+3000 indents', bytes: bytesOf(iconv.encode(withCrlf(withIdeographicIndent(PAGE)), 'gb18030')), encoding: 'gb18030' },
    { name: 'GBK, CR, ASCII punctuation', bytes: bytesOf(iconv.encode(withCr(asciiPunctuation(PAGE)), 'gbk')), encoding: 'gb18030', expected: ASCII },
    {
      name: 'UTF-16LE with BOM, CRLF, U+3000 indents, ASCII punctuation',
      bytes: bytesOf(iconv.encode(withCrlf(withIdeographicIndent(asciiPunctuation(PAGE))), 'utf-16le', { addBOM: true })),
      encoding: 'utf-16le',
      expected: ASCII,
    },
    {
      name: 'UTF-16BE with BOM, CR, U+3000 indents',
      bytes: bytesOf(iconv.encode(withCr(withIdeographicIndent(PAGE)), 'utf-16be', { addBOM: true })),
      encoding: 'utf-16be',
    },
    {
      name: 'UTF-8 with BOM, CRLF, ASCII punctuation',
      bytes: withBom([0xef, 0xbb, 0xbf], utf8(withCrlf(asciiPunctuation(PAGE)))),
      encoding: 'utf-8-bom',
      expected: ASCII,
    },
  ];

  it.each(variants)('$name', ({ bytes, encoding, expected }) => {
    expectThePage(ingestBytes({ '01.txt': bytes }), encoding, expected);
  });

  it('gives the same article for every variant, up to the punctuation that was swapped', () => {
    const fold = (text: string) => text.normalize('NFKC');
    const results = variants.map((v) => ingestBytes({ '01.txt': v.bytes }).articles[0]!);
    const first = results[0]!;
    for (const article of results) {
      expect(article.headline).toBe(first.headline);
      expect(article.reporters).toEqual(first.reporters);
      expect(fold(article.byline ?? '')).toBe(fold(first.byline ?? ''));
      expect(article.paragraphs.map(fold)).toEqual(first.paragraphs.map(fold));
      expect(article.source).toEqual(first.source);
    }
  });
});

describe('ingestIssue with pages that cannot be read', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const INVALID = new Uint8Array([...utf8(`${HEADLINE}\n`), 0x80, 0xff, 0x0a]);

  it.each([
    { name: 'a binary file', bytes: PNG, reason: /binary file, not page text: give the text extracted from the page instead/u },
    { name: 'bytes that are neither UTF-8 nor GB18030', bytes: INVALID, reason: /neither UTF-8, GB18030 nor Big5 text, and has no byte order mark: save it as UTF-8/u },
    { name: 'a lying byte order mark', bytes: new Uint8Array([0xff, 0xfe, 0xfd]), reason: /UTF-16LE/u },
  ])('$name is an unreadable-page error naming the file, and the good page is still ingested', ({ bytes, reason }) => {
    const result = ingestBytes({ '01.txt': utf8(PAGE), '02.txt': bytes });
    expect(result.errors).toHaveLength(1);
    const error = result.errors[0]!;
    expect(error.code).toBe('unreadable');
    expect(error.file).toBe(`${FOLDER}/02.txt`);
    expect(error.line).toBeNull();
    expect(error.message).toContain(`${FOLDER}/02.txt`);
    expect(error.message).toMatch(reason);
    // The readable page is there, whole, as if it stood alone.
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]!.headline).toBe(HEADLINE);
    expect(result.articles[0]!.reporters).toEqual(['王晓明']);
    expect(result.articles[0]!.paragraphs).toEqual([LEAD, SECOND]);
    expect(result.articles[0]!.source.file).toBe(`${FOLDER}/01.txt`);
    expect(result.pages.map((p) => p.file)).toEqual([`${FOLDER}/01.txt`]);
    expect(result.pages[0]!.encoding).toBe('utf-8');
  });

  it('an unreadable page before the good one does not disturb it either', () => {
    const result = ingestBytes({ '01.txt': PNG, '02.txt': bytesOf(iconv.encode(PAGE, 'gb18030')) });
    expect(result.errors.map((e) => [e.code, e.file])).toEqual([['unreadable', `${FOLDER}/01.txt`]]);
    expect(result.articles.map((a) => [a.headline, a.source.file])).toEqual([[HEADLINE, `${FOLDER}/02.txt`]]);
    expect(result.pages.map((p) => [p.file, p.encoding])).toEqual([[`${FOLDER}/02.txt`, 'gb18030']]);
  });

  it('every unreadable page is reported, each by name', () => {
    const result = ingestBytes({ '01.txt': PNG, '02.txt': utf8(PAGE), '03.txt': INVALID });
    expect(result.errors.map((e) => e.code)).toEqual(['unreadable', 'unreadable']);
    expect(result.errors[0]!.message).toContain(`${FOLDER}/01.txt`);
    expect(result.errors[1]!.message).toContain(`${FOLDER}/03.txt`);
    expect(result.articles).toHaveLength(1);
  });
});

describe('ingestIssue with empty pages', () => {
  it.each([
    { name: 'an empty file', bytes: new Uint8Array() },
    { name: 'a byte order mark only', bytes: new Uint8Array([0xef, 0xbb, 0xbf]) },
    { name: 'spaces, tabs and newlines', bytes: utf8(' \n\t\n\n   \r\n') },
    { name: 'ideographic spaces and CR line endings', bytes: utf8('\u3000\u3000\r\u3000\r\r') },
    { name: 'blank lines in GB18030', bytes: bytesOf(iconv.encode('\u3000\u3000\r\n\r\n\u3000\r\n', 'gb18030')) },
  ])('$name: an empty-page warning and no articles', ({ bytes }) => {
    const result = ingestBytes({ '01.txt': bytes });
    expect(result.errors).toEqual([]);
    expect(result.articles).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.file, w.line])).toEqual([['empty-page', `${FOLDER}/01.txt`, null]]);
    expect(result.warnings[0]!.message).toContain(`${FOLDER}/01.txt`);
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]!.articles).toEqual([]);
    expect(result.pages[0]!.lines).toEqual([]);
    expect(result.pages[0]!.roles).toEqual({});
  });

  it('an empty page beside a good one: the warning for the empty one, the article from the other', () => {
    const result = ingestBytes({ '01.txt': utf8(PAGE), '02.txt': utf8('\u3000\n  \n') });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.file])).toEqual([['empty-page', `${FOLDER}/02.txt`]]);
    expect(result.articles.map((a) => a.headline)).toEqual([HEADLINE]);
  });

  it('an empty page in a folder with no date gives no no-date error (there is nothing to date)', () => {
    const result = ingestBytes({ 'a.txt': new Uint8Array() }, 'undated');
    expect(result.errors).toEqual([]);
    expect(result.articles).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain('empty-page');
  });
});
