// What the site tests read off the search page and how they search it, shared by the search suites (search,
// search-states and search-chinese tests) and quarters.test.ts; and the fixture site those suites search, served with
// what each search should find: worked out from the articles ingest wrote for that build (search-corpus.ts), never
// from the index.
import type { Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { readCorpus, type CorpusArticle } from './search-corpus.ts';
import { BASE, NO_SECTION, serveWebsite, type Website } from './website.ts';

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

export const PROMPT = '输入搜索词，或按记者、版面、年份筛选。';
export const noResults = (q: string) => `没有找到包含“${q}”的文章。试试更短的词，或去掉筛选条件。`;
export const FACETS = { reporter: '记者', section: '版面', year: '年份' } as const;
export type FacetKey = keyof typeof FACETS;

export const sorted = (urls: Iterable<string>) => [...urls].sort();

/** Asks for the reporter and section counts (they cost filter files, so the page loads them on request). */
export async function openFacets(page: Page): Promise<void> {
  await page.getByRole('button', { name: '按记者、版面筛选' }).click();
  await page.locator('[data-facet="reporter"] li').first().waitFor();
}

export interface ShownHit {
  href: string;
  title: string;
  meta: string;
  excerptText: string;
  excerptHtml: string;
  /** Tag names of the excerpt's elements (only MARK is allowed). */
  excerptTags: string[];
  marks: string[];
}

/** The results as shown, in order. */
export function shown(page: Page): Promise<ShownHit[]> {
  return page.locator('[data-results] > li').evaluateAll((items) =>
    items.map((li) => {
      const excerpt = li.querySelector('.excerpt');
      return {
        href: li.querySelector('a.title')?.getAttribute('href') ?? '',
        title: li.querySelector('a.title')?.textContent ?? '',
        meta: li.querySelector('.meta')?.textContent ?? '',
        excerptText: excerpt?.textContent ?? '',
        excerptHtml: excerpt?.innerHTML ?? '',
        excerptTags: [...(excerpt?.querySelectorAll('*') ?? [])].map((e) => e.tagName),
        marks: [...(excerpt?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? ''),
      };
    }),
  );
}
export const shownUrls = async (page: Page) => (await shown(page)).map((h) => h.href);

/** A facet's entries as shown: value → count. */
export async function facet(page: Page, key: FacetKey): Promise<Record<string, number>> {
  const entries = await page.locator(`[data-facet="${key}"] li label`).evaluateAll((labels) =>
    labels.map((l) => [l.querySelector('input')?.value ?? '', Number(l.querySelector('.count')?.textContent ?? 'NaN')] as const),
  );
  return Object.fromEntries(entries);
}

/** What a facet should count among some articles. */
export function expectedFacet(articles: CorpusArticle[], key: FacetKey): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of articles) {
    const values = key === 'reporter' ? a.people : key === 'section' ? [a.section ?? NO_SECTION] : [a.date.slice(0, 4)];
    for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

/** Types a query into the search page's own box and presses Enter. */
export async function searchFor(page: Page, q: string): Promise<void> {
  const input = page.locator('#search-q');
  await input.fill('');
  await input.pressSequentially(q);
  await input.press('Enter');
  await settled(page);
}

export const queryOf = (page: Page) => {
  const u = new URL(page.url());
  return { path: u.pathname, q: u.searchParams.get('q'), reporter: u.searchParams.getAll('reporter'), sort: u.searchParams.get('sort') };
};

/**
 * Registers the file's shared fixture site (website.ts) with its search corpus, hands both to `ready`, and holds every
 * test to no JavaScript error and no dialog. Returns the helpers that open pages, and those that place an article.
 */
export function serveSearchSite(ready: (web: Website, corpus: CorpusArticle[]) => void) {
  let corpus: CorpusArticle[] = [];
  const web = serveWebsite((served) => {
    corpus = readCorpus(served.site.articlesDir, BASE);
    ready(served, corpus);
  });
  afterEach(() => {
    expect(web.pageErrors, 'JavaScript errors').toEqual([]);
    expect(web.dialogs, 'dialogs').toEqual([]);
  });
  const byUrl = (u: string) => {
    const a = corpus.find((x) => x.url === u);
    if (!a) throw new Error(`${u} is not an article of this build`);
    return a;
  };
  const yearOf = (u: string) => byUrl(u).date.slice(0, 4);
  const yearsOf = (urls: Iterable<string>) => [...new Set([...urls].map(yearOf))].sort().reverse();
  return { ...web, byUrl, yearOf, yearsOf };
}
