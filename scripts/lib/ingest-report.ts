// The report file (content/ingest-report.json), put together from parts that the workers serialise as they go. The
// page reports, with every line's role, are most of it (55 MB at 100,000 articles); stringified on the main thread
// after the last issue, they took a second of every run, and as objects they were the costliest part of what the
// workers hand over. The file is what reportLayout writes for the whole report (test/unit/ingest-report.test.ts).
import type { LineAccount, PageReport } from '../../src/lib/ingest/issue.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A record with no list in it: a line range, a furniture line, a warning, a written file. */
const isFlatRecord = (value: unknown) => isRecord(value) && Object.values(value).every((field) => !Array.isArray(field));

/**
 * JSON laid out as `JSON.stringify(value, null, 2)` lays it out, except that a list of flat records has one record a
 * line: `{"from":7,"to":13,"role":"body","article":"2024-03-15-01-02"}`. The report is a third smaller for it (82 →
 * 55 MB at 100,000 articles, less to write and to cache), and a line's role is one line to grep.
 */
export function reportLayout(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    const items = value.every(isFlatRecord) ? value.map((item) => JSON.stringify(item)) : value.map((item) => reportLayout(item, inner));
    return `[\n${inner}${items.join(`,\n${inner}`)}\n${indent}]`;
  }
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined);
    if (!keys.length) return '{}';
    return `{\n${inner}${keys.map((key) => `${JSON.stringify(key)}: ${reportLayout(value[key], inner)}`).join(`,\n${inner}`)}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Where a page report stands in the report: an item of its "pages" list. */
const PAGE_INDENT = '\n    ';

/** Where the items of a page report's lists and of its roles stand. */
const ITEM_INDENT = '\n        ';
/** A list (`[]`) or record (`{}`) of a page report, an item a line. */
const itemLines = (items: string[], [open, close]: string) =>
  items.length ? `${open}${ITEM_INDENT}${items.join(`,${ITEM_INDENT}`)}\n      ${close}` : `${open}${close}`;
const json = (value: unknown) => JSON.stringify(value);
/** A line range as JSON.stringify writes it, written out: ranges are a report's most numerous records. */
const rangeJson = (l: LineAccount) => `{"from":${l.from},"to":${l.to},"role":"${l.role}","article":${json(l.article)}}`;

/**
 * `reportLayout(page, '    ')` for a page report, its fields in the order pageReport makes them, written directly:
 * the general walk, which asks of every line range whether it is a flat record, took twice as long
 * (test/unit/ingest-report.test.ts holds the two equal).
 */
export function pageReportLayout(page: PageReport): string {
  const roles = Object.entries(page.roles).map(([role, count]) => `"${role}": ${count}`);
  return `{
      "furniture": ${itemLines(page.furniture.map(json), '[]')},
      "duplicates": ${itemLines(page.duplicates.map(json), '[]')},
      "file": ${json(page.file)},
      "encoding": ${json(page.encoding)},
      "page": ${json(page.page)},
      "pageFrom": ${json(page.pageFrom)},
      "section": ${json(page.section)},
      "date": ${json(page.date)},
      "dateEstimated": ${json(page.dateEstimated)},
      "articles": ${itemLines(page.articles.map(json), '[]')},
      "warnings": ${json(page.warnings)},
      "joins": ${json(page.joins)},
      "roles": ${itemLines(roles, '{}')},
      "lines": ${itemLines(page.lines.map(rangeJson), '[]')}
    }`;
}

/** An issue's page reports as they stand in the report's "pages" list, joined, in UTF-8: one part of reportJson. */
export function pageReportsJson(pages: PageReport[]): Uint8Array<ArrayBuffer> {
  return encoder.encode(pages.map(pageReportLayout).join(`,${PAGE_INDENT}`));
}

/** The page reports of a part, as objects again (for --json, or to rename an article in them). */
export function parsePageReports(part: Uint8Array): PageReport[] {
  return part.length ? (JSON.parse(`[${decoder.decode(part)}]`) as PageReport[]) : [];
}

/** The report in UTF-8, as parts to be written end to end (writeParts), and where each issue's page reports start in it. */
export interface ReportParts {
  parts: Uint8Array[];
  /** The byte offset in the file of each part of pageParts (ingest-cache.ts reads an issue's pages back from there). */
  at: number[];
}

/** `reportLayout({ pages, ...rest })`, the pages given as the parts of their issues, in order. */
export function reportJson(pageParts: Uint8Array[], rest: Record<string, unknown>): ReportParts {
  const any = pageParts.some((part) => part.length);
  const separator = encoder.encode(`,${PAGE_INDENT}`);
  const others = reportLayout(rest);
  const parts: Uint8Array[] = [encoder.encode(any ? `{\n  "pages": [${PAGE_INDENT}` : '{\n  "pages": []')];
  let end = parts[0]!.length;
  const at = pageParts.map((part) => {
    if (part.length && end > parts[0]!.length) {
      parts.push(separator);
      end += separator.length;
    }
    parts.push(part);
    end += part.length;
    return end - part.length;
  });
  parts.push(encoder.encode(`${any ? '\n  ]' : ''}${others === '{}' ? '\n}' : `,${others.slice(1)}`}\n`));
  return { parts, at };
}
