// The report file (content/ingest-report.json), put together from parts that the workers serialise as they go. The
// page reports, with every line's role, are most of it (80 MB at 100,000 articles); stringified on the main thread
// after the last issue, they took a second of every run, and as objects they were the costliest part of what the
// workers hand over. The file is what `JSON.stringify(report, null, 2)` would write (test/unit/ingest-report.test.ts).
import type { PageReport } from '../../src/lib/ingest/issue.ts';

const PAGE_INDENT = '\n    ';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** An issue's page reports as they stand in the report's "pages" list, joined, in UTF-8: one part of reportJson. */
export function pageReportsJson(pages: PageReport[]): Uint8Array<ArrayBuffer> {
  return encoder.encode(pages.map((page) => JSON.stringify(page, null, 2).replaceAll('\n', PAGE_INDENT)).join(`,${PAGE_INDENT}`));
}

/** The page reports of a part, as objects again (for --json, or to rename an article in them). */
export function parsePageReports(part: Uint8Array): PageReport[] {
  return part.length ? (JSON.parse(`[${decoder.decode(part)}]`) as PageReport[]) : [];
}

/**
 * `JSON.stringify({ pages, ...rest }, null, 2)` in UTF-8, as parts to be written end to end (writeParts), the pages
 * given as the parts of their issues, in order.
 */
export function reportJson(pageParts: Uint8Array[], rest: Record<string, unknown>): Uint8Array[] {
  const parts = pageParts.filter((part) => part.length);
  const separator = encoder.encode(`,${PAGE_INDENT}`);
  const others = JSON.stringify(rest, null, 2);
  const chunks: Uint8Array[] = [encoder.encode(parts.length ? `{\n  "pages": [${PAGE_INDENT}` : '{\n  "pages": []')];
  parts.forEach((part, i) => chunks.push(...(i ? [separator, part] : [part])));
  chunks.push(encoder.encode(`${parts.length ? '\n  ]' : ''}${others === '{}' ? '\n}' : `,${others.slice(1)}`}`));
  return chunks;
}
