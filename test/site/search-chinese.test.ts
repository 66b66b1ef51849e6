// Searching Chinese text: full names, a character inside a word, strings across words, traditional characters,
// text rather than the site's labels, and page markup that stays text.
//
//   npx vitest run test/site/search-chinese.test.ts
import { describe, expect, it } from 'vitest';
import { creditedTo, truthOf, type CorpusArticle } from './search-corpus.ts';
import { noResults, PAGE_SIZE, queryOf, searchFor, serveSearchSite, settled, shown, shownUrls, sorted, status } from './search-page.ts';
import { BASE, NO_SECTION } from './website.ts';

let corpus: CorpusArticle[];
const { dialogs, url, open, byUrl } = serveSearchSite((_web, found) => {
  corpus = found;
});

// ——— Chinese ———

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

  it('an excerpt keeps the break between the article’s blocks: a subtitle ending in 95% is not glued to the byline', async () => {
    const page = await open('search/');
    await searchFor(page, '巡检覆盖率');
    const hit = (await shown(page)).find((h) => h.title === '我区启动“阳光厨房”建设工作');
    expect(hit, 'the sample’s 阳光厨房 article').toBeDefined();
    expect(hit!.excerptText).toContain('覆盖率达95% 本报讯(');
    expect(hit!.excerptText).not.toMatch(/ {2}/u);
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
