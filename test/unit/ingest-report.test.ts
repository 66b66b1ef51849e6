import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renameInPages } from '../../src/lib/ingest/archive.ts';
import { ingestIssue, type PageReport } from '../../src/lib/ingest/issue.ts';
import { defaultPaperSettings } from '../../src/lib/ingest/settings.ts';
import { cacheFileText, pruneIngestCaches, readCacheFile } from '../../scripts/lib/ingest-cache.ts';
import { pageReportLayout, pageReportsJson, parsePageReports, reportJson, reportLayout } from '../../scripts/lib/ingest-report.ts';
import { writeParts } from '../../scripts/lib/write-parts.ts';
import { sampleText, temporaryFolder } from '../helpers.ts';

const page = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });
const issue = (folder: string, ...texts: string[]) =>
  ingestIssue({ folder, pages: texts.map((text, i) => page(`${folder}/0${i + 1}.txt`, text)), manifest: null, settings: defaultPaperSettings });

describe('the report file, put together from parts', () => {
  // Real page reports: line ranges, furniture with quotes and a line break in its text, a second issue, an empty one.
  const first = issue('raw/2024-03-15', '荣昌报\n\n新闻标题\n\n本报讯(记者 杨丽丹)正文“引号”\\第一段。\n\n重庆·荣昌', '第二版标题\n\n正文。');
  const second = issue('raw/2024-03-16', '另一标题\n\n本报讯 正文。');
  const rest = { warnings: [...first.warnings, ...second.warnings], errors: [], files: [{ action: 'create', path: '2024/a.md' }] };

  it('is byte for byte what reportLayout writes for the whole report', () => {
    const text = (pageParts: Uint8Array[], others: Record<string, unknown>) => Buffer.concat(reportJson(pageParts, others).parts).toString('utf8');
    const parts = [pageReportsJson(first.pages), new Uint8Array(), pageReportsJson(second.pages)];
    const whole = { pages: [...first.pages, ...second.pages], ...rest };
    expect(text(parts, rest)).toBe(`${reportLayout(whole)}\n`);
    expect(JSON.parse(text(parts, rest))).toEqual(whole);
    expect(text([], rest)).toBe(`${reportLayout({ pages: [], ...rest })}\n`);
    expect(text([new Uint8Array()], {})).toBe(`${reportLayout({ pages: [] })}\n`);
    // Each issue's pages stand where reportJson says they do.
    const { parts: written, at } = reportJson(parts, rest);
    const file = Buffer.concat(written);
    parts.forEach((part, i) => expect(file.subarray(at[i], at[i]! + part.length)).toEqual(Buffer.from(part)));
  });

  it('has each line range, furniture line, warning and file on a line of its own', () => {
    const text = Buffer.concat(reportJson([pageReportsJson(first.pages)], rest).parts).toString('utf8');
    const lines = text.split('\n').map((line) => line.trim().replace(/,$/u, ''));
    expect(first.pages[0]!.lines.length).toBeGreaterThan(2);
    for (const range of first.pages[0]!.lines) expect(lines).toContain(JSON.stringify(range));
    expect(lines).toContain(JSON.stringify(first.pages[0]!.furniture[0]));
    expect(lines).toContain(JSON.stringify(rest.files[0]));
    // The page itself is laid out a field a line.
    expect(lines).toContain(`"file": "raw/2024-03-15/01.txt"`);
  });

  it('gives the page reports back as they were, and renames articles in them', () => {
    expect(parsePageReports(pageReportsJson(first.pages))).toEqual(first.pages);
    expect(parsePageReports(new Uint8Array())).toEqual([]);
    const id = first.pages[0]!.articles[0]!;
    const renamed: PageReport[] = renameInPages(parsePageReports(pageReportsJson(first.pages)), new Map([[id, `${id}-2`]]));
    expect(renamed[0]!.articles[0]).toBe(`${id}-2`);
    expect(renamed[0]!.lines.filter((range) => range.article === id)).toEqual([]);
    expect(renamed[0]!.lines.some((range) => range.article === `${id}-2`)).toBe(true);
  });
});

describe('pageReportLayout', () => {
  const line = fc.oneof(
    fc.constantFrom('荣昌报', '第3版 综合 2024年3月15日 星期五 责任编辑 李四', '本报讯(记者 杨丽丹 通讯员 梁胜明)正文。', '(下转第4版)', '(上接第1版)', '重庆·荣昌', '图为现场。', '融媒体中心记者 郑光慧'),
    fc.string({ unit: fc.constantFrom('新', '闻', '"', '\\', '。', ' ', '<', '\u2028', 'a', '1') }),
  );
  const page = fc.array(fc.array(line, { minLength: 1, maxLength: 4 }), { maxLength: 6 }).map((blocks) => blocks.map((b) => b.join('\n')).join('\n\n'));

  it('writes a page report as reportLayout lays it out, for the sample page and for any page', () => {
    for (const report of issue('2024-03-15', sampleText()).pages) expect(pageReportLayout(report)).toBe(reportLayout(report, '    '));
    fc.assert(
      fc.property(fc.array(page, { minLength: 1, maxLength: 3 }), (texts) => {
        // A page read twice in one issue gives duplicates, each with where it was kept.
        for (const report of issue('raw/2024-03-15', ...texts, texts[0]!).pages) expect(pageReportLayout(report)).toBe(reportLayout(report, '    '));
      }),
      { numRuns: 200 },
    );
  });
});

describe('reportLayout', () => {
  it('writes the same JSON value as JSON.stringify, for any value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(reportLayout(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('lays out nested values as JSON.stringify(value, null, 2) does, lists of flat records aside', () => {
    const value = { a: [1, [2, 3], { b: [] }], c: {}, d: [{ e: 1, f: { g: 'h' } }, { e: 2 }], i: [[{ j: 1 }]], k: undefined };
    expect(reportLayout(value)).toBe(
      '{\n  "a": [\n    1,\n    [\n      2,\n      3\n    ],\n    {\n      "b": []\n    }\n  ],\n  "c": {},\n' +
        '  "d": [\n    {"e":1,"f":{"g":"h"}},\n    {"e":2}\n  ],\n  "i": [\n    [\n      {"j":1}\n    ]\n  ]\n}',
    );
    expect(reportLayout({ n: [1, 2] })).toBe(JSON.stringify({ n: [1, 2] }, null, 2));
  });
});

describe('the ingest cache file', () => {
  const entry = (pages: string) => ({ key: 'k', ids: ['2024-03-15-01-01'], paths: ['2024/2024-03-15-01-01.md'], pages: Buffer.from(pages), warnings: [], errors: [] });
  const issues = { '2024': entry('{\n      "file": "𠀀\\n"\n    }'), 'raw/2024-03-15': entry(''), '': entry('{}'), gone: entry('{"x":1}') };
  /** A report holding the pages of every issue but `gone`, and the cache that points into it. */
  function saved() {
    const report = join(temporaryFolder('baoku-cache-'), 'report.json');
    const folders = ['2024', 'raw/2024-03-15', ''] as const;
    const { parts, at } = reportJson(folders.map((folder) => issues[folder].pages), { warnings: [] });
    writeParts(report, parts);
    return { report, text: cacheFileText(issues, report, new Map(folders.map((folder, i) => [folder, at[i]!])), ['2024/2024-03-15-01-02.md']) };
  }

  it('gives back what it was given, page reports read from the report, in any folder name', () => {
    const { report, text } = saved();
    const { issues: read, lastRun } = readCacheFile(text);
    expect(Object.keys(read)).toEqual(['2024', 'raw/2024-03-15', '']);
    // The run that wrote it finished when its report was written, and found one file edited by hand.
    expect(lastRun).toEqual({ finished: statSync(report).mtimeMs, edited: new Set(['2024/2024-03-15-01-02.md']) });
    for (const [folder, issue] of Object.entries(read)) {
      const given = issues[folder as keyof typeof issues];
      expect({ ...issue, pages: Buffer.from(issue.pages).toString() }).toEqual({ ...given, pages: given.pages.toString() });
    }
  });

  it('holds no page reports of its own, and none once the report has changed or is gone', () => {
    const { report, text } = saved();
    expect(text).not.toContain('𠀀');
    writeFileSync(report, readFileSync(report, 'utf8').replace('𠀀', '𠀁'));
    expect(readCacheFile(text)).toEqual({ issues: {}, lastRun: null });
    rmSync(report);
    expect(readCacheFile(text)).toEqual({ issues: {}, lastRun: null });
  });
});

describe('writeParts', () => {
  it('writes the parts end to end, more of them than one writev call takes', () => {
    const parts = Array.from({ length: 3000 }, (_, i) => Buffer.from(i % 7 ? `第${i}段,` : ''));
    const file = join(temporaryFolder('baoku-parts-'), 'out.json');
    writeParts(file, parts);
    expect(readFileSync(file)).toEqual(Buffer.concat(parts));
  });
});

describe('pruneIngestCaches', () => {
  it('deletes other folders’ caches unused for a week and caches of an older format, and keeps the rest', () => {
    const dir = temporaryFolder('baoku-caches-');
    const now = Date.now();
    const make = (name: string, daysAgo: number) => {
      writeFileSync(join(dir, name), 'x');
      utimesSync(join(dir, name), new Date(now - daysAgo * 86_400_000), new Date(now - daysAgo * 86_400_000));
    };
    make('ingest-v3-aaaa.txt', 30); // this run's own: kept, however old
    make('ingest-v3-bbbb.txt', 2);
    make('ingest-v3-cccc.txt', 8);
    make('ingest-0123abcd.json', 0); // older formats
    make('ingest-v2-dddd.txt', 0);
    make('pagefind-notes.txt', 30); // not ours
    pruneIngestCaches(dir, 'ingest-v3-aaaa.txt', now);
    expect(readdirSync(dir).sort()).toEqual(['ingest-v3-aaaa.txt', 'ingest-v3-bbbb.txt', 'pagefind-notes.txt']);
  });
});
