// The report file (content/ingest-report.json), put together from parts that the workers serialise as they go. The
// page reports, with every line's role, are most of it (80 MB at 100,000 articles); stringified on the main thread
// after the last issue, they took a second of every run, and as objects they were the costliest part of what the
// workers hand over. The file is what `JSON.stringify(report, null, 2)` would write (test/unit/ingest-report.test.ts).
import type { PageReport } from '../../src/lib/ingest/issue.ts';

const PAGE_INDENT = '\n    ';

/** An issue's page reports as they stand in the report's "pages" list, joined: one part of reportJson. */
export function pageReportsJson(pages: PageReport[]): string {
  return pages.map((page) => JSON.stringify(page, null, 2).replaceAll('\n', PAGE_INDENT)).join(`,${PAGE_INDENT}`);
}

/** The page reports of a part, as objects again (for --json, or to rename an article in them). */
export function parsePageReports(part: string): PageReport[] {
  return part ? (JSON.parse(`[${part}]`) as PageReport[]) : [];
}

/** `JSON.stringify({ pages, ...rest }, null, 2)`, the pages given as the parts of their issues, in order. */
export function reportJson(pageParts: string[], rest: Record<string, unknown>): string {
  const parts = pageParts.filter((part) => part !== '');
  const pages = parts.length ? `{\n  "pages": [${PAGE_INDENT}${parts.join(`,${PAGE_INDENT}`)}\n  ]` : '{\n  "pages": []';
  const others = JSON.stringify(rest, null, 2);
  return others === '{}' ? `${pages}\n}` : `${pages},${others.slice(1)}`;
}
