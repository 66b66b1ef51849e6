// A reader's walk through the archive website: home → 往期 → issue → page → article → reporter → section, and
// every fixture article as the paper printed it.
//
//   npx vitest run test/site/reading.test.ts
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articlePath, BASE, chineseDate, DESKTOP, expected, fixture, hrefs, listedIds, NO_SECTION, pageLabel, pageName, paragraphText, ROLE_LABELS, ROLES, serveWebsite, squash, texts, weekday, type Archive, type Article, type ExpectedArticle } from './website.ts';

let archive: Archive;
let desktop: BrowserContext;
const { pageErrors, url, open, follow } = serveWebsite((web) => {
  ({ archive, desktop } = web);
});

// ——— a reader's walk through the archive ———

describe('reading the archive: home → 往期 → issue → article → reporter → section', () => {
  it('home shows the newest issue (2025-02-10) with its pages and headlines, and how big the archive is', async () => {
    const page = await open();
    const newest = archive.dates[0]!;
    expect(newest).toBe('2025-02-10');

    const stats = await texts(page.locator('main .stats li'));
    const years = [...new Set(archive.dates.map((d) => d.slice(0, 4)))].sort();
    expect(stats).toEqual([
      `${archive.dates.length} 期`,
      `${archive.articles.length} 篇文章`,
      `${archive.people.size} 位记者和作者`,
      `${years[0]}–${years.at(-1)} 年`,
    ]);
    expect(stats[3]).toBe('2023–2025 年');

    const heading = page.getByRole('heading', { name: /^最新一期/u });
    expect(squash(await heading.textContent())).toBe(`最新一期：${chineseDate(newest)} ${weekday(newest)}`);
    expect(await hrefs(heading.getByRole('link'))).toEqual([`${BASE}issues/${newest}/`]);

    const pages = archive.pagesOf(newest);
    const shown = page.locator('section[aria-labelledby="newest"] section.page');
    expect(await texts(shown.locator('h3'))).toEqual(pages.map((p) => pageLabel(p.page, p.section)));
    expect(await texts(shown.locator('h3'))).toEqual(['第1版 · 要闻', '第2版 · 综合']);
    for (const [i, p] of pages.entries()) {
      expect(await hrefs(shown.nth(i).locator('h3 a'))).toEqual([`${BASE}issues/${newest}/${p.page}/`]);
      expect(await texts(shown.nth(i).locator('ol.article-list > li > a'))).toEqual(p.listed.map((a) => a.headline));
      expect(await hrefs(shown.nth(i).locator('ol.article-list > li > a'))).toEqual(p.listed.map((a) => articlePath(a.id)));
    }
  });

  it('往期 is a calendar of every year, newest first, whose issue days are links; 2024年3月15日 opens that issue', async () => {
    const page = await open();
    await follow(page, page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '往期' }), `${BASE}issues/`);
    expect(await texts(page.locator('main h1'))).toEqual(['往期']);

    const years = page.locator('main section.year');
    expect(await years.evaluateAll((els) => els.map((e) => e.id))).toEqual(['y2025', 'y2024', 'y2023']);
    for (const year of [2025, 2024, 2023]) {
      const section = page.locator(`#y${year}`);
      expect(squash(await section.locator('h2').textContent())).toMatch(new RegExp(`^${year}年`, 'u'));
      // Twelve months a year; the newest year's end with the newest issue's month (2025-02-10: January and February),
      // and the oldest year's start with the oldest issue's (2023-12-22: December alone).
      const shown = year === 2025 ? [1, 2] : year === 2023 ? [12] : Array.from({ length: 12 }, (_, m) => m + 1);
      const months = section.locator('table.month');
      expect(await months.count(), `${year}: month grids`).toBe(shown.length);
      expect(await texts(months.locator('caption')).then((c) => c.map((t) => t.replace(/\s.*$/u, '')))).toEqual(shown.map((m) => `${m}月`));
      // Every day of those months has its cell; the days with an issue, and only those, are links to the issue.
      const dayCells = await months.locator('tbody td').evaluateAll((tds) => tds.filter((td) => /^\d+$/u.test(td.textContent?.trim() ?? '')).length);
      expect(dayCells, `${year}: one cell per day`).toBe(year === 2025 ? 31 + 28 : year === 2023 ? 31 : year % 4 === 0 ? 366 : 365);
      const issueDates = archive.dates.filter((d) => d.startsWith(`${year}-`)).sort();
      const links = months.locator('tbody a');
      expect((await hrefs(links)).sort()).toEqual(issueDates.map((d) => `${BASE}issues/${d}/`));
      expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''))).sort()).toEqual(issueDates.map(chineseDate).sort());
    }

    // A day with an issue is a target a finger can hit (WCAG 2.2: 24 px at least), on a phone as on a desktop.
    const smallest = async () => page.locator('table.month a').evaluateAll((as) => {
      const boxes = as.map((a) => a.getBoundingClientRect());
      return { width: Math.min(...boxes.map((b) => b.width)), height: Math.min(...boxes.map((b) => b.height)) };
    });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      const box = await smallest();
      expect(box.width, `${width} px wide`).toBeGreaterThanOrEqual(24);
      expect(box.height, `${width} px wide`).toBeGreaterThanOrEqual(24);
    }
    await page.setViewportSize(DESKTOP);

    // Weeks are rows of one height in every month, five weeks or six, beside each other or not.
    const rowHeights = await page.locator('#y2024 table.month tbody tr').evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().height)));
    expect(new Set(rowHeights).size, `row heights ${[...new Set(rowHeights)].join(', ')}`).toBe(1);

    // 2024-03-15 was a Friday: the fifth column of a Monday-first week.
    const day = page.getByRole('link', { name: '2024年3月15日', exact: true });
    expect(await day.evaluate((a) => (a.closest('td') as HTMLTableCellElement).cellIndex)).toBe(4);
    expect(squash(await day.textContent())).toBe('15');
    await follow(page, day, `${BASE}issues/2024-03-15/`);
    expect(squash(await page.locator('main h1').textContent())).toContain('2024年3月15日');
  });

  it('an issue lists its pages in order with their articles in page order, has a page view, and a JSON of its articles', async () => {
    const date = '2024-03-15';
    const page = await open(`issues/${date}/`);
    expect(squash(await page.locator('main h1').textContent())).toBe(`测试日报 ${chineseDate(date)} ${weekday(date)}`);

    const pages = archive.pagesOf(date);
    const sections = page.locator('main section.page');
    expect(await texts(sections.locator('h2'))).toEqual(['第1版 · 要闻', '第2版 · 民生']);
    expect(await texts(sections.locator('h2'))).toEqual(pages.map((p) => pageLabel(p.page, p.section)));
    for (const [i, p] of pages.entries()) {
      expect(await texts(sections.nth(i).locator('ol.article-list > li > a'))).toEqual(p.listed.map((a) => a.headline));
      expect(await hrefs(sections.nth(i).locator('ol.article-list > li > a'))).toEqual(p.listed.map((a) => articlePath(a.id)));
    }
    // Neighbouring issues.
    expect(await hrefs(page.locator('main a[rel="prev"]'))).toEqual([`${BASE}issues/2024-02-20/`]);
    expect(await hrefs(page.locator('main a[rel="next"]'))).toEqual([`${BASE}issues/2024-03-16/`]);
    expect(await texts(page.locator('main a[rel="prev"], main a[rel="next"]'))).toEqual(['← 上一期 2024年2月20日', '下一期 2024年3月16日 →']);

    // The issue as JSON: the same articles, in the same order, with their paragraphs.
    const jsonLink = page.getByRole('link', { name: /JSON/u });
    expect(await hrefs(jsonLink)).toEqual([`${BASE}issues/${date}.json`]);
    const response = await page.request.get(new URL((await hrefs(jsonLink))[0]!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/u);
    const data = (await response.json()) as { date: string; articles: (Article & { paragraphs: string[] })[] };
    expect(data.date).toBe(date);
    const issue = archive.issue(date);
    expect(data.articles.map((a) => a.id)).toEqual(issue.map((a) => a.id));
    for (const a of data.articles) {
      const want = fixture(a.id);
      expect(a, a.id).toMatchObject({ headline: want.headline, page: want.page, section: want.section, reporters: want.reporters, byline: want.byline });
      expect(a.paragraphs, `${a.id} paragraphs`).toEqual(want.paragraphs);
    }

    // The page view of 第2版.
    await follow(page, sections.nth(1).locator('h2 a'), `${BASE}issues/${date}/2/`);
    expect(squash(await page.locator('main h1').textContent())).toBe('第2版 · 民生');
    expect(await listedIds(page)).toEqual(pages[1]!.listed.map((a) => a.id));
    expect(await hrefs(page.locator('main a[rel="prev"]'))).toEqual([`${BASE}issues/${date}/1/`]);
    expect(await page.locator('main a[rel="next"]').count()).toBe(0);
    expect(await hrefs(page.getByRole('link', { name: `测试日报 ${chineseDate(date)}` }))).toEqual([`${BASE}issues/${date}/`]);
    // A row of the issue's pages, in order, this one marked as the current.
    const row = page.getByRole('navigation', { name: '本期版面' }).locator('a');
    expect(await hrefs(row)).toEqual(pages.map((p) => `${BASE}issues/${date}/${p.page}/`));
    expect(squash(await row.nth(1).textContent())).toBe('第2版 民生');
    expect(await row.evaluateAll((as) => as.map((a) => a.getAttribute('aria-current')))).toEqual(pages.map((p) => (p.page === 2 ? 'page' : null)));
  });

  it('an article, opened from its issue: byline as printed, people by role, date, page and section links, ¶ anchors, prev/next; on to its reporter and section', async () => {
    const page = await open('issues/2024-03-15/');
    const a = archive.byId('2024-03-15-02-02');
    await follow(page, page.getByRole('link', { name: a.headline, exact: true }), articlePath(a.id));
    await expectArticle(page, a, fixture(a.id));
    expect(squash(await page.locator('main article .byline').textContent())).toBe('文/何静 图/罗小川');

    // ¶ of the second paragraph: a link to #p2 that targets it.
    const anchor = page.locator('main article #p2 a[href="#p2"]');
    expect(await anchor.count()).toBe(1);
    await anchor.click();
    await page.waitForURL(url(`${articlePath(a.id)}#p2`));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p2');

    // The date goes to the issue, 第2版 to the page view.
    await follow(page, page.locator('main article .dateline a', { hasText: '第2版' }), `${BASE}issues/2024-03-15/2/`);
    expect(await listedIds(page)).toContain(a.id);
    await page.goBack();
    await follow(page, page.locator('main article .dateline a', { hasText: chineseDate(a.date) }), `${BASE}issues/2024-03-15/`);
    await page.goBack();

    // Next in the same issue, then back with previous.
    const after = archive.byId('2024-03-15-02-03');
    await follow(page, page.locator('main a[rel="next"]'), articlePath(after.id));
    expect(squash(await page.locator('main h1').textContent())).toBe(after.headline);
    await follow(page, page.locator('main a[rel="prev"]'), articlePath(a.id));

    // The reporter: their articles, newest first.
    const reporter = page.locator('main article dl.people dd a', { hasText: '何静' });
    const reporterPath = (await hrefs(reporter))[0]!;
    expect(reporterPath).toMatch(/^\/baoku\/reporters\/[a-z0-9-]+\/$/u);
    await follow(page, reporter, reporterPath);
    expect(squash(await page.locator('main h1').textContent())).toBe('何静');
    expect(await listedIds(page)).toEqual(archive.people.get('何静')!.articles.map((x) => x.id));
    expect(archive.people.get('何静')!.articles.map((x) => x.date)).toEqual(['2025-02-10', '2024-03-15', '2024-01-05', '2023-12-26']);

    // And from there an article's section: all of that section's articles, newest first.
    await follow(page, page.getByRole('link', { name: a.headline, exact: true }), articlePath(a.id));
    const sectionLink = page.locator('main article .dateline a', { hasText: '民生' });
    const sectionPath = (await hrefs(sectionLink))[0]!;
    expect(sectionPath).toMatch(/^\/baoku\/sections\/[a-z0-9-]+\/$/u);
    await follow(page, sectionLink, sectionPath);
    expect(squash(await page.locator('main h1').textContent())).toBe('民生');
    expect(await listedIds(page)).toEqual(archive.section('民生').map((x) => x.id));
    expect(pageErrors).toEqual([]);
  });

  it('every fixture article shows what the paper printed: kicker, headline, subtitle, byline, people, date, page, section, captions, paragraphs, prev/next', { timeout: 60_000 }, async () => {
    const page = await desktop.newPage();
    for (const want of expected.articles) {
      const response = await page.goto(url(articlePath(want.id)));
      expect(response?.status(), want.id).toBe(200);
      await expectArticle(page, archive.byId(want.id), want);
    }
    // Spot checks of the fixture's special cases.
    await page.goto(url(articlePath('2024-01-05-03-01')));
    expect(squash(await page.locator('main article .kicker').textContent())).toBe('寻访非遗传承人');
    expect(squash(await page.locator('main article .subheadline').textContent())).toContain('记竹编技艺区级代表性传承人杨秀兰');
    expect(await texts(page.locator('main article .body h2'))).toEqual(['■ 从学徒到传承人', '■ 让老手艺走进新课堂']);
    // The subheads follow the headline's h1 without a level left out.
    const levels = await page.locator('main h1, main h2, main h3, main h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1), levels.join(' ')).toBe(true);
    await page.goto(url(articlePath('2023-12-26-02-01')));
    expect(await texts(page.locator('main article figure figcaption'))).toEqual(['图为志愿者为社区老人免费理发。']);
  });

  it('an article’s dateline names the paper and reads as the issue page writes a date: “测试日报 · 2024年1月5日 星期五 · 第3版 · 文化”', async () => {
    const page = await open(articlePath('2024-01-05-03-01'));
    expect(squash(await page.locator('main article .dateline').innerText())).toBe('测试日报 · 2024年1月5日 星期五 · 第3版 · 文化');
    // A librarian cites it as GB/T 7714 cites a newspaper article.
    const a = archive.articles.find((x) => x.id === '2024-01-05-03-01')!;
    const writers = [...a.reporters, ...a.authors, ...a.interns, ...a.correspondents];
    expect(writers.length).toBeGreaterThan(0);
    expect(squash(await page.locator('.cite').innerText())).toBe(`引用本文：${writers.join(', ')}. ${a.headline}[N]. 测试日报, 2024-01-05(3).`);
  });

  it('a paragraph can be linked to: /articles/<id>/#p5 scrolls to the fifth paragraph', async () => {
    const page = await open(`${articlePath('2023-12-22-02-07')}#p5`);
    const where = await page.evaluate(() => {
      const target = document.querySelector(':target');
      return { id: target?.id, top: target?.getBoundingClientRect().top ?? -1, scrollY: window.scrollY, height: window.innerHeight };
    });
    expect(where.id).toBe('p5');
    expect(where.scrollY).toBeGreaterThan(0);
    expect(where.top).toBeGreaterThanOrEqual(-1);
    expect(where.top).toBeLessThan(where.height / 2);
  });

  it('a story that jumps from page 1 to page 2 (2023-12-26) is one article with its text joined, and no “下转”', async () => {
    const a = archive.byId('2023-12-26-01-01');
    const page = await open(articlePath(a.id));
    await expectArticle(page, a, fixture(a.id));
    const text = squash(await page.locator('main article').textContent());
    expect(text).toContain('截至目前,全区已建成公共充电桩1200余个,覆盖全部21个镇街,农村地区充电难问题得到有效缓解。');
    expect(text).toContain('区供电公司相关负责人表示');
    expect(text).not.toContain('下转');
    expect(text).not.toContain('上接');
    // Its dateline names both pages, each a link.
    const dateline = page.locator('main article .dateline');
    expect(squash(await dateline.textContent())).toContain('第1版、第2版');
    expect(await dateline.locator(`a[href="${BASE}issues/2023-12-26/2/"]`).count()).toBe(1);
    // Page 2 lists the story after its own, as continued there from page 1, not as an article of its own.
    for (const path of ['issues/2023-12-26/2/', 'issues/2023-12-26/']) {
      await page.goto(url(path));
      const scope = path.endsWith('/2/') ? 'main' : '#page-2';
      expect(await listedIds(page, scope)).toEqual(['2023-12-26-02-01', '2023-12-26-02-02', '2023-12-26-01-01']);
      const continued = page.locator(scope).locator('ol.article-list > li', { has: page.locator(`a[href="${articlePath(a.id)}"]`) });
      expect(squash(await continued.locator('.meta').textContent())).toContain('上接第1版');
      expect(await continued.evaluate((li) => (li.parentElement as HTMLOListElement).start)).toBe(3);
    }
  });

  it('a city daily’s lettered pages (2024-02-20, 第A01版 and 第A05版) are A1版 and A5版: in the issue, the page view, the dateline of a story that jumps from A1 to A5, and its citation', async () => {
    const page = await open('issues/2024-02-20/');
    expect(await texts(page.locator('main section.page h2'))).toEqual(['A1版 · 要闻', 'A5版 · 城建']);
    const a = archive.byId('2024-02-20-101-01');
    await follow(page, page.getByRole('link', { name: a.headline, exact: true }).first(), articlePath(a.id));
    const dateline = page.locator('main article .dateline');
    expect(squash(await dateline.textContent())).toContain('A1版、A5版');
    expect(squash(await page.locator('.cite').innerText())).toBe(`引用本文：欧阳青. ${a.headline}[N]. 测试日报, 2024-02-20(A1).`);
    await follow(page, dateline.locator('a', { hasText: 'A5版' }), `${BASE}issues/2024-02-20/105/`);
    expect(squash(await page.locator('main h1').textContent())).toBe('A5版 · 城建');
    expect(squash(await page.locator('main ol.article-list > li .meta').textContent())).toContain('上接A1版');
    expect(await texts(page.getByRole('navigation', { name: '前后版面' }).locator('a'))).toEqual(['← A1版']);
  });

  it('a teaser’s pointer to another page of its issue (（相关报道见A05版）) links that page, its words as printed', async () => {
    const page = await open(articlePath('2024-02-20-101-02'));
    const paragraph = page.locator('main article .body p').first();
    expect(squash(await paragraph.textContent())).toMatch(/^停车楼投用首日，不少市民驾车前来体验。（相关报道见A05版）/u);
    await follow(page, paragraph.getByRole('link', { name: 'A05版', exact: true }), `${BASE}issues/2024-02-20/105/`);
    expect(squash(await page.locator('main h1').textContent())).toBe('A5版 · 城建');
  });

  it('the sample’s continuation of a page the archive lacks (荣昌报 2023-12-22) says 上接第1版, without a link', async () => {
    const a = archive.articles.find((x) => x.date === '2023-12-22' && x.continuedFrom?.page === 1);
    expect(a, 'the sample has an article continued from page 1').toBeDefined();
    const page = await open(articlePath(a!.id));
    const jump = page.locator('main article .jump');
    expect(await jump.count()).toBe(1);
    expect(squash(await jump.textContent())).toContain('上接第1版');
    expect(await jump.locator('a').count()).toBe(0);
    expect(await page.locator(`a[href="${BASE}issues/2023-12-22/1/"]`).count()).toBe(0);
    expect(squash(await page.locator('main article .dateline').textContent())).toContain('日期为推断');
    // Its headline is made from its first words: the page says so, and so does every list that names it.
    expect(squash(await page.locator('main article .inferred').textContent())).toBe('原报此处无标题，标题取自正文开头。');
    // The headline is the first words alone: the jump is said once, under it, not again inside it.
    expect(squash(await page.locator('main article h1').textContent())).toBe('这几年荣昌大力优化营商环境');
    for (const path of ['issues/2023-12-22/', 'issues/2023-12-22/2/']) {
      await page.goto(url(path));
      const item = page.locator('main ol.article-list > li', { has: page.locator(`a[href="${articlePath(a!.id)}"]`) });
      expect(squash(await item.locator('.meta').textContent()), path).toContain('上接第1版 原报无标题');
    }
    // The page view, too, says the issue's date is inferred; and 往期 in the navigation is where an issue is.
    expect(squash(await page.locator('main > p').first().textContent())).toContain('（日期为推断）');
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '往期' }).getAttribute('aria-current')).toBe('true');
  });
});

/** What an article page shows, read in one go. */
interface ArticleView {
  headline: string[];
  kicker: string[];
  subheadline: string[];
  byline: string[];
  dateline: string;
  datelineLinks: { text: string; href: string }[];
  people: { role: string; names: string[]; hrefs: string[] }[];
  captions: string[];
  paragraphs: { id: string; text: string; selfLink: boolean }[];
  subheads: string[];
  previous: string[];
  next: string[];
}

function readArticleView(page: Page): Promise<ArticleView> {
  return page.evaluate(() => {
    const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/gu, ' ').trim();
    const all = (selector: string, root: ParentNode = document) => [...root.querySelectorAll(selector)];
    const article = document.querySelector('main article')!;
    return {
      headline: all('h1', article).map(text),
      kicker: all('header .kicker', article).map(text),
      subheadline: all('header .subheadline', article).map(text),
      byline: all('header .byline', article).map(text),
      dateline: text(article.querySelector('header .dateline')),
      datelineLinks: all('header .dateline a', article).map((a) => ({ text: text(a), href: a.getAttribute('href') ?? '' })),
      people: all('header dl.people > div', article).map((d) => ({
        role: text(d.querySelector('dt')),
        names: all('dd a', d).map(text),
        hrefs: all('dd a', d).map((a) => a.getAttribute('href') ?? ''),
      })),
      captions: all('.body figure > figcaption', article).map(text),
      paragraphs: all('.body > p', article).map((p) => ({ id: p.id, text: text(p), selfLink: p.querySelector(`a[href="#${p.id}"]`) !== null })),
      subheads: all('.body > :is(h2, h3, h4)', article).map(text),
      previous: all('main a[rel="prev"]').map((a) => a.getAttribute('href') ?? ''),
      next: all('main a[rel="next"]').map((a) => a.getAttribute('href') ?? ''),
    };
  });
}

/** Asserts an article page shows the article: everything a reader sees above and below the text. */
async function expectArticle(page: Page, a: Article, want: ExpectedArticle): Promise<void> {
  const at = `${a.id}:`;
  const view = await readArticleView(page);
  expect(view.headline, `${at} headline`).toEqual([a.headline]);
  expect(view.kicker, `${at} kicker`).toEqual(a.kicker ? [a.kicker] : []);
  if (a.subheadline) expect(view.subheadline.length === 1 && view.subheadline[0]!.includes(a.subheadline), `${at} subheadline ${JSON.stringify(view.subheadline)}`).toBe(true);
  else expect(view.subheadline, `${at} subheadline`).toEqual([]);
  expect(view.byline, `${at} byline as printed`).toEqual(a.byline ? [a.byline] : []);

  // Date (to the issue), 第N版 (to the page view), section (to the section page).
  const linksTo = (pattern: RegExp) => view.datelineLinks.filter((l) => pattern.test(l.href));
  expect(linksTo(/^\/baoku\/issues\/[\d-]+\/$/u), `${at} date link`).toEqual([{ text: chineseDate(a.date), href: `${BASE}issues/${a.date}/` }]);
  // 第N版, and the pages a jump continues it on.
  expect(linksTo(/^\/baoku\/issues\/[\d-]+\/\d+\/$/u), `${at} page link`).toEqual(
    [a.page, ...a.continuedOn.map((on) => on.page)].map((n) => ({ text: pageName(n), href: `${BASE}issues/${a.date}/${n}/` })),
  );
  const section = linksTo(/^\/baoku\/sections\//u);
  expect(section.map((l) => l.text), `${at} section link`).toEqual([a.section ?? NO_SECTION]);
  expect(section[0]?.href, `${at} section link`).toMatch(/^\/baoku\/sections\/[a-z0-9-]+\/$/u);
  expect(view.dateline, `${at} weekday`).toContain(weekday(a.date));

  // People by role, each a link to their page.
  expect(view.people.map(({ role, names }) => ({ role, names })), `${at} people by role`).toEqual(
    ROLES.filter((r) => a[r].length > 0).map((r) => ({ role: ROLE_LABELS[r], names: a[r] })),
  );
  for (const href of view.people.flatMap((p) => p.hrefs)) expect(href, `${at} person link`).toMatch(/^\/baoku\/reporters\/[a-z0-9-]+\/$/u);

  // Captions as figures.
  expect(view.captions, `${at} captions`).toEqual(a.captions);

  // Paragraphs p1, p2, … (subheads are headings, not counted), each with its ¶ link to itself.
  const paragraphs = want.paragraphs.filter((_, i) => !want.subheads.includes(i));
  expect(view.paragraphs.map((p) => p.id), `${at} paragraph ids`).toEqual(paragraphs.map((_, i) => `p${i + 1}`));
  expect(view.paragraphs.map((p) => paragraphText(p.text)), `${at} paragraphs`).toEqual(paragraphs.map(squash));
  expect(view.paragraphs.map((p) => p.selfLink), `${at} ¶ links`).toEqual(paragraphs.map(() => true));
  expect(view.subheads, `${at} subheads`).toEqual(want.subheads.map((i) => squash(want.paragraphs[i]!)));

  // The articles before and after it in the same issue.
  const { previous, next } = archive.neighbours(a);
  expect(view.previous, `${at} previous`).toEqual(previous ? [articlePath(previous.id)] : []);
  expect(view.next, `${at} next`).toEqual(next ? [articlePath(next.id)] : []);
}
