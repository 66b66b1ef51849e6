// The search page as a reader uses it: the fixture archive (test/fixtures/archive) plus the shipped sample, built by
// the harness at /baoku/, served as a static host serves it, and searched in headless Chromium.
// What each search should find is worked out from the articles ingest wrote for that build (search-corpus.ts), never
// from the index: an article is a hit when its text (or the name of someone it credits) contains the query.
//
//   npx vitest run test/site/search.test.ts
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, pageTrouble, type StaticServer } from './harness.ts';
import { serveFixtureSite } from './suite.ts';
import { creditedTo, readCorpus, truthOf, type CorpusArticle } from './search-corpus.ts';
import { PAGE_SIZE, scope, settled, status } from './search-page.ts';

const BASE = '/baoku/';
const PROMPT = '输入搜索词，或从左侧按记者、版面、年份筛选。';
const noResults = (q: string) => `没有找到包含“${q}”的文章。试试更短的词，或去掉筛选条件。`;
/** What the search page calls the section of a page that printed none. */
const NO_SECTION = '未标版名';
const FACETS = { reporter: '记者', section: '版面', year: '年份' } as const;
type FacetKey = keyof typeof FACETS;

let corpus: CorpusArticle[];
let server: StaticServer;
let browser: Browser;
let desktop: BrowserContext;
/** JavaScript errors and dialogs seen by any tab of this file. */
const { dialogs, pageErrors, watch } = pageTrouble();

const url = (path = '') => server.url + path.replace(/^\/baoku\//u, '');
const byUrl = (u: string) => {
  const a = corpus.find((x) => x.url === u);
  if (!a) throw new Error(`${u} is not an article of this build`);
  return a;
};
const sorted = (urls: Iterable<string>) => [...urls].sort();

async function open(path = ''): Promise<Page> {
  const page = await desktop.newPage();
  const response = await page.goto(url(path));
  expect(response?.status(), `status of ${url(path)}`).toBe(200);
  return page;
}

const yearOf = (u: string) => byUrl(u).date.slice(0, 4);
const yearsOf = (urls: Iterable<string>) => [...new Set([...urls].map(yearOf))].sort().reverse();

/** Asks for the reporter and section counts (they cost filter files, so the page loads them on request). */
async function openFacets(page: Page): Promise<void> {
  await page.getByRole('button', { name: '按记者、版面筛选' }).click();
  await page.locator('[data-facet="reporter"] li').first().waitFor();
}

interface ShownHit {
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
function shown(page: Page): Promise<ShownHit[]> {
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
const shownUrls = async (page: Page) => (await shown(page)).map((h) => h.href);

/** A facet's entries as shown: value → count. */
async function facet(page: Page, key: FacetKey): Promise<Record<string, number>> {
  const entries = await page.locator(`[data-facet="${key}"] li label`).evaluateAll((labels) =>
    labels.map((l) => [l.querySelector('input')?.value ?? '', Number(l.querySelector('.count')?.textContent ?? 'NaN')] as const),
  );
  return Object.fromEntries(entries);
}

/** What a facet should count among some articles. */
function expectedFacet(articles: CorpusArticle[], key: FacetKey): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of articles) {
    const values = key === 'reporter' ? a.people : key === 'section' ? [a.section ?? NO_SECTION] : [a.date.slice(0, 4)];
    for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

/** Types a query into the search page's own box and presses Enter. */
async function searchFor(page: Page, q: string): Promise<void> {
  const input = page.locator('#search-q');
  await input.fill('');
  await input.pressSequentially(q);
  await input.press('Enter');
  await settled(page);
}

const queryOf = (page: Page) => {
  const u = new URL(page.url());
  return { path: u.pathname, q: u.searchParams.get('q'), reporter: u.searchParams.getAll('reporter'), sort: u.searchParams.get('sort') };
};

serveFixtureSite(BASE, async (served) => {
  ({ server, browser } = served);
  corpus = readCorpus(served.site.articlesDir, BASE);
  desktop = watch(await browser.newContext({ viewport: { width: 1280, height: 800 } }));
});

afterEach(async () => {
  for (const context of browser?.contexts() ?? []) for (const page of context.pages()) await page.close();
  expect(pageErrors, 'JavaScript errors').toEqual([]);
  expect(dialogs, 'dialogs').toEqual([]);
});

// ——— 1. searching ———

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
      expect(hit.meta, hit.href).toContain(a.date);
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
    expect(await status(page)).toBe(`至少 ${newer.length} 篇文章（已检索 ${years[0]}–${years[1]} 年，还有 ${years[2]} 年未检索）`);
    expect(await scope(page)).toBe(`已检索 ${years[0]}–${years[1]} 年，新的季度在前，每季度之内按相关度排列。`);
    const first = await shownUrls(page);
    expect(first).toHaveLength(PAGE_SIZE);
    expect(first.every((u) => newer.includes(u))).toBe(true);
    // Newest year first.
    expect(first.map(yearOf)).toEqual([...first.map(yearOf)].sort().reverse());
    // The year facet counts the years searched and names the one not searched yet.
    expect(await page.locator('[data-facet="year"] li label').allTextContents()).toEqual(years.map((y, i) => ` ${y} ${i < 2 ? [...truth].filter((u) => yearOf(u) === y).length : '未检索'}`));

    const more = page.getByRole('button', { name: '显示更多结果' });
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length === n, truth.size);
    await page.waitForFunction(() => !document.querySelector('[data-search]')?.hasAttribute('aria-busy'));
    expect(sorted(await shownUrls(page))).toEqual(sorted(truth));
    expect((await shownUrls(page)).slice(0, PAGE_SIZE)).toEqual(first);
    expect(await status(page)).toBe(`找到 ${truth.size} 篇文章`);
    expect(await scope(page)).toBe(`已检索 ${years[0]}–${years[2]} 年（所有可能包含它的时段），新的季度在前，每季度之内按相关度排列。`);
    expect(await more.isHidden()).toBe(true);
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

// ——— 2. filters, order, history ———

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
    expect(await page.locator('[data-facets-scope]').textContent()).toContain(`已检索的 ${yearsOf(truth).at(0)}–${yearsOf(truth).at(-1)} 年`);
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
    const dates = hits.map((h) => /^\d{4}-\d{2}-\d{2}/u.exec(h.meta)?.[0] ?? `(no date: ${h.meta})`);
    expect(dates).toEqual(hits.map((h) => byUrl(h.href).date));
    expect(dates).toEqual([...dates].sort().reverse());
    // The order survives a reload.
    await page.reload();
    await settled(page);
    expect(await page.locator('#search-sort').inputValue()).toBe('date');
    expect(await shownUrls(page)).toEqual(hits.map((h) => h.href));
  });
});

// ——— 3. states, keyboard, accessibility ———

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
    // Pagefind's web worker would have been fetched by now (Search.astro says why the page does without it).
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

// ——— 4. Chinese ———

describe('Chinese text', () => {
  it('a full name (周晓峰) finds exactly the articles crediting that person; for anyone credited, their own articles come first', async () => {
    const page = await open('search/');
    await searchFor(page, '周晓峰');
    const own = creditedTo(corpus, '周晓峰');
    expect(own.size).toBe(12);
    expect(await status(page)).toBe(`找到 ${own.size} 篇文章`);
    expect(sorted(await shownUrls(page))).toEqual(sorted(own));

    // An intern and a photographer whose photo credit is not in the article text.
    for (const name of ['王思雨', '罗小川']) {
      await searchFor(page, name);
      const credited = creditedTo(corpus, name);
      const urls = await shownUrls(page);
      expect(sorted(urls), name).toEqual(sorted(truthOf(corpus, name)));
      expect(sorted(urls.slice(0, credited.size)), `${name}: own articles first`).toEqual(sorted(credited));
    }
  });

  it('a single character inside a word (棚 of 蔬菜大棚) is found, and marked', async () => {
    const q = '棚';
    const truth = truthOf(corpus, q);
    expect(truth.size).toBeGreaterThan(0);
    expect([...truth].every((u) => byUrl(u).text.includes('大棚'))).toBe(true);
    const page = await open('search/');
    await searchFor(page, q);
    const hits = await shown(page);
    expect(sorted(hits.map((h) => h.href))).toEqual(sorted(truth));
    for (const hit of hits) expect(hit.marks).toContain(q);
  });

  it('a string that cuts across words (菜大 of 蔬菜|大棚, 日暖 of 冬日|暖阳) is found', async () => {
    const page = await open('search/');
    for (const q of ['菜大', '日暖', '暖阳下']) {
      const truth = truthOf(corpus, q);
      expect(truth.size, q).toBeGreaterThan(0);
      await searchFor(page, q);
      const hits = await shown(page);
      expect(sorted(hits.map((h) => h.href)), q).toEqual(sorted(truth));
      for (const hit of hits) expect(hit.marks, q).toContain(q);
    }
  });

  it('a traditional-character query (榮昌, 區) finds the simplified text (荣昌, 区) and marks it', async () => {
    const page = await open('search/');
    for (const [traditional, simplified] of [['榮昌', '荣昌'], ['區', '区']] as const) {
      const truth = truthOf(corpus, simplified);
      expect(truth.size, simplified).toBeGreaterThan(0);
      await searchFor(page, traditional);
      expect(queryOf(page).q).toBe(traditional);
      // 区 has more than a page of results: found in the newest years first, the rest on request.
      const said = /^(找到|至少) (\d+) 篇文章/u.exec(await status(page));
      expect(said?.[1] === '找到' ? Number(said[2]) : truth.size).toBe(truth.size);
      expect(Number(said?.[2])).toBeLessThanOrEqual(truth.size);
      const hits = await shown(page);
      expect(hits).toHaveLength(Math.min(truth.size, PAGE_SIZE));
      for (const hit of hits) {
        expect(truth.has(hit.href), `${traditional}: ${hit.href}`).toBe(true);
        expect(hit.marks, `${traditional}: ${hit.href}`).toContain(simplified);
      }
    }
  });

  it('a query finds article text, not the labels the site adds: a section name (要闻), the no-section label (未标版名), a year (2024)', async () => {
    const page = await open('search/');
    const problems: string[] = [];
    for (const q of ['要闻', NO_SECTION, '2024']) {
      await searchFor(page, q);
      const truth = truthOf(corpus, q);
      const urls = await page.evaluate(async (query) => {
        type Outcome = { total: number; load(wanted: number): Promise<void>; hits(from: number, count: number): Promise<{ url: string }[]> };
        const baoku = (window as unknown as { baoku: { search(state: unknown): Promise<Outcome> } }).baoku;
        const outcome = await baoku.search({ q: query, filters: { reporter: [], section: [], year: [] }, sort: 'relevance' });
        await outcome.load(Infinity);
        return (await outcome.hits(0, outcome.total)).map((h) => h.url);
      }, q);
      const extra = urls.filter((u) => !truth.has(u));
      if (extra.length) problems.push(`“${q}”: ${truth.size} articles contain it, the search finds ${urls.length}; not containing it: ${extra.join(' ')}`);
    }
    expect(problems.join('\n')).toBe('');
  });

  it('the injection fixture’s markup shows as literal text in titles and excerpts and never runs', async () => {
    const page = await open('search/');
    const headline = byUrl(`${BASE}articles/2024-03-16-02-01/`).headline;
    expect(headline).toContain('<script>');

    await searchFor(page, '中奖陷阱');
    let hits = await shown(page);
    expect(hits.map((h) => h.href)).toEqual([`${BASE}articles/2024-03-16-02-01/`]);
    expect(hits[0]!.title).toBe(headline);
    expect(hits[0]!.excerptText).toContain('")</script>中奖陷阱');
    expect(hits[0]!.marks).toEqual(['中奖陷阱']);

    await searchFor(page, 'pwned');
    hits = await shown(page);
    expect(hits.map((h) => h.href)).toEqual([`${BASE}articles/2024-03-16-02-01/`]);
    expect(hits[0]!.excerptText).toContain('<script>window.__pwned = 1</script>');
    expect(hits[0]!.marks).toContain('pwned');
    for (const hit of hits) expect(new Set(hit.excerptTags)).toEqual(new Set(['MARK']));

    // A query that is itself markup is text too: in the box, the status, the title.
    const markup = '<img src=x onerror="window.__pwned=9">';
    await page.goto(url(`search/?q=${encodeURIComponent(markup)}`));
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe(markup);
    expect(await page.title()).toContain(markup);
    const said = await status(page);
    if (!said.startsWith('找到')) expect(said).toBe(noResults(markup));

    await page.waitForTimeout(200);
    expect(await page.locator('[data-search] script, [data-search] img, [data-search] iframe, [onerror]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
