// The search page as a reader uses it: a query typed or sent from another page's box, more results, opening one;
// the reporter filter, the order by date, and the URL that holds them (reload, back and forward).
//
//   npx vitest run test/site/search.test.ts
import { describe, expect, it } from 'vitest';
import type { StaticServer } from './harness.ts';
import { creditedTo, truthOf, type CorpusArticle } from './search-corpus.ts';
import { expectedFacet, facet, FACETS, openFacets, PAGE_SIZE, queryOf, scope, searchFor, serveSearchSite, settled, shown, shownUrls, sorted, status, type FacetKey } from './search-page.ts';
import { BASE, chineseDate, NO_SECTION } from './website.ts';

let corpus: CorpusArticle[];
let server: StaticServer;
const { open, byUrl, yearOf, yearsOf } = serveSearchSite((web, found) => {
  ({ server } = web);
  corpus = found;
});

// ——— searching ———

describe('searching', () => {
  it('typing a query and pressing Enter lists the articles that contain it: headline link, date, page, section, people, a marked excerpt; the URL becomes /baoku/search/?q=…', async () => {
    const q = '志愿者';
    const page = await open('search/');
    await searchFor(page, q);
    const truth = truthOf(corpus, q);
    expect(truth.size).toBeGreaterThan(1);

    expect(queryOf(page)).toEqual({ path: `${BASE}search/`, q, reporter: [], sort: null });
    expect(await status(page)).toBe(`找到 ${truth.size} 篇文章`);
    expect(await page.title()).toContain(q);
    const hits = await shown(page);
    expect(sorted(hits.map((h) => h.href))).toEqual(sorted(truth));
    for (const hit of hits) {
      const a = byUrl(hit.href);
      expect(hit.href).toMatch(/^\/baoku\/articles\/[^/]+\/$/u);
      expect(hit.title).toBe(a.headline);
      expect(hit.meta, hit.href).toContain(chineseDate(a.date));
      expect(hit.meta, hit.href).toContain(`第${a.page}版`);
      expect(hit.meta, hit.href).toContain(a.section ?? NO_SECTION);
      for (const name of a.people) expect(hit.meta, hit.href).toContain(name);
      expect(hit.marks.length, `${hit.href}: ${hit.excerptHtml}`).toBeGreaterThan(0);
      expect(new Set(hit.marks), hit.href).toEqual(new Set([q]));
      expect(hit.excerptText, hit.href).toContain(q);
    }
    // The results are links that can be followed: a real article URL on this site.
    const first = page.locator('[data-results] > li a.title').first();
    expect(await first.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(server.origin + hits[0]!.href);
  });

  it('names a lettered page’s article by its page as the paper prints it, A1版', async () => {
    const page = await open('search/');
    await searchFor(page, '立体停车楼');
    const hits = await shown(page);
    expect(hits.map((h) => [h.title, h.meta.includes('A1版'), h.meta.includes('101')])).toEqual([['城北新城首座立体停车楼投用', true, false]]);
  });

  it('the search box of other pages (the header’s; the home page’s own) is a plain GET form that lands on the search page with the results', async () => {
    for (const [path, where, q] of [['articles/2024-01-05-03-01/', 'header ', '竹刀'], ['reporters/', 'header ', '榮昌'], ['', '', '周晓峰']] as const) {
      const page = await open(path);
      const form = page.locator(`${where}form[role="search"]`);
      expect(await form.count(), path).toBe(1);
      expect(await form.getAttribute('method')).toBe('get');
      expect(new URL((await form.getAttribute('action'))!, page.url()).pathname).toBe(`${BASE}search/`);
      const input = form.locator('input[name="q"]');
      await input.fill(q);
      await input.press('Enter');
      await page.waitForURL((u) => u.pathname === `${BASE}search/` && u.searchParams.get('q') === q);
      await settled(page);
      expect(await page.locator('#search-q').inputValue()).toBe(q);
      const truth = truthOf(corpus, q);
      expect(await status(page)).toBe(`找到 ${truth.size} 篇文章`);
      expect(sorted(await shownUrls(page)), `${path} → ${q}`).toEqual(sorted(truth));
    }
  });

  it('more than 20 results: newest years first, searched until 20 are found, the status says which years; “显示更多结果” searches older years for the rest', async () => {
    const q = '区';
    const truth = truthOf(corpus, q);
    expect(truth.size).toBeGreaterThan(PAGE_SIZE);
    // The fixture's newest two years hold at least 20 of them, the oldest the rest.
    const years = yearsOf(truth);
    const newer = [...truth].filter((u) => yearOf(u) !== years.at(-1));
    expect(years).toHaveLength(3);
    expect(newer.length).toBeGreaterThanOrEqual(PAGE_SIZE);
    const page = await open(`search/?q=${encodeURIComponent(q)}`);
    await settled(page);
    expect(await status(page)).toBe(`至少 ${newer.length} 篇文章（已检索 ${years[1]}–${years[0]} 年，还有 ${years[2]} 年未检索）`);
    expect(await scope(page)).toBe(`已检索 ${years[1]}–${years[0]} 年，新的季度在前，每季度之内按相关度排列。`);
    const first = await shownUrls(page);
    expect(first).toHaveLength(PAGE_SIZE);
    expect(first.every((u) => newer.includes(u))).toBe(true);
    // Newest year first.
    expect(first.map(yearOf)).toEqual([...first.map(yearOf)].sort().reverse());
    // The year facet counts the years searched and names the one not searched yet.
    expect(await page.locator('[data-facet="year"] li label').allTextContents()).toEqual(years.map((y, i) => ` ${y} ${i < 2 ? [...truth].filter((u) => yearOf(u) === y).length : '未检索'}`));

    // Pressed from the keyboard, the button hands focus to the first result it brought.
    const more = page.getByRole('button', { name: '显示更多结果' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length === n, truth.size);
    await page.waitForFunction(() => !document.querySelector('[data-search]')?.hasAttribute('aria-busy'));
    expect(await page.evaluate(() => document.activeElement?.closest('[data-results] > li') === document.querySelectorAll('[data-results] > li')[20])).toBe(true);
    expect(sorted(await shownUrls(page))).toEqual(sorted(truth));
    expect((await shownUrls(page)).slice(0, PAGE_SIZE)).toEqual(first);
    expect(await status(page)).toBe(`找到 ${truth.size} 篇文章`);
    expect(await scope(page)).toBe(`已检索 ${years[2]}–${years[0]} 年（所有可能包含它的时段），新的季度在前，每季度之内按相关度排列。`);
    expect(await more.isHidden()).toBe(true);

    // A result far down opened, then Back: every result shown before is shown again, and the page is where it was.
    const far = page.locator('[data-results] > li').nth(truth.size - 1).locator('a.title');
    await far.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await far.click();
    await page.waitForURL(/\/articles\//u);
    await page.goBack();
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length === n && !document.querySelector('[data-search]')?.hasAttribute('aria-busy'), truth.size);
    expect(sorted(await shownUrls(page))).toEqual(sorted(truth));
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scrolled);
  });

  it('opening a result goes to the article page', async () => {
    const page = await open('search/');
    await searchFor(page, '竹刀');
    const [hit] = await shown(page);
    expect(hit).toBeDefined();
    await page.locator('[data-results] > li a.title').first().click();
    await page.waitForURL(server.origin + hit!.href);
    expect((await page.locator('main h1').textContent())?.trim()).toBe(byUrl(hit!.href).headline);
  });
});

// ——— filters, order, history ———

describe('filters, order and the URL', () => {
  it('a 记者 checkbox narrows the results to that person’s articles and adds reporter= to the URL; the facets show counts; reload restores it; back and forward walk the result sets', async () => {
    const q = '我区';
    const name = '何静';
    const truth = truthOf(corpus, q);
    const narrowed = new Set([...truth].filter((u) => creditedTo(corpus, name).has(u)));
    expect(narrowed.size).toBeGreaterThan(0);
    expect(narrowed.size).toBeLessThan(truth.size);

    const page = await open('search/');
    await searchFor(page, q);
    expect(sorted(await shownUrls(page))).toEqual(sorted(truth));
    // Reporter and section counts cost filter files: the page offers them, and loads them when asked.
    expect(await page.locator('[data-facet="reporter"]').isVisible()).toBe(false);
    await openFacets(page);
    expect(await page.locator('[data-facets-scope]').textContent()).toContain(`已检索的 ${yearsOf(truth).at(-1)}–${yearsOf(truth).at(0)} 年`);
    // Facet counts: how many of the results each person, section and year has.
    const found = [...truth].map(byUrl);
    for (const key of Object.keys(FACETS) as FacetKey[]) {
      const fieldset = page.locator(`[data-facet="${key}"]`);
      expect(await fieldset.isVisible(), key).toBe(true);
      expect((await fieldset.locator('legend').textContent())?.trim()).toBe(FACETS[key]);
      expect(await facet(page, key), key).toEqual(expectedFacet(found, key));
    }

    const box = page.locator(`[data-facet="reporter"] input[type="checkbox"][value="${name}"]`);
    await box.click();
    await settled(page, narrowed.size);
    const filtered = { path: `${BASE}search/`, q, reporter: [name], sort: null };
    expect(queryOf(page)).toEqual(filtered);
    expect(await status(page)).toBe(`找到 ${narrowed.size} 篇文章`);
    expect(sorted(await shownUrls(page))).toEqual(sorted(narrowed));
    for (const hit of await shown(page)) expect(hit.meta).toContain(name);
    expect(await page.locator(`[data-facet="reporter"] input[value="${name}"]`).isChecked()).toBe(true);

    // Back: the unfiltered results again; forward: filtered again.
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('reporter'));
    await settled(page, truth.size);
    expect(queryOf(page)).toEqual({ ...filtered, reporter: [] });
    expect(sorted(await shownUrls(page))).toEqual(sorted(truth));
    expect(await page.locator(`[data-facet="reporter"] input[value="${name}"]`).isChecked()).toBe(false);
    await page.goForward();
    await page.waitForURL((u) => u.searchParams.has('reporter'));
    await settled(page, narrowed.size);
    expect(sorted(await shownUrls(page))).toEqual(sorted(narrowed));

    // Reload: query, filter and results come back from the URL alone.
    await page.reload();
    await settled(page, narrowed.size);
    expect(queryOf(page)).toEqual(filtered);
    expect(await page.locator('#search-q').inputValue()).toBe(q);
    expect(await page.locator(`[data-facet="reporter"] input[value="${name}"]`).isChecked()).toBe(true);
    expect(sorted(await shownUrls(page))).toEqual(sorted(narrowed));

    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('reporter'));
    await settled(page, truth.size);
    expect(sorted(await shownUrls(page))).toEqual(sorted(truth));
  });

  it('sorting by date (the select) lists the same results newest first, and says so in the URL', async () => {
    const q = '我区';
    const truth = truthOf(corpus, q);
    expect(truth.size).toBeLessThanOrEqual(PAGE_SIZE);
    const page = await open(`search/?q=${encodeURIComponent(q)}`);
    await settled(page);
    await page.locator('#search-sort').selectOption('date');
    await page.waitForURL((u) => u.searchParams.get('sort') === 'date');
    await settled(page);
    expect(queryOf(page)).toEqual({ path: `${BASE}search/`, q, reporter: [], sort: 'date' });
    const hits = await shown(page);
    expect(sorted(hits.map((h) => h.href))).toEqual(sorted(truth));
    const printed = (meta: string) => /^(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(meta)?.slice(1).map((n) => n.padStart(2, '0')).join('-');
    const dates = hits.map((h) => printed(h.meta) ?? `(no date: ${h.meta})`);
    expect(dates).toEqual(hits.map((h) => byUrl(h.href).date));
    expect(dates).toEqual([...dates].sort().reverse());
    // The order survives a reload.
    await page.reload();
    await settled(page);
    expect(await page.locator('#search-sort').inputValue()).toBe('date');
    expect(await shownUrls(page)).toEqual(hits.map((h) => h.href));
  });
});
