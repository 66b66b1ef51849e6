// What the site tests read off the search page, shared by search.test.ts and quarters.test.ts.
import type { Page } from 'playwright-core';

/** Results the page shows before “显示更多结果”. */
export const PAGE_SIZE = 20;

/**
 * Waits until the search page has finished what it was doing: not busy, not “搜索中……”, and when it found
 * something, its first results (up to 20) are on the page; with `total`, until it says it found that many (in
 * every shard that can match: “找到 N 篇文章”).
 */
export async function settled(page: Page, total?: number): Promise<void> {
  await page.waitForFunction(([pageSize, wanted]) => {
    const root = document.querySelector('[data-search]');
    const status = root?.querySelector('[data-status]')?.textContent ?? '';
    if (!root || root.hasAttribute('aria-busy') || status === '搜索中……') return false;
    const found = /(找到|至少) (\d+) 篇文章/u.exec(status);
    if (wanted !== null && (found?.[1] !== '找到' || Number(found[2]) !== wanted)) return false;
    return !found || root.querySelectorAll('[data-results] > li').length === Math.min(Number(found[2]), pageSize);
  }, [PAGE_SIZE, total ?? null] as const);
}

const textOf = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').trim();
/** The status line: what was found, or that nothing was. */
export const status = (page: Page) => textOf(page, '[data-status]');
/** The line under the status that says which years and months were searched, and in what order the results are. */
export const scope = (page: Page) => textOf(page, '[data-scope]');
