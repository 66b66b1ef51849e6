import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renameInPages } from '../../src/lib/ingest/archive.ts';
import { ingestIssue, type PageReport } from '../../src/lib/ingest/issue.ts';
import { defaultPaperSettings } from '../../src/lib/ingest/settings.ts';
import { cacheFileParts, pruneIngestCaches, readCacheFile } from '../../scripts/lib/ingest-cache.ts';
import { pageReportsJson, parsePageReports, reportJson } from '../../scripts/lib/ingest-report.ts';
import { writeParts } from '../../scripts/lib/write-parts.ts';

const page = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });
const issue = (folder: string, ...texts: string[]) =>
  ingestIssue({ folder, pages: texts.map((text, i) => page(`${folder}/0${i + 1}.txt`, text)), manifest: null, settings: defaultPaperSettings });

describe('the report file, put together from parts', () => {
  // Real page reports: line ranges, furniture with quotes and a line break in its text, a second issue, an empty one.
  const first = issue('raw/2024-03-15', '荣昌报\n\n新闻标题\n\n本报讯(记者 杨丽丹)正文“引号”\\第一段。\n\n重庆·荣昌', '第二版标题\n\n正文。');
  const second = issue('raw/2024-03-16', '另一标题\n\n本报讯 正文。');
  const rest = { warnings: [...first.warnings, ...second.warnings], errors: [], files: [{ action: 'create', path: '2024/a.md' }] };

  it('is byte for byte what JSON.stringify writes for the whole report', () => {
    const text = (parts: Uint8Array[]) => Buffer.concat(parts).toString('utf8');
    const parts = [pageReportsJson(first.pages), new Uint8Array(), pageReportsJson(second.pages)];
    expect(text(reportJson(parts, rest))).toBe(JSON.stringify({ pages: [...first.pages, ...second.pages], ...rest }, null, 2));
    expect(text(reportJson([], rest))).toBe(JSON.stringify({ pages: [], ...rest }, null, 2));
    expect(text(reportJson([new Uint8Array()], {}))).toBe(JSON.stringify({ pages: [] }, null, 2));
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

describe('the ingest cache file', () => {
  it('gives back what it was given, page reports verbatim, in any folder name', () => {
    const entry = (pages: string) => ({ key: 'k', ids: ['2024-03-15-01-01'], paths: ['2024/2024-03-15-01-01.md'], pages: Buffer.from(pages), warnings: [], errors: [] });
    const issues = { '2024': entry('{\n      "file": "𠀀\\n"\n    }'), 'raw/2024-03-15': entry(''), '': entry('{}') };
    const read = readCacheFile(Buffer.concat(cacheFileParts(issues)));
    expect(Object.keys(read)).toEqual(Object.keys(issues));
    for (const [folder, issue] of Object.entries(issues)) expect({ ...read[folder], pages: Buffer.from(read[folder]!.pages).toString() }).toEqual({ ...issue, pages: issue.pages.toString() });
    expect(() => readCacheFile(Buffer.concat(cacheFileParts(issues)).subarray(0, -1))).toThrow(/cut short/u);
  });
});

describe('writeParts', () => {
  it('writes the parts end to end, more of them than one writev call takes', () => {
    const parts = Array.from({ length: 3000 }, (_, i) => Buffer.from(i % 7 ? `第${i}段,` : ''));
    const file = join(mkdtempSync(join(tmpdir(), 'baoku-parts-')), 'out.json');
    writeParts(file, parts);
    expect(readFileSync(file)).toEqual(Buffer.concat(parts));
  });
});

describe('pruneIngestCaches', () => {
  it('deletes other folders’ caches unused for a week and caches of an older format, and keeps the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baoku-caches-'));
    const now = Date.now();
    const make = (name: string, daysAgo: number) => {
      writeFileSync(join(dir, name), 'x');
      utimesSync(join(dir, name), new Date(now - daysAgo * 86_400_000), new Date(now - daysAgo * 86_400_000));
    };
    make('ingest-v2-aaaa.txt', 30); // this run's own: kept, however old
    make('ingest-v2-bbbb.txt', 2);
    make('ingest-v2-cccc.txt', 8);
    make('ingest-0123abcd.json', 0); // an older format
    make('pagefind-notes.txt', 30); // not ours
    pruneIngestCaches(dir, 'ingest-v2-aaaa.txt', now);
    expect(readdirSync(dir).sort()).toEqual(['ingest-v2-aaaa.txt', 'ingest-v2-bbbb.txt', 'pagefind-notes.txt']);
  });
});
