// One issue (the pages of one folder) from bytes to validated articles, with the report that accounts for
// every line. Pure: no file system, so every rule can be tested on strings.
import { articleId, articleOf, markTitleLines } from './article.ts';
import type { ArticleDraft, CreditProblemAt, LineRole, PageAssembly } from './article-drafts.ts';
import { assemblePage } from './assemble.ts';
import { classifyLine, labelKey } from './classify.ts';
import type { LineKind, PlacedLine } from './line-kinds.ts';
import { decodePage, UndecodablePageError, type PageEncoding } from './decode.ts';
import { markDuplicates } from './duplicates.ts';
import { markBoxes, markMastheadFields, markPageTop, markPaperName, markSectionBanners, markSpecialSectionName } from './boxes.ts';
import { markBriefsColumns, markClosingSlogan, markGuideEntries, markPublicServiceAds, markShortGuideEntries } from './furniture-around.ts';
import { markPartNumbers, markVerse, markVersesApart } from './verse.ts';
import { markBulletLists, markEntryHeads, markInfographicParts, markPointHeads, markQuotedPartTitles, markPortraitCaptions, markQuestionHeads, markSpeakerHeads } from './point-heads.ts';
import { markArtworkCredits } from './story-breaks.ts';
import { markFigureCallouts } from './callouts.ts';
import { markRepeatedFurniture } from './furniture.ts';
import { mendTornClosingCredits, mendTornDatelines } from './torn-datelines.ts';
import { markTriangleBriefs } from './triangle-briefs.ts';
import { mergeJumps, resolveJumpPages, unansweredJumps, type PlacedDraft } from './jumps.ts';
import { splitBlocks, splitLines, type SourceLine } from './lines.ts';
import type { IssueManifest } from './manifest.ts';
import { resolveIssueMetadata, type PageMetadata } from './metadata.ts';
import { pageLabel } from './page-labels.ts';
import { asPrintedKind, folded, isTraditionalPage } from './script.ts';
import type { PaperSettings } from './settings.ts';
import { articleSchema, describeSchemaIssues, schemaErrorMap, type Article } from '../schema.ts';

export interface SourcePage {
  /** Path relative to the archive root, with forward slashes: what messages and `source.file` show. */
  file: string;
  bytes: Uint8Array;
}

export interface IssueInput {
  folder: string;
  pages: SourcePage[];
  manifest: IssueManifest | null;
  settings: PaperSettings;
}

export interface IngestWarning {
  file: string;
  line: number | null;
  code: string;
  message: string;
}

export interface LineAccount {
  from: number;
  to: number;
  role: LineRole;
  article: string | null;
}

export interface PageReport {
  file: string;
  encoding: PageEncoding | null;
  page: number | null;
  pageFrom: PageMetadata['pageFrom'] | null;
  section: string | null;
  date: string | null;
  dateEstimated: boolean;
  articles: string[];
  warnings: number;
  joins: number;
  /** Lines removed from the text as page furniture, and why. */
  furniture: { line: number; text: string; reason: string }[];
  /** Lines dropped because the same text stands elsewhere in the issue, where it reads on. */
  duplicates: { line: number; text: string; keptAt: { file: string; line: number } }[];
  /** Non-blank lines by what they became; their sum is the page's non-blank line count. */
  roles: Partial<Record<LineRole, number>>;
  lines: LineAccount[];
}

export interface IssueResult {
  articles: Article[];
  warnings: IngestWarning[];
  /** Problems that stopped a page or the issue from being ingested (the run fails). */
  errors: IngestWarning[];
  pages: PageReport[];
}

interface ReadPage {
  file: string;
  encoding: PageEncoding;
  lines: PlacedLine[];
}

function readPage(page: SourcePage, settings: PaperSettings): ReadPage {
  const { text, encoding } = decodePage(page.bytes);
  const placed: PlacedLine[] = [];
  const blocks: PlacedLine[][] = [];
  for (const block of splitBlocks(splitLines(text))) {
    const lines: PlacedLine[] = [];
    block.lines.forEach((line, i) => {
      const key = labelKey(line.text, settings);
      const read: PlacedLine = { no: line.no, text: line.text, indented: line.indented, key, is: classifyLine(line, settings, key), gapBefore: i === 0 ? block.gapBefore : 0 };
      placed.push(read);
      lines.push(read);
    });
    blocks.push(lines);
  }
  // A page in traditional characters is read again, folded. Apart, after the loop: choosing the reading inside it,
  // by a variable or a condition, slowed the reading of every page by a tenth (classifyLine was no longer inlined).
  const traditional = isTraditionalPage(text);
  if (traditional) for (const line of placed) line.is = classifyTraditionalLine(line, settings, line.key ?? null);
  const reclassify = (line: SourceLine) => (traditional ? classifyTraditionalLine(line, settings, null) : classifyLine(line, settings));
  mendTornDatelines(placed, reclassify, settings);
  mendTornClosingCredits(placed, reclassify, settings);
  markTriangleBriefs(placed, reclassify);
  // What lines are together: a box beside the stories, a special section's banner, the masthead and header at the
  // page's top, a poem's stanza.
  markBoxes(blocks);
  markSectionBanners(blocks);
  markPublicServiceAds(blocks);
  markGuideEntries(blocks);
  markShortGuideEntries(placed);
  markBriefsColumns(placed);
  markClosingSlogan(placed);
  markPaperName(placed);
  markPageTop(placed, settings);
  markMastheadFields(placed);
  markSpecialSectionName(placed);
  markPartNumbers(placed);
  markFigureCallouts(placed);
  markPointHeads(placed);
  markQuotedPartTitles(placed);
  markBulletLists(placed);
  markInfographicParts(placed);
  markSpeakerHeads(placed);
  markPortraitCaptions(placed);
  markQuestionHeads(placed);
  markEntryHeads(placed);
  markArtworkCredits(placed);
  markVerse(blocks);
  markVersesApart(blocks);
  return { file: page.file, encoding, lines: placed };
}

/** A line of a page in traditional characters, read folded to simplified, with what it keeps as printed (script.ts). */
function classifyTraditionalLine(line: SourceLine, settings: PaperSettings, key: string | null): LineKind {
  const matching = folded(line.text);
  return asPrintedKind(classifyLine({ ...line, text: matching }, settings, key), matching, line.text);
}

/** Where a page's number was read, as a warning names it. */
const PAGE_NUMBER_FROM: Record<PageMetadata['pageFrom'], string> = {
  manifest: 'by its issue.yaml entry',
  header: 'by its page header',
  'file-name': 'by its file name',
  position: 'by its place in the folder',
};

/** The warning for a credit line this parser could not read whole: each says what is kept, and who is credited. */
function creditWarning(file: string, { line, code, text }: CreditProblemAt): string {
  const at = `${file}:${line}`;
  if (code === 'orphan-credit') return `${at}: a credit line stands before any story (${text}); it is kept in the report only.`;
  if (code === 'truncated-credit') return `${at}: the credit “${text}” looks cut off (its last name has one character); the line is kept as printed, and that name is credited to nobody.`;
  return `${at}: “${text}” in a credit cannot be split into names; it is kept as printed and credited to nobody.`;
}

export function ingestIssue(input: IssueInput): IssueResult {
  const { settings, manifest } = input;
  const warnings: IngestWarning[] = [];
  const errors: IngestWarning[] = [];
  const reports: PageReport[] = [];
  const warn = (file: string, line: number | null, code: string, message: string) => warnings.push({ file, line, code, message });

  const pages: ReadPage[] = [];
  for (const source of input.pages) {
    try {
      const page = readPage(source, settings);
      if (page.lines.length === 0) warn(source.file, null, 'empty-page', `${source.file} is empty or blank: it gives no articles.`);
      pages.push(page);
    } catch (error) {
      if (!(error instanceof UndecodablePageError)) throw error;
      errors.push({ file: source.file, line: null, code: 'unreadable', message: `${source.file} was skipped: ${error.message}.` });
    }
  }
  markRepeatedFurniture(pages.map((p) => p.lines));
  markDuplicates(pages, settings);

  const meta = resolveIssueMetadata(input.folder, pages, manifest);
  if (!meta.date && pages.some((p) => p.lines.length)) {
    for (const p of pages) {
      errors.push({
        file: p.file, line: null, code: 'no-date',
        message: `${p.file} has no date: none is printed on the pages of ${input.folder || 'the archive root'} or in their names, and the text names no full date. Add an issue.yaml with \`date: YYYY-MM-DD\` beside the pages.`,
      });
    }
    // Nothing is ingested until the issue has a date, but every line is still accounted for in the report, with the
    // role it would have and no article, so the page is not lost from view.
    const undated = pages.map((page) => {
      const { roles, articles: drafts } = assemblePage(page.lines, settings);
      for (const d of drafts) markTitleLines(roles, d, d, settings);
      return roles;
    });
    return { articles: [], warnings, errors, pages: pages.map((page, p) => pageReport(page, meta.pages[p]!, meta, undated[p]!, new Map(), 0, warnings)) };
  }
  if (meta.dateEstimated && meta.dateLine) {
    warn(meta.dateLine.file, meta.dateLine.line, 'date-estimated',
      `${meta.dateLine.file}:${meta.dateLine.line}: no date is printed for the issue in ${input.folder || 'the archive root'}; ${meta.date} is inferred from the latest date its text mentions. Put \`date: YYYY-MM-DD\` in an issue.yaml beside the pages to make it certain.`);
  }

  const dateSource = { manifest: 'its issue.yaml', 'folder-name': 'its folder’s name', 'file-name': 'a page’s file name', header: 'the first dated page header', text: 'its text' }[meta.dateFrom!];
  for (const { file, line, date } of meta.otherDates) {
    warn(file, line, 'page-date-differs', `${file}:${line}: the page header prints ${date}, but the issue is dated ${meta.date} (from ${dateSource}); the page is filed with the issue. If it belongs to another issue, move it to that issue’s folder.`);
  }
  for (const name of meta.unmatchedManifestPages) {
    const folder = input.folder || 'the archive root';
    warn(input.folder, null, 'manifest-page-unmatched', `${folder}: the issue.yaml sets ${name} under pages:, but the issue has no page file of that name (its pages: ${pages.map((p) => p.file.split('/').at(-1)).join(', ')}); that entry is not used.`);
  }

  for (const page of meta.duplicatePages) {
    const claims = pages.flatMap((p, i) => (meta.pages[i]!.page === page ? [{ file: p.file, from: meta.pages[i]!.pageFrom }] : []));
    const named = claims.map(({ file, from }) => `${file} (${PAGE_NUMBER_FROM[from]})`).join(' and ');
    // When the issue.yaml gave the clashing number, it is the issue.yaml that needs mending, not a new one written.
    const mend = claims.some(({ from }) => from === 'manifest')
      ? `Correct the page numbers under pages: in ${input.folder || 'the archive root'}'s issue.yaml.`
      : `Set each page's number under pages: in an issue.yaml beside them.`;
    warn(claims[0]!.file, null, 'duplicate-page-number', `${named} all say they are page ${page}; their articles are kept with distinct ids. ${mend}`);
  }

  const placed: PlacedDraft[] = [];
  const assemblies = pages.map((page, p) => {
    const assembly = assemblePage(page.lines, settings);
    for (const problem of assembly.problems) warn(page.file, problem.line, problem.code, creditWarning(page.file, problem));
    for (const draft of assembly.articles) placed.push({ draft, page: meta.pages[p]!.page, file: page.file, merged: [], mergedInto: null });
    return assembly;
  });
  resolveJumpPages(placed, meta.pages.map((m) => m.page));
  mergeJumps(placed);
  warnings.push(...unansweredJumps(placed, meta.pages.map((m) => m.page)));

  const paper = manifest?.paper ?? settings.name;
  const articles: Article[] = [];
  const idOf = new Map<ArticleDraft, string>();
  const joinsByPage: number[] = [];
  const usedIds = new Set<string>();
  const sectionOf = new Map(meta.pages.map((m) => [m.page, m.section]));
  pages.forEach((page, p) => {
    const pageMeta = meta.pages[p]!;
    if (pageMeta.pageFrom === 'position' && page.lines.length) {
      warn(page.file, null, 'page-number-guessed', `${page.file}: no page number in the manifest, a page header or the file name; numbered ${pageMeta.page} by its place in the folder.`);
    }
    if (pageMeta.plainNumber !== undefined) {
      warn(page.file, null, 'page-read-as-lettered', `${page.file}: page ${pageMeta.plainNumber} (given ${PAGE_NUMBER_FROM[pageMeta.pageFrom]}) is read as ${pageLabel(pageMeta.page)}, the first section’s, as the issue’s other pages are lettered. If it is another page, set its number in an issue.yaml beside the pages (\`page: B1\`).`);
    }
    const roles = assemblies[p]!.roles;
    let order = 0;
    let joins = 0;
    for (const entry of placed.filter((d) => d.file === page.file)) {
      const d = entry.draft;
      const titleRoles = markTitleLines(roles, d, entry.mergedInto?.draft ?? d, settings);
      for (const problem of d.problems) warn(page.file, problem.line, problem.code, creditWarning(page.file, problem));
      if (entry.mergedInto) {
        // A tail's title lines kept as its text when it was merged (jumps.ts) are its body's.
        for (const fragment of d.fragments) for (const no of fragment.lines) if (!roles.has(no)) roles.set(no, { role: 'body', article: d });
        continue;
      }
      order++;
      const id = articleId(meta.date!, pageMeta.page, order, usedIds);
      const { candidate, joins: joined } = articleOf(entry, titleRoles, { id, order, paper, meta, pageMeta, sectionOf, settings });
      joins += joined;
      // A brief under its column's label prints no headline: that is its form, nothing to check.
      if (candidate.headlineInferred && d.continuedFrom === null && !d.brief) {
        const first = Math.min(...d.lines);
        warn(page.file, first, 'no-headline', `${page.file}:${first}: text with no recognisable headline; kept as an article titled “${candidate.headline}”.`);
      }
      const parsed = articleSchema.safeParse(candidate, { error: schemaErrorMap });
      if (parsed.success) {
        articles.push(parsed.data);
        idOf.set(d, id);
      }
      else for (const message of describeSchemaIssues(parsed.error, `${page.file}:${candidate.source.lines[0]}`)) errors.push({ file: page.file, line: candidate.source.lines[0]!, code: 'invalid-article', message });
    }
    joinsByPage.push(joins);
  });
  // A merged tail's lines belong to the article its head became, wherever that page stood in the folder.
  for (const entry of placed) {
    const head = entry.mergedInto && idOf.get(entry.mergedInto.draft);
    if (head) idOf.set(entry.draft, head);
  }
  pages.forEach((page, p) => reports.push(pageReport(page, meta.pages[p]!, meta, assemblies[p]!.roles, idOf, joinsByPage[p]!, warnings)));
  return { articles, warnings, errors, pages: reports };
}

function pageReport(
  page: ReadPage, pageMeta: PageMetadata, meta: { date: string | null; dateEstimated: boolean },
  roles: PageAssembly['roles'], idOf: Map<ArticleDraft, string>, joins: number, warnings: IngestWarning[],
): PageReport {
  const counts: Partial<Record<LineRole, number>> = {};
  const lines: LineAccount[] = [];
  const ids = new Set<string>();
  for (const line of page.lines) {
    const entry = roles.get(line.no);
    if (!entry) throw new Error(`internal error: ${page.file}:${line.no} was not accounted for`);
    const article = entry.article ? idOf.get(entry.article) ?? null : null;
    if (article) ids.add(article);
    counts[entry.role] = (counts[entry.role] ?? 0) + 1;
    const last = lines.at(-1);
    if (last && last.role === entry.role && last.article === article) last.to = line.no;
    else lines.push({ from: line.no, to: line.no, role: entry.role, article });
  }
  const furniture: PageReport['furniture'] = [];
  const duplicates: PageReport['duplicates'] = [];
  for (const line of page.lines) {
    // Listed by what the line became, not by how it was classified: a banner-shaped headline over its byline is
    // the story's, and a date alone over the stories is the page's. A credit before any story belongs to none: listed
    // with its text among the lines kept out of articles, so that every line is in an article, a caption or a list.
    const entry = roles.get(line.no);
    const role = entry?.role;
    if (line.is.kind === 'duplicate') duplicates.push({ line: line.no, text: line.text, keptAt: line.is.keptAt });
    else if (role === 'furniture') furniture.push({ line: line.no, text: line.text, reason: entry!.reason! });
    else if (role === 'page-header' || role === 'orphan-credit') furniture.push({ line: line.no, text: line.text, reason: role });
  }
  return {
    furniture, duplicates,
    file: page.file, encoding: page.encoding, page: pageMeta.page, pageFrom: pageMeta.pageFrom, section: pageMeta.section,
    date: meta.date, dateEstimated: meta.dateEstimated, articles: [...ids], warnings: warnings.filter((w) => w.file === page.file).length,
    joins, roles: counts, lines,
  };
}
