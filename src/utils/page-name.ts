// A page as a reader names it: `第3版`, or a lettered page's `A3版` (its number 103: src/lib/ingest/page-labels.ts).
import { pageLabel } from '../lib/ingest/page-labels.ts';

/** `第3版`, `A3版`. */
export function pageName(page: number): string {
  const label = pageLabel(page);
  return label ? `${label}版` : `第${page}版`;
}

/** The page as a citation's 版次 gives it: `3`, `A3`. */
export const printedPage = (page: number): string => pageLabel(page) ?? String(page);
