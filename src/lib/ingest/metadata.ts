// Stage 4: an issue's date and each page's number and section, from the most to the least trustworthy source:
// the manifest, a date in the folder or file name, the printed page header, and only then the text itself.
import type { ClassifiedLine } from './line-kinds.ts';
import { PAGE_TOP_LINES, pageMarkAlone } from './page-marks.ts';
import { findDateInName, formatDate, inferDateFromText, type CalendarDate } from './dates.ts';
import { letteredPageNumber, pageLabel } from './page-labels.ts';
import type { IssueManifest } from './manifest.ts';

export interface MetadataPage {
  file: string;
  lines: ClassifiedLine[];
}

export interface PageMetadata {
  page: number;
  section: string | null;
  /** How the page number was found, for the report. */
  pageFrom: 'manifest' | 'header' | 'file-name' | 'position';
  /** In an issue of lettered pages, the plain number this page was given, now read as the first section's (1 → A1). */
  plainNumber?: number;
}

export interface IssueMetadata {
  date: string | null;
  dateEstimated: boolean;
  dateFrom: 'manifest' | 'folder-name' | 'file-name' | 'header' | 'text' | null;
  /** The source line an inferred or printed date was read from. */
  dateLine: { file: string; line: number } | null;
  pages: PageMetadata[];
  /** Page numbers that more than one page of the issue claims. */
  duplicatePages: number[];
  /** Page headers that print another date than the issue's: a page filed with the wrong issue, or a misprint. */
  otherDates: { file: string; line: number; date: string }[];
  /** File names the manifest's `pages:` sets that no page of the issue has (`3.txt` for `03.txt`). */
  unmatchedManifestPages: string[];
}

const baseName = (file: string) => file.split('/').at(-1)!;

/** `03.txt`, `page-03.txt`, `p3.txt`, `第3版.txt`: a file name that is a page number; `A03.txt`, a lettered page's. */
function pageFromFileName(file: string): number | null {
  const name = baseName(file);
  const lettered = /^([a-h]\d{1,2})(?:版)?\.txt$/iu.exec(name);
  if (lettered) return letteredPageNumber(lettered[1]!);
  const m = /^(?:page|p|第|[i-z])?[-_ ]?0*(\d{1,2})(?:版)?\.txt$/iu.exec(name);
  return m && Number(m[1]) > 0 ? Number(m[1]) : null;
}

/**
 * The page's header, from every header line it prints: a running head with the date (`2024年3月15日 星期五 责任编辑：…`)
 * may stand under the page's number and section (`3 法治`). One that prints no page number takes it from `第3版` alone
 * at the top of the page, over it or under it; elsewhere such a line may be a guide's entry for another page. `no` is
 * the line that printed the date, or the first header line.
 */
function headerOf(lines: ClassifiedLine[]) {
  let page: number | null = null;
  let section: string | null = null;
  let date: CalendarDate | null = null;
  let first: number | null = null;
  let dated: number | null = null;
  for (const line of lines) {
    if (line.is.kind !== 'pageHeader') continue;
    first ??= line.no;
    page ??= line.is.page;
    section ??= line.is.section;
    if (!date && line.is.date) {
      date = line.is.date;
      dated = line.no;
    }
  }
  if (page === null) {
    const top = lines.slice(0, PAGE_TOP_LINES).find((line) => line.is.kind === 'furniture' && line.is.reason === 'page-number' && pageMarkAlone(line.text) !== null);
    if (top) {
      page = pageMarkAlone(top.text);
      first ??= top.no;
    }
  }
  return first === null ? null : { page, section, date, no: dated ?? first };
}

export function resolveIssueMetadata(folder: string, pages: MetadataPage[], manifest: IssueManifest | null): IssueMetadata {
  const headers = pages.map((p) => headerOf(p.lines));
  let date: CalendarDate | string | null = manifest?.date ?? null;
  let dateFrom: IssueMetadata['dateFrom'] = date ? 'manifest' : null;
  let dateLine: IssueMetadata['dateLine'] = null;
  if (!date && (date = findDateInName(folder))) dateFrom = 'folder-name';
  if (!date) {
    for (const p of pages) if ((date = findDateInName(baseName(p.file)))) { dateFrom = 'file-name'; break; }
  }
  if (!date) {
    headers.forEach((h, i) => {
      if (!date && h?.date) { date = h.date; dateFrom = 'header'; dateLine = { file: pages[i]!.file, line: h.no }; }
    });
  }
  if (!date) {
    const text = pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
    const inferred = inferDateFromText(text);
    if (inferred) {
      date = inferred;
      dateFrom = 'text';
      const printed = `${inferred.month}月${inferred.day}日`;
      for (const p of pages) {
        const line = p.lines.find((l) => l.text.replace(/\s/gu, '').includes(printed));
        if (line) { dateLine = { file: p.file, line: line.no }; break; }
      }
    }
  }
  const used = new Set<number>();
  const metas: PageMetadata[] = pages.map((p, i) => {
    const entry = manifest?.pages[baseName(p.file)];
    const header = headers[i];
    const section = entry?.section ?? header?.section ?? null;
    if (entry?.page) return { page: entry.page, section, pageFrom: 'manifest' };
    if (header?.page) return { page: header.page, section, pageFrom: 'header' };
    const fromName = pageFromFileName(p.file);
    if (fromName) return { page: fromName, section, pageFrom: 'file-name' };
    return { page: 0, section, pageFrom: 'position' };
  });
  // In an issue of lettered pages, a page numbered plainly (a front page that prints no letter, files named 01, 02…)
  // is the first section's: page 1 is A1, as the jumps to it say (`（上接A01版）`). Not a number the issue.yaml gave.
  const lettered = metas.some((m) => pageLabel(m.page) !== null);
  if (lettered) {
    for (const m of metas) {
      if (m.page > 0 && m.page < 100 && m.pageFrom !== 'manifest') Object.assign(m, { plainNumber: m.page, page: 100 + m.page });
    }
  }
  for (const m of metas) if (m.page) used.add(m.page);
  const claimed = metas.filter((m) => m.page).map((m) => m.page);
  const duplicatePages = [...new Set(claimed.filter((page, i) => claimed.indexOf(page) !== i))];
  // Pages with no number anywhere are numbered by their place in the folder, after those that have one.
  let next = lettered ? 101 : 1;
  for (const m of metas) {
    if (m.page) continue;
    while (used.has(next)) next++;
    m.page = next;
    used.add(next);
  }
  const issueDate = date === null ? null : typeof date === 'string' ? date : formatDate(date);
  const otherDates = headers.flatMap((h, i) =>
    issueDate !== null && h?.date && formatDate(h.date) !== issueDate ? [{ file: pages[i]!.file, line: h.no, date: formatDate(h.date) }] : []);
  const names = new Set(pages.map((p) => baseName(p.file)));
  return {
    date: issueDate,
    dateEstimated: dateFrom === 'text',
    dateFrom,
    dateLine,
    pages: metas,
    duplicatePages,
    otherDates,
    unmatchedManifestPages: Object.keys(manifest?.pages ?? {}).filter((name) => !names.has(name)),
  };
}
