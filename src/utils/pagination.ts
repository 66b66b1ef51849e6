// Which pages a long list links to from each of its pages: a reporter of ten years may have hundreds, and a reader
// needs to jump to the last one or a few ahead, not only to the next.

/**
 * The page numbers to link from page `current` of `last`: the first and last, and two either side of the current
 * one; `null` stands for the pages left out between (shown as …). A gap of one page is shown as that page instead.
 */
export function pageNumbersAround(current: number, last: number, around = 2): (number | null)[] {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const numbers: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const before = sorted[i - 1];
    if (before !== undefined && n - before === 2) numbers.push(n - 1);
    else if (before !== undefined && n - before > 2) numbers.push(null);
    numbers.push(n);
  });
  return numbers;
}

/** The URL of page `n` of a list, from its first page's URL (`/reporters/zhang-san/` → `/reporters/zhang-san/3/`). */
export const listPageUrl = (first: string, n: number) => (n === 1 ? first : `${first.replace(/\/?$/u, '/')}${n}/`);
