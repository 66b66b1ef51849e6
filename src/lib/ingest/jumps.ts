// Stage 7: a story that jumps pages (`(下转第4版)` … `(上接第1版)`) is one article when both pages are here.
// A tail whose head page is missing stays an article of its own, marked as continued from that page.
import type { ArticleDraft } from './assemble.ts';
import { mergeCredits } from './credits.ts';
import { comparisonKey } from './text.ts';

export interface PlacedDraft {
  draft: ArticleDraft;
  page: number;
  file: string;
  /** The tail's lines once merged into a head on another page. */
  merged: { file: string; lines: number[] }[];
  mergedInto: PlacedDraft | null;
}

export function mergeJumps(drafts: PlacedDraft[]): void {
  const headKey = (d: ArticleDraft) => comparisonKey(d.head.map((h) => h.text).join(''));
  for (const tail of drafts) {
    const from = tail.draft.continuedFrom;
    if (from === null) continue;
    const heads = drafts.filter((h) => h !== tail && h.page === from && h.draft.continuesTo === tail.page);
    if (heads.length === 0) continue;
    const reprinted = tail.draft.head.length ? headKey(tail.draft) : null;
    let head = heads.find((h) => reprinted !== null && headKey(h.draft) === reprinted) ?? heads[0]!;
    // A story over three pages: the middle piece was merged already; the tail goes to the story's first page.
    while (head.mergedInto) head = head.mergedInto;
    if (head === tail) continue;
    const h = head.draft;
    const t = tail.draft;
    h.fragments.push(...t.fragments);
    h.captions.push(...t.captions);
    h.credits.push(...t.credits);
    // The tail's problems stay the tail's: they are reported once, on its own page's file and line.
    mergeCredits(h.people, t.people);
    h.continuesTo = t.continuesTo;
    head.merged.push({ file: tail.file, lines: t.lines }, ...tail.merged);
    tail.mergedInto = head;
  }
}
