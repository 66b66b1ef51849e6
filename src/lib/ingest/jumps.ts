// Stage 7: a story that jumps pages (`(下转第4版)` … `(上接第1版)`) is one article when both pages are here.
// A tail whose head page is missing stays an article of its own, marked as continued from that page.
import { storyWords, wordsSharedWithStory, type ArticleDraft } from './article-drafts.ts';
import { mergeCredits } from './credits.ts';
import { isPageNumber, NEXT_PAGE, pageLabel, PREVIOUS_PAGE } from './page-labels.ts';
import { comparisonKey } from './text.ts';
import type { IngestWarning } from './issue.ts';

export interface PlacedDraft {
  draft: ArticleDraft;
  page: number;
  file: string;
  /** The tail's lines once merged into a head on another page. */
  merged: { file: string; page: number; lines: number[] }[];
  mergedInto: PlacedDraft | null;
}


/**
 * The head a tail continues, among the stories of its page that jump to the tail's: the one whose headline the tail
 * reprints; else, of those no other tail has taken, the one that shares most words with it (two stories jumping to
 * one page are often continued there in another order), the first in reading order on a tie.
 */
function headOf(tail: PlacedDraft, heads: PlacedDraft[], taken: Set<PlacedDraft>): PlacedDraft | null {
  const headKey = (d: ArticleDraft) => comparisonKey(d.head.map((h) => h.text).join(''));
  const reprinted = tail.draft.head.length ? headKey(tail.draft) : null;
  const byHeadline = heads.find((h) => reprinted !== null && headKey(h.draft) === reprinted);
  if (byHeadline) return byHeadline;
  const open = heads.filter((h) => !taken.has(h));
  if (open.length <= 1) return open[0] ?? heads[0] ?? null;
  const words = storyWords(tail.draft);
  const shared = open.map((h) => wordsSharedWithStory(words, h.draft));
  return open[shared.indexOf(Math.max(...shared))]!;
}

/**
 * The page a marker naming no number (`（接上版）`, `（转下版）`) points to, from the page it is on: the page
 * numbered one less or more; a missing plain page is that number all the same; from a lettered page, the issue's
 * nearest page that way (from A16, B1), or else the number one less or more while it is a page's. Null when none is.
 */
function neighbourOf(page: number, way: -1 | 1, pages: number[]): number | null {
  const next = page + way;
  if (pages.includes(next) || (page < 100 && next >= 1)) return next;
  const nearest = way > 0 ? pages.filter((p) => p > page).sort((a, b) => a - b)[0] : pages.filter((p) => p < page).sort((a, b) => b - a)[0];
  return nearest ?? (isPageNumber(next) ? next : null);
}

/**
 * The page each jump names, given the pages: the page before or after the marker's own (PREVIOUS_PAGE,
 * NEXT_PAGE); and in an issue of lettered pages, a page named plainly (`（下转4版）`) is the first section's, A4, as
 * metadata.ts reads a page numbered plainly there.
 */
export function resolveJumpPages(drafts: PlacedDraft[], pages: number[]): void {
  const lettered = pages.some((page) => pageLabel(page) !== null);
  const resolve = (jump: number | null, page: number) =>
    jump === PREVIOUS_PAGE ? neighbourOf(page, -1, pages)
    : jump === NEXT_PAGE ? neighbourOf(page, 1, pages)
    : jump !== null && lettered && jump < 100 ? 100 + jump
    : jump;
  for (const { draft, page } of drafts) {
    draft.continuedFrom = resolve(draft.continuedFrom, page);
    draft.continuesTo = resolve(draft.continuesTo, page);
  }
}

/**
 * The headline printed again under a jump's line with the tail's text right under it, as OCR gives it with no blank
 * line between (`（上接第1版）` / `县委全体会议召开` / `解放思想，…`): read on its page as the tail's first text, it is one
 * of the heads' headlines, and becomes the tail's reprinted headline rather than words run into its first sentence.
 */
function takeReprintedHeadline(tail: ArticleDraft, heads: PlacedDraft[]): void {
  const first = tail.fragments[0];
  if (tail.head.length || !first || first.lines.length !== 1 || first.subhead || first.verse || first.alone) return;
  const key = comparisonKey(first.text);
  if (!heads.some((h) => h.draft.head.some((line) => comparisonKey(line.text) === key))) return;
  tail.fragments.shift();
  tail.head.push({ no: first.lines[0]!, text: first.text, is: { kind: 'title' } });
}

/**
 * The tail's title lines that are not the story's headline printed again (a list's rows under `（上接第4版）`,
 * `黄晓琴(女) 区人民医院副院长`, or a report's part, `三、全面加强党的领导`): the tail's first lines of text, each a line of its
 * own, rather than dropped with the reprinted headline when the tail is merged.
 */
function keepUnprintedTitles(tail: ArticleDraft, head: ArticleDraft): void {
  const headline = comparisonKey(head.head.map((line) => line.text).join(''));
  const unprinted = tail.head.filter((line) => !headline.includes(comparisonKey(line.text)));
  if (!unprinted.length) return;
  tail.head = tail.head.filter((line) => !unprinted.includes(line));
  tail.fragments.unshift(...unprinted.map((line) => ({ text: line.text, lines: [line.no], subhead: PART_NUMBER.test(line.text), alone: true })));
}

const PART_NUMBER = /^\s*[一二三四五六七八九十]{1,3}、/u;

export function mergeJumps(drafts: PlacedDraft[]): void {
  const taken = new Set<PlacedDraft>();
  for (const tail of drafts) {
    const from = tail.draft.continuedFrom;
    if (from === null) continue;
    const heads = drafts.filter((h) => h !== tail && h.page === from && h.draft.continuesTo === tail.page);
    takeReprintedHeadline(tail.draft, heads);
    let head = headOf(tail, heads, taken);
    if (!head) continue;
    taken.add(head);
    // A story over three pages: the middle piece was merged already; the tail goes to the story's first page.
    while (head.mergedInto) head = head.mergedInto;
    if (head === tail) continue;
    const h = head.draft;
    const t = tail.draft;
    keepUnprintedTitles(t, h);
    h.fragments.push(...t.fragments);
    h.captions.push(...t.captions);
    h.credits.push(...t.credits);
    // The tail's problems stay the tail's: they are reported once, on its own page's file and line.
    mergeCredits(h.people, t.people);
    h.continuesTo = t.continuesTo;
    head.merged.push({ file: tail.file, page: tail.page, lines: t.lines }, ...tail.merged);
    tail.mergedInto = head;
  }
}

/**
 * The jumps no story of the issue answers, once the tails are merged: a story that goes on (`（下转第6版）`) on a page
 * the issue does not hold or with no tail there, and a tail (`（上接第1版）`) that no story on the page it names jumps
 * from. Each is kept as printed, cut off; the archivist is told where, as a page may be missing from the folder.
 */
export function unansweredJumps(drafts: PlacedDraft[], pages: number[]): IngestWarning[] {
  const found: IngestWarning[] = [];
  for (const { draft, file, page, mergedInto } of drafts) {
    if (mergedInto || !draft.lines.length) continue;
    const title = draft.head.map((line) => line.text.trim()).join(' ') || draft.fragments[0]?.text.slice(0, 16) || '';
    const to = draft.continuesTo;
    if (to !== null) {
      const line = Math.max(...draft.lines);
      const where = pages.includes(to) ? `no story on page ${pageName(to)} says it is continued from page ${pageName(page)}` : `the issue has no page ${pageName(to)}`;
      found.push({ file, line, code: 'jump-unanswered', message: `${file}:${line}: “${title}” goes on to page ${pageName(to)}, but ${where}; its end is missing.` });
    }
    const from = draft.continuedFrom;
    if (from !== null) {
      const line = Math.min(...draft.lines);
      const where = pages.includes(from) ? `no story on page ${pageName(from)} jumps to page ${pageName(page)}` : `the issue has no page ${pageName(from)}`;
      found.push({ file, line, code: 'jump-unanswered', message: `${file}:${line}: this text goes on from page ${pageName(from)}, but ${where}; it is kept as a story of its own.` });
    }
  }
  return found;
}
const pageName = (page: number) => pageLabel(page) ?? String(page);
