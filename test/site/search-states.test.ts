// The search page's states: no query, Pagefind's start, an index that fails to load, nothing found, only the
// quarters the term directory and the phrase filter let in; and the keyboard and axe.
//
//   npx vitest run test/site/search-states.test.ts
import type { Browser, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './validate.ts';
import { creditedTo, truthOf, type CorpusArticle } from './search-corpus.ts';
import { expectedFacet, facet, noResults, openFacets, PROMPT, queryOf, scope, searchFor, serveSearchSite, settled, shownUrls, sorted, status } from './search-page.ts';

let corpus: CorpusArticle[];
let desktop: BrowserContext;
let browser: Browser;
const { url, open, yearOf, yearsOf } = serveSearchSite((web, found) => {
  ({ desktop, browser } = web);
  corpus = found;
});

// ——— states, keyboard, accessibility ———

describe('states, keyboard and accessibility', () => {
  it('the page without a query shows the prompt, the year facet of the whole archive, and no results; reporter and section counts of the newest year on request', async () => {
    const requests: string[] = [];
    const page = await open('search/');
    page.on('request', (r) => requests.push(r.url()));
    await page.locator('[data-facet="year"] li').first().waitFor();
    expect(await status(page)).toBe(PROMPT);
    expect(await page.locator('[data-results] > li').count()).toBe(0);
    expect(await page.locator('#search-q').inputValue()).toBe('');
    expect(await facet(page, 'year')).toEqual(expectedFacet(corpus, 'year'));
    expect(await page.locator('[data-facet="reporter"]').isVisible()).toBe(false);
    // Nothing of the index but its entry files is loaded for that.
    expect(requests.filter((u) => /\.pf_|wasm/u.test(u))).toEqual([]);

    await openFacets(page);
    const newest = corpus.map((a) => a.date.slice(0, 4)).sort().at(-1)!;
    const ofNewest = corpus.filter((a) => a.date.startsWith(newest));
    for (const key of ['reporter', 'section'] as const) {
      expect(await page.locator(`[data-facet="${key}"]`).isVisible(), key).toBe(true);
      expect(await facet(page, key), key).toEqual(expectedFacet(ofNewest, key));
    }
    expect(await page.locator('[data-facets-scope]').textContent()).toBe(`记者、版面的计数来自已检索的 ${newest} 年。`);
    expect(await facet(page, 'year')).toEqual(expectedFacet(corpus, 'year'));
  });

  it('Pagefind starts when the box gets focus, on the runtime alone and the page’s own thread; a search then loads its year’s index and no second WebAssembly', async () => {
    const page = await open('search/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.locator('[data-facet="year"] li').first().waitFor();
    expect(requests.filter((p) => p.includes('/pagefind/runtime/'))).toEqual([]);
    await page.locator('#search-q').focus();
    await expect.poll(() => requests.filter((p) => /\/pagefind\/runtime\/.*\.pf_meta$/u.test(p)).length).toBe(1);
    // Pagefind asks for its metadata and its WebAssembly side by side, in either order.
    const wasmRequests = () => requests.filter((p) => p.endsWith('.pagefind') && p.includes('/wasm.'));
    await expect.poll(wasmRequests).toEqual([`${new URL(url('pagefind/runtime/')).pathname}wasm.unknown.pagefind`]);
    const wasm = wasmRequests();
    expect(requests.filter((p) => p.includes('/pagefind/shards/'))).toEqual([]);

    await searchFor(page, '荣昌');
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    expect(requests.filter((p) => /\/pagefind\/shards\/\d{4}-q\d\/.*\.pf_meta$/u.test(p)).length).toBeGreaterThan(0);
    expect(requests.filter((p) => p.includes('/wasm.'))).toEqual(wasm);
    // Pagefind's web worker would have been fetched by now (src/utils/pagefind-library.ts says why the page does without it).
    expect(requests.filter((p) => p.endsWith('pagefind-worker.js'))).toEqual([]);
  });

  it('a quarter’s index that fails to load (its entry file, or its metadata) is said to have failed; the page does not go on searching', async () => {
    for (const failing of ['pagefind-entry.json', '.pf_meta']) {
      const page = await desktop.newPage();
      await page.route((u) => u.pathname.includes('/pagefind/shards/') && u.pathname.endsWith(failing), (route) => route.fulfill({ status: 404, body: 'gone' }));
      await page.goto(url(`search/?q=${encodeURIComponent('荣昌')}`));
      await expect.poll(() => status(page), { message: failing }).toBe('搜索索引加载失败，请稍后重试。');
      expect(await page.locator('[data-search]').getAttribute('aria-busy')).toBeNull();
      expect(await page.locator('[data-results] > li').count()).toBe(0);
      await page.close();
    }
  });

  it('a year ticked without a query lists exactly that year’s articles: the runtime’s own document is never among them', async () => {
    const newest = corpus.map((a) => a.date.slice(0, 4)).sort().at(-1)!;
    const page = await open(`search/?year=${newest}`);
    await settled(page);
    expect(await status(page)).toBe(`找到 ${corpus.filter((a) => a.date.startsWith(newest)).length} 篇文章`);
    // With no query to rank them by, newest first, and the title says what they are.
    expect(await scope(page)).toMatch(/，按日期由新到旧排列。$/u);
    const dateOf = new Map(corpus.map((a) => [a.url, a.date]));
    const dates = (await shownUrls(page)).map((u) => dateOf.get(u)!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.title()).toMatch(new RegExp(`^${newest}年的文章 \\| `, 'u'));
    // The order box shows the order used, and stands aside until there are words to rank by; the reader's own
    // choice (by relevance) comes back with them, and the search they run carries no date order it did not ask for.
    const order = page.locator('#search-sort');
    expect([await order.inputValue(), await order.isDisabled()]).toEqual(['date', true]);
    await page.locator('#search-q').pressSequentially('荣昌');
    expect([await order.inputValue(), await order.isDisabled()]).toEqual(['relevance', false]);
    await page.locator('#search-q').press('Enter');
    await settled(page);
    expect(queryOf(page)).toMatchObject({ q: '荣昌', sort: null });
    expect(await scope(page)).not.toMatch(/按日期/u);
  });

  it('each result is headed by its title, an h2 under the page’s h1, for a screen reader to go from result to result', async () => {
    const page = await open(`search/?q=${encodeURIComponent('荣昌')}`);
    await settled(page);
    const heads = await page.locator('[data-results] > li').evaluateAll((lis) => lis.map((li) => li.querySelector('h2 > a.title')?.textContent ?? ''));
    expect(heads.length).toBeGreaterThan(0);
    expect(heads.every(Boolean)).toBe(true);
  });

  it('choosing an order searches the words in the box, typed or not yet run', async () => {
    const page = await open(`search/?q=${encodeURIComponent('荣昌')}`);
    await settled(page);
    await page.locator('#search-q').fill('杨丽丹');
    await page.locator('#search-sort').selectOption('date');
    await settled(page);
    expect(queryOf(page)).toMatchObject({ q: '杨丽丹', sort: 'date' });
    expect(await page.locator('#search-q').inputValue()).toBe('杨丽丹');
  });

  it('a query of punctuation alone searches nothing, and says what to type', async () => {
    const page = await open(`search/?q=${encodeURIComponent('，。')}`);
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('没有可以检索的字'));
    expect(await status(page)).toBe('“，。”里没有可以检索的字：请输入汉字、字母或数字。');
    expect(await page.locator('[data-results] > li').count()).toBe(0);
    expect(await page.locator('#search-q').inputValue()).toBe('，。');
  });

  it('without JavaScript the page says so, and shows no prompt, facets or results that cannot work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(url('search/?q=%E5%8F%91%E5%B1%95'));
      expect(await page.locator('[data-search-layout]').isVisible()).toBe(false);
      expect(await page.locator('[data-status]').isVisible()).toBe(false);
      const note = page.locator('.search noscript p.note');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain('搜索在浏览器中运行，需要启用 JavaScript。');
    } finally {
      await context.close();
    }
  });

  it('a year the archive lacks, ticked without a query: nothing found, said without a query, the year counted 0', async () => {
    const page = await open('search/?year=2022');
    await settled(page);
    expect(await status(page)).toBe('没有找到符合条件的文章。试试去掉一些筛选条件。');
    expect((await facet(page, 'year'))['2022']).toBe(0);
    expect(await page.locator('[data-facet="year"] input[value="2022"]').isChecked()).toBe(true);
  });

  it('a query found only outside the filters names the filters, and leads to the same query over every article', async () => {
    const q = '荣昌';
    const found = truthOf(corpus, q);
    const reporter = [...new Set(corpus.flatMap((a) => a.people))].find((name) => [...creditedTo(corpus, name)].every((u) => !found.has(u)))!;
    expect(found.size > 0 && reporter, 'a reporter none of whose articles holds the query').toBeTruthy();
    const page = await open(`search/?q=${encodeURIComponent(q)}&reporter=${encodeURIComponent(reporter)}`);
    await settled(page);
    expect(await status(page)).toBe(`记者${reporter}的文章中没有找到包含“${q}”的。`);
    expect(await page.title()).toMatch(new RegExp(`^“${q}”的搜索结果（记者${reporter}） \\| `, 'u'));
    await page.getByRole('link', { name: `在全部文章中搜索“${q}”` }).click();
    await settled(page);
    expect(queryOf(page)).toMatchObject({ q, reporter: [] });
    expect(await status(page)).toBe(`找到 ${found.size} 篇文章`);
    expect(await page.locator('[data-unfiltered]').isVisible()).toBe(false);
  });

  it('a query that occurs nowhere says so; when the term directory rules out every year, no year’s index is loaded', async () => {
    const q = '鲸鱼潜艇';
    expect(truthOf(corpus, q).size).toBe(0);
    const page = await open('search/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await searchFor(page, q);
    expect(await status(page)).toBe(noResults(q));
    expect(await page.locator('[data-results] > li').count()).toBe(0);
    expect(queryOf(page).q).toBe(q);
    expect(requests.filter((u) => u.includes('/baoku-directory/')).length).toBeGreaterThan(0);
    expect(requests.filter((u) => u.includes('/pagefind/shards/'))).toEqual([]);
  });

  it('a term the newest year lacks loads only the years that have it (the directory), and says which were searched', async () => {
    const q = '竹刀';
    const truth = truthOf(corpus, q);
    const years = yearsOf(truth);
    const all = yearsOf(corpus.map((a) => a.url));
    expect(years.length).toBeLessThan(all.length);
    const page = await open('search/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await searchFor(page, q);
    expect(await status(page)).toBe(`找到 ${truth.size} 篇文章`);
    expect(await scope(page)).toContain(`已检索 ${years.join('、')} 年（所有可能包含它的时段）`);
    // A year's index is loaded when its metadata is (the empty page read only the years' entry files); Pagefind
    // starts on the newest year that has the term, so the newest year's index is not loaded at all.
    const opened = new Set(requests.map((p) => /\/pagefind\/shards\/(\d{4})-q\d\/.*\.pf_meta$/u.exec(p)?.[1]).filter(Boolean));
    for (const year of all) expect(opened.has(year), year).toBe(years.includes(year));
  });

  it('a phrase whose bigrams a newer year holds apart loads only the year that holds it (the phrase filter)', async () => {
    // A phrase of one older year whose every bigram stands somewhere in the newest year's text: the term directory
    // alone would open the newest year first, and find nothing there.
    const newest = yearsOf(corpus.map((a) => a.url))[0]!;
    const newestText = corpus.filter((a) => yearOf(a.url) === newest).map((a) => a.text).join('\n');
    const candidates = corpus.filter((a) => yearOf(a.url) !== newest).flatMap((a) => (a.text.match(/\p{Script=Han}{4,}/gu) ?? []).flatMap((run) => {
      const chars = [...run];
      return chars.slice(0, -3).map((_, i) => chars.slice(i, i + 4).join(''));
    }));
    const q = candidates.find((phrase) => {
      const chars = [...phrase];
      return !newestText.includes(phrase) && chars.slice(0, -1).every((ch, i) => newestText.includes(ch + chars[i + 1])) && yearsOf(truthOf(corpus, phrase)).length === 1;
    });
    expect(q, 'the fixture has such a phrase').toBeDefined();
    const truth = truthOf(corpus, q!);
    const page = await open('search/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await searchFor(page, q!);
    expect(await status(page)).toBe(`找到 ${truth.size} 篇文章`);
    const opened = new Set(requests.map((p) => /\/pagefind\/shards\/(\d{4})-q\d\/.*\.pf_meta$/u.exec(p)?.[1]).filter(Boolean));
    expect([...opened]).toEqual(yearsOf(truth));
    expect(requests.some((p) => p.includes('/pagefind/baoku-phrases/') && p.endsWith('.bin'))).toBe(true);
  });

  it('keyboard only: Tab reaches the box, Enter searches; Tab reaches the facet checkboxes, Space toggles one and focus stays on it', async () => {
    const page = await open('search/');
    await page.locator('[data-facet="year"] li').first().waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { id: el?.id ?? '', type: el?.getAttribute('type') ?? '', name: el?.getAttribute('name') ?? '', value: el?.value ?? '', facet: el?.closest('[data-facet]')?.getAttribute('data-facet') ?? '', loader: el?.matches('[data-facets-load]') ?? false };
      });
    const tabTo = async (wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (wanted(await focused())) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };

    await tabTo((f) => f.id === 'search-q', 'the search box');
    const q = '我区';
    await page.keyboard.type(q);
    await page.keyboard.press('Enter');
    await settled(page);
    expect(queryOf(page).q).toBe(q);
    expect(sorted(await shownUrls(page))).toEqual(sorted(truthOf(corpus, q)));

    // The reporter counts are loaded on request, by keyboard too; focus lands on the first of them.
    await tabTo((f) => f.loader, 'the button that loads the reporter counts');
    await page.keyboard.press('Enter');
    await page.locator('[data-facet="reporter"] li').first().waitFor();
    expect(await focused()).toMatchObject({ facet: 'reporter', type: 'checkbox' });
    await tabTo((f) => f.facet === 'reporter' && f.type === 'checkbox', 'a 记者 checkbox');
    const { value } = await focused();
    await page.keyboard.press('Space');
    await page.waitForURL((u) => u.searchParams.getAll('reporter').includes(value));
    const narrowed = [...truthOf(corpus, q)].filter((u) => creditedTo(corpus, value).has(u));
    await settled(page, narrowed.length);
    expect(await page.locator(`[data-facet="reporter"] input[value="${value}"]`).isChecked()).toBe(true);
    expect(sorted(await shownUrls(page))).toEqual(sorted(narrowed));
    // A keyboard user who ticked a box is still on it (the facets are drawn again; focus must not fall to <body>).
    expect.soft(await focused(), 'focus after Space on a facet checkbox').toMatchObject({ facet: 'reporter', type: 'checkbox', value });
    await page.locator(`[data-facet="reporter"] input[value="${value}"]`).focus();
    await page.keyboard.press('Space');
    await page.waitForURL((u) => !u.searchParams.has('reporter'));
    await settled(page, truthOf(corpus, q).size);
    expect(sorted(await shownUrls(page))).toEqual(sorted(truthOf(corpus, q)));
  });

  it('axe finds no serious or critical violation on the search page with results and facets', async () => {
    const page = await open(`search/?q=${encodeURIComponent('我区')}`);
    await settled(page);
    await openFacets(page);
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe('');
    const empty = await open('search/');
    await empty.locator('[data-facet="year"] li').first().waitFor();
    expect(describeViolations(await axeViolations(empty))).toBe('');
  });
});
