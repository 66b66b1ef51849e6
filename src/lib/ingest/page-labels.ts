// Lettered pages. A city daily numbers its pages within each section's letter (`第A03版：要闻`, `B2 文体`, files
// `A03.txt`, `B02.txt`), so A3 and B3 are two pages. Such a page is numbered 100 × its letter's place + its number
// (A3 → 103, B1 → 201), and its label is read back from that number wherever it is shown: the numbers stay distinct
// and sort as the paper runs, they do not move when another page of the issue is added later (as a page's place in
// the issue would), and a jump to a lettered page (`（下转A5版）`) is a page number like any other. Pages numbered
// plainly are 1–99, so no number means both.

/** The letters a paper's sections are lettered by. */
const SECTION_LETTERS = 'ABCDEFGH';

/** A section letter and a page number, as printed (`A03`, `B 2`). */
export const LETTERED_PAGE_NO = `[${SECTION_LETTERS}]\\s*0?[1-9]\\d?`;
/** The same, as a capture group. */
export const LETTERED_PAGE = `(${LETTERED_PAGE_NO})`;
const LETTERED = new RegExp(`^${LETTERED_PAGE_NO}$`, 'u');

/** `A03`, `a3`, `B 2` → 103, 103, 202; null for anything else. */
export function letteredPageNumber(text: string): number | null {
  const upper = text.toUpperCase();
  if (!LETTERED.test(upper)) return null;
  return (SECTION_LETTERS.indexOf(upper[0]!) + 1) * 100 + Number(upper.slice(1).trim());
}

/** The label of a lettered page's number (103 → `A3`); null for a page numbered plainly. */
export function pageLabel(page: number): string | null {
  const letter = SECTION_LETTERS[Math.floor(page / 100) - 1];
  return letter && page % 100 ? `${letter}${page % 100}` : null;
}

/** Whether a number is a page's: 1–99, or a lettered page's (101–199 for A, and so on). */
export const isPageNumber = (page: number): boolean => Number.isInteger(page) && ((page >= 1 && page <= 99) || pageLabel(page) !== null);

/**
 * What a jump marker names when it names no number: the page before its own (`（接上版）`) or after it (`（转下版）`).
 * No page has these numbers; jumps.ts puts the page's neighbour in their place once the pages are numbered.
 */
export const PREVIOUS_PAGE = -1;
export const NEXT_PAGE = -2;
