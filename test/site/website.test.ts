// The archive website as a reader meets it: the fixture archive (test/fixtures/archive) plus the shipped sample,
// built by the harness at /baoku/, served as a static host serves it, and read in headless Chromium.
// What each page should show comes from the articles ingest wrote for that build (their front matter) and from
// test/fixtures/archive/expected.json (paragraph text), never from the templates.
//
//   npx vitest run test/site/website.test.ts
//
// Two more builds are made here: the site at base '/' (links must work at a domain's root too) and one with
// test/site/paged.config.yaml (five articles per list page) for pagination. Screenshots go to test-results/screenshots/.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  axeViolations, buildFixtureSite, crawl, describeViolations, FIXTURE_CONFIG, htmlFiles, pageTrouble, ROOT,
  serveStatic, validateHtml, type BrokenLink, type FixtureSite, type StaticServer,
} from './harness.ts';
import { serveFixtureSite } from './suite.ts';

// ——— what the archive holds ———

/** The harness builds with BAOKU_SITE_URL=http://127.0.0.1; canonical URLs, feeds and sitemaps use it. */
const SITE_URL = 'http://127.0.0.1';
const BASE = '/baoku/';
const PAGED_CONFIG = 'test/site/paged.config.yaml';
const PAGE_SIZE = 5;
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const ROLE_LABELS = { reporters: '记者', correspondents: '通讯员', photographers: '摄影', interns: '实习生' } as const;
type Role = keyof typeof ROLE_LABELS;
const ROLES = Object.keys(ROLE_LABELS) as Role[];
/** What the site calls the section of a page that printed none. */
const NO_SECTION = '未标版名';

/** An article's front matter, as ingest wrote it. */
interface Article {
  id: string;
  paper: string;
  headline: string;
  kicker: string | null;
  subheadline: string | null;
  byline: string | null;
  reporters: string[];
  correspondents: string[];
  photographers: string[];
  interns: string[];
  date: string;
  dateEstimated: boolean;
  section: string | null;
  page: number;
  order: number;
  captions: string[];
  continuedFrom: { page: number } | null;
  continuesTo: { page: number } | null;
}
interface ExpectedArticle extends Article {
  paragraphs: string[];
  subheads: number[];
}

const expected = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/archive/expected.json'), 'utf8')) as { articles: ExpectedArticle[] };
const fixtureById = new Map(expected.articles.map((a) => [a.id, a]));
const fixture = (id: string): ExpectedArticle => {
  const a = fixtureById.get(id);
  if (!a) throw new Error(`${id} is not in test/fixtures/archive/expected.json`);
  return a;
};

const readingOrder = (a: Article, b: Article) => a.date.localeCompare(b.date) || a.page - b.page || a.order - b.order;
const newestFirst = (a: Article, b: Article) => b.date.localeCompare(a.date) || a.page - b.page || a.order - b.order;

/** Every article of a build, in reading order, from the front matter of the Markdown files ingest wrote. */
function readArticles(dir: string): Article[] {
  if (!dir) throw new Error('This build has no articles folder: set BAOKU_TEST_ARTICLES, or let the harness build the site.');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/u.exec(readFileSync(join(dir, f), 'utf8'));
      if (!match) throw new Error(`${f} has no front matter`);
      return parseYaml(match[1]!) as Article;
    })
    .sort(readingOrder);
}

/** The archive grouped the ways a reader browses it. */
function archiveOf(articles: Article[]) {
  const dates = [...new Set(articles.map((a) => a.date))].sort().reverse();
  const issue = (date: string) => articles.filter((a) => a.date === date);
  const pagesOf = (date: string) =>
    [...new Set(issue(date).map((a) => a.page))].sort((x, y) => x - y).map((page) => {
      const onPage = issue(date).filter((a) => a.page === page);
      return { page, section: onPage[0]!.section, articles: onPage };
    });
  const people = new Map<string, { counts: Record<Role, number>; articles: Article[] }>();
  for (const a of articles) {
    for (const role of ROLES) {
      for (const name of a[role]) {
        if (!people.has(name)) people.set(name, { counts: { reporters: 0, correspondents: 0, photographers: 0, interns: 0 }, articles: [] });
        const person = people.get(name)!;
        person.counts[role]++;
        if (!person.articles.includes(a)) person.articles.push(a);
      }
    }
  }
  for (const person of people.values()) person.articles.sort(newestFirst);
  const section = (name: string) => articles.filter((a) => (a.section ?? NO_SECTION) === name).sort(newestFirst);
  /** The articles before and after one in its own issue. */
  const neighbours = (a: Article) => {
    const same = issue(a.date);
    const i = same.indexOf(a);
    return { previous: same[i - 1] ?? null, next: same[i + 1] ?? null };
  };
  const byId = (id: string) => {
    const a = articles.find((x) => x.id === id);
    if (!a) throw new Error(`no article ${id} in this build`);
    return a;
  };
  return { articles, dates, issue, pagesOf, people, section, neighbours, byId };
}
type Archive = ReturnType<typeof archiveOf>;

// ——— small helpers ———

function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
const weekday = (date: string) => `星期${'日一二三四五六'[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;
const pageLabel = (page: number, section: string | null) => `第${page}版${section ? ` · ${section}` : ''}`;
const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();
/** A paragraph's text without its ¶ anchor. */
const paragraphText = (text: string | null) => squash(text).replace(/\s*¶$/u, '');
const texts = async (locator: Locator) => (await locator.allTextContents()).map(squash);
const hrefs = (locator: Locator) => locator.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
const articlePath = (id: string) => `${BASE}articles/${id}/`;
/** Article ids of the links in an article list. */
const listedIds = async (page: Page, scope = 'main') =>
  (await hrefs(page.locator(`${scope} ol.article-list > li > a`))).map((h) => /\/articles\/([^/]+)\/$/u.exec(h)?.[1] ?? `(not an article link: ${h})`);
const pagination = (page: Page) => page.getByRole('navigation', { name: '分页' });
/** Broken links, one line per target: `/baoku/search/ (HTTP 404), linked from 96 pages, e.g. /baoku/, …`. */
function brokenText(broken: BrokenLink[], origin: string): string {
  const byTarget = new Map<string, BrokenLink[]>();
  for (const b of broken) byTarget.set(b.to, [...(byTarget.get(b.to) ?? []), b]);
  return [...byTarget]
    .map(([to, from]) => `${to.replace(origin, '')} (${from[0]!.reason}), linked from ${from.length} page${from.length > 1 ? 's' : ''}, e.g. ${from.slice(0, 3).map((b) => b.from.replace(origin, '')).join(', ')}`)
    .join('\n');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/giu, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : (ENTITIES[name!.toLowerCase()] ?? whole));

/** Built HTML, parsed (html-validate's parser: script and style bodies stay raw text). */
let parser: Promise<Parser> | null = null;
async function parseFile(file: string): Promise<HtmlElement> {
  parser ??= new HtmlValidate({ extends: ['html-validate:recommended'] }).getConfigFor('page.html').then((c) => new Parser(c));
  return (await parser).parseHtml(readFileSync(file, 'utf8'));
}
function* elements(node: HtmlElement): Generator<HtmlElement> {
  for (const child of node.childElements) {
    yield child;
    yield* elements(child);
  }
}
const attr = (el: HtmlElement | null | undefined, name: string) => {
  const value = el?.getAttribute(name)?.value;
  return typeof value === 'string' ? decode(value) : null;
};
/** `dist/articles/x/index.html` → `/baoku/articles/x/`. */
const urlPathOf = (dist: string, file: string) =>
  BASE + relative(dist, file).split(sep).join('/').replace(/(?:^|\/)index\.html$/u, (m) => (m.startsWith('/') ? '/' : ''));

// ——— the shared build, server and browser ———

let site: FixtureSite;
/** The site with five articles a list page, and the site at base '/': built in the background, one after the other. */
let pagedBuild: Promise<FixtureSite>;
let rootBuild: Promise<FixtureSite>;
let archive: Archive;
let server: StaticServer;
let browser: Browser;
let desktop: BrowserContext;
/** JavaScript errors and dialogs seen by any tab of this file. */
const { dialogs, pageErrors, watch } = pageTrouble();

const url = (path = '') => server.url + path.replace(/^\/baoku\//u, '');

/** A new tab (desktop unless another context is given) at a path under the base, answered with `status`. */
async function open(path = '', { context = desktop, status = 200 }: { context?: BrowserContext; status?: number } = {}): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(url(path));
  expect(response?.status(), `status of ${url(path)}`).toBe(status);
  return page;
}

/** Clicks a link and waits for the page it leads to. */
async function follow(page: Page, link: Locator, path: string): Promise<void> {
  expect(await link.count(), `a link to ${path}`).toBe(1);
  await link.click();
  await page.waitForURL(url(path));
}

serveFixtureSite(BASE, async (served) => {
  ({ site, server, browser } = served);
  pagedBuild = buildFixtureSite({ base: BASE, config: PAGED_CONFIG });
  rootBuild = pagedBuild.catch(() => null).then(() => buildFixtureSite({ base: '/', config: FIXTURE_CONFIG }));
  // Awaited by the tests that use them; until then a failure must not count as unhandled.
  pagedBuild.catch(() => {});
  rootBuild.catch(() => {});
  archive = archiveOf(readArticles(site.articlesDir));
  desktop = watch(await browser.newContext({ viewport: DESKTOP }));
});

afterEach(async () => {
  for (const context of browser?.contexts() ?? []) for (const page of context.pages()) await page.close();
});

// ——— 1. a reader's walk through the archive ———

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
      expect(await texts(shown.nth(i).locator('ol.article-list > li > a'))).toEqual(p.articles.map((a) => a.headline));
      expect(await hrefs(shown.nth(i).locator('ol.article-list > li > a'))).toEqual(p.articles.map((a) => articlePath(a.id)));
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
      const months = section.locator('table.month');
      expect(await months.count(), `${year}: twelve month grids`).toBe(12);
      expect(await texts(months.locator('caption')).then((c) => c.map((t) => t.replace(/\s.*$/u, '')))).toEqual(
        Array.from({ length: 12 }, (_, m) => `${m + 1}月`),
      );
      // Every day of the year has its cell; the days with an issue, and only those, are links to the issue.
      const dayCells = await months.locator('tbody td').evaluateAll((tds) => tds.filter((td) => /^\d+$/u.test(td.textContent?.trim() ?? '')).length);
      expect(dayCells, `${year}: one cell per day`).toBe(year % 4 === 0 ? 366 : 365);
      const issueDates = archive.dates.filter((d) => d.startsWith(`${year}-`)).sort();
      const links = months.locator('tbody a');
      expect((await hrefs(links)).sort()).toEqual(issueDates.map((d) => `${BASE}issues/${d}/`));
      expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''))).sort()).toEqual(issueDates.map(chineseDate).sort());
    }

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
      expect(await texts(sections.nth(i).locator('ol.article-list > li > a'))).toEqual(p.articles.map((a) => a.headline));
      expect(await hrefs(sections.nth(i).locator('ol.article-list > li > a'))).toEqual(p.articles.map((a) => articlePath(a.id)));
    }
    // Neighbouring issues.
    expect(await hrefs(page.locator('main a[rel="prev"]'))).toEqual([`${BASE}issues/2024-01-05/`]);
    expect(await hrefs(page.locator('main a[rel="next"]'))).toEqual([`${BASE}issues/2024-03-16/`]);

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
    expect(await listedIds(page)).toEqual(pages[1]!.articles.map((a) => a.id));
    expect(await hrefs(page.locator('main a[rel="prev"]'))).toEqual([`${BASE}issues/${date}/1/`]);
    expect(await page.locator('main a[rel="next"]').count()).toBe(0);
    expect(await hrefs(page.getByRole('link', { name: `测试日报 ${chineseDate(date)}` }))).toEqual([`${BASE}issues/${date}/`]);
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
    expect(await texts(page.locator('main article .body h3'))).toEqual(['■ 从学徒到传承人', '■ 让老手艺走进新课堂']);
    await page.goto(url(articlePath('2023-12-26-02-01')));
    expect(await texts(page.locator('main article figure figcaption'))).toEqual(['图为志愿者为社区老人免费理发。']);
  });

  it('an article’s dateline reads as the issue page writes a date: “2024年1月5日 星期五 · 第3版 · 文化”', async () => {
    const page = await open(articlePath('2024-01-05-03-01'));
    expect(squash(await page.locator('main article .dateline').innerText())).toBe('2024年1月5日 星期五 · 第3版 · 文化');
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
    // Page 2 does not list the tail as an article of its own.
    await page.goto(url(`issues/2023-12-26/2/`));
    expect(await listedIds(page)).toEqual(['2023-12-26-02-01', '2023-12-26-02-02']);
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
  expect(linksTo(/^\/baoku\/issues\/[\d-]+\/\d+\/$/u), `${at} page link`).toEqual([{ text: `第${a.page}版`, href: `${BASE}issues/${a.date}/${a.page}/` }]);
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

// ——— 2. reporters ———

/** Everyone credited in the build, in the order a Chinese index files them by pinyin (read off by hand). */
const PINYIN_ORDER = [
  '陈国强', '何静', '李明刚', '梁胜明', '廖国颖', '刘欣然', '罗小川', '谭志勇', '唐宇航', '王思雨', '吴丽萍', '谢军燕', '杨丽丹',
  '张丹', '张伟', '章伟', '张雪', '张泽美', '郑光慧', '周晓峰',
];

/** Name → reporter page path, from the reporters index. */
async function reporterPaths(page: Page): Promise<Map<string, string>> {
  const links = page.locator('main ul.people > li > a');
  const names = await texts(links);
  const paths = await hrefs(links);
  return new Map(names.map((n, i) => [n, paths[i]!]));
}

describe('reporters', () => {
  it('the index lists everyone credited, by pinyin, with their counts by role', async () => {
    const page = await open();
    await follow(page, page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '记者' }), `${BASE}reporters/`);
    const items = page.locator('main ul.people > li');
    const names = await texts(items.locator('a'));
    expect(new Set(names)).toEqual(new Set(archive.people.keys()));
    expect(names.length).toBe(archive.people.size);
    // 张伟 and 章伟 read alike (zhāng wěi); either may come first.
    const tie = (list: string[]) => list.map((n) => (n === '章伟' ? '张伟' : n));
    expect(tie(names)).toEqual(tie(PINYIN_ORDER.filter((n) => archive.people.has(n))));
    const counts = await texts(items.locator('.counts'));
    names.forEach((name, i) => {
      const c = archive.people.get(name)!.counts;
      expect(counts[i], name).toBe(ROLES.filter((r) => c[r] > 0).map((r) => `${ROLE_LABELS[r]} ${c[r]}`).join(' · '));
    });
    expect(counts[names.indexOf('周晓峰')]).toBe('记者 12');
    expect(counts[names.indexOf('罗小川')]).toBe('摄影 3');
    expect(counts[names.indexOf('王思雨')]).toBe('实习生 4');
    expect(counts[names.indexOf('陈国强')]).toBe('通讯员 3');
  });

  it('张伟 and 章伟 have pages of their own, each listing only their own articles, newest first', async () => {
    const page = await open('reporters/');
    const paths = await reporterPaths(page);
    expect(paths.get('张伟')).toBeDefined();
    expect(paths.get('章伟')).toBeDefined();
    expect(paths.get('张伟')).not.toBe(paths.get('章伟'));
    for (const name of ['张伟', '章伟']) {
      await follow(page, page.locator('main ul.people > li > a', { hasText: new RegExp(`^${name}$`, 'u') }), paths.get(name)!);
      expect(squash(await page.locator('main h1').textContent())).toBe(name);
      expect(await listedIds(page), name).toEqual(archive.people.get(name)!.articles.map((a) => a.id));
      for (const meta of await texts(page.locator('main ol.article-list .meta'))) expect(meta).toContain(name);
      await page.goBack();
    }
    expect(archive.people.get('张伟')!.articles.map((a) => a.id)).toEqual(['2025-02-10-01-02', '2024-03-16-01-02', '2024-01-05-01-02', '2023-12-26-01-02']);
    expect(archive.people.get('章伟')!.articles.map((a) => a.id)).toEqual(['2024-03-16-02-01', '2024-03-15-01-02', '2024-01-05-02-03']);
  });

  describe(`with ${PAGE_SIZE} articles a page (${PAGED_CONFIG})`, () => {
    let paged: FixtureSite;
    let pagedServer: StaticServer;
    beforeAll(async () => {
      paged = await pagedBuild;
      pagedServer = await serveStatic(paged.dist, BASE);
    });
    afterAll(async () => {
      await pagedServer?.close();
    });

    it('周晓峰’s 12 articles are on /reporters/<slug>/, /2/ and /3/, newest first, with previous and next links', async () => {
      const page = await desktop.newPage();
      await page.goto(`${pagedServer.url}reporters/`);
      const path = (await reporterPaths(page)).get('周晓峰')!;
      const all = archive.people.get('周晓峰')!.articles.map((a) => a.id);
      expect(all.length).toBe(12);
      const pageUrls = [path, `${path}2/`, `${path}3/`].map((p) => pagedServer.origin + p);
      await page.goto(pageUrls[0]!);
      const seen: string[] = [];
      for (const [i, pageUrl] of pageUrls.entries()) {
        expect(page.url()).toBe(pageUrl);
        const ids = await listedIds(page);
        expect(ids, `page ${i + 1}`).toEqual(all.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE));
        seen.push(...ids);
        const nav = pagination(page);
        expect(squash(await nav.textContent())).toContain(`第 ${i + 1} / 3 页`);
        const prev = (await hrefs(nav.locator('a[rel="prev"]'))).map((h) => pagedServer.origin + h);
        const next = (await hrefs(nav.locator('a[rel="next"]'))).map((h) => pagedServer.origin + h);
        expect(prev, `page ${i + 1} previous`).toEqual(i > 0 ? [pageUrls[i - 1]] : []);
        expect(next, `page ${i + 1} next`).toEqual(i < 2 ? [pageUrls[i + 1]] : []);
        if (i < 2) {
          await nav.getByRole('link', { name: '下一页' }).click();
          await page.waitForURL(pageUrls[i + 1]!);
        }
      }
      expect(seen).toEqual(all);
      await pagination(page).getByRole('link', { name: '上一页' }).click();
      await page.waitForURL(pageUrls[1]!);
      expect((await fetch(`${pagedServer.origin}${path}4/`)).status).toBe(404);
    });

    it('section pages are paginated the same way, and every pagination link works', async () => {
      const page = await desktop.newPage();
      await page.goto(`${pagedServer.url}sections/`);
      const link = page.locator('main a', { hasText: /^要闻$/u });
      const path = (await hrefs(link))[0]!;
      const all = archive.section('要闻').map((a) => a.id);
      const pages = Math.ceil(all.length / PAGE_SIZE);
      expect(pages).toBe(3);
      for (let i = 0; i < pages; i++) {
        await page.goto(pagedServer.origin + path + (i ? `${i + 1}/` : ''));
        expect(await listedIds(page), `要闻 page ${i + 1}`).toEqual(all.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE));
      }
      const { broken } = await crawl(pagedServer.url);
      const listBroken = broken.filter((b) => /\/(?:reporters|sections)\//u.test(new URL(b.to).pathname));
      expect(brokenText(listBroken, pagedServer.origin)).toBe('');
    });
  });
});


// ——— 3. page text stays text ———

describe('page text stays text: the injection fixture (2024-03-16 page 2)', () => {
  const id = '2024-03-16-02-01';

  it('shows <script>, <img onerror>, [x](javascript:) and <a href="javascript:"> as literal text, and runs none of it', async () => {
    const want = fixture(id);
    // The dialog watch works: a real alert() is recorded.
    const probe = await open();
    await probe.evaluate(() => alert('probe'));
    expect(dialogs.pop()).toContain('alert “probe”');

    const page = await open(articlePath(id));
    expect(want.headline).toBe('警惕<script>alert("xss-headline")</script>中奖陷阱');
    expect(squash(await page.locator('main h1').textContent())).toBe(want.headline);
    expect(await page.title()).toContain(want.headline);
    expect(await page.locator('main h1').innerText()).toContain('<script>');
    const visible = await page.locator('main article .body').innerText();
    for (const literal of ['<script>window.__pwned = 1</script>', '<img src=x onerror="window.__pwned=2">', '[点击领奖](javascript:window.__pwned=3)', '<a href="javascript:alert(1)">链接</a>', '*星号* # 井号 ---']) {
      expect(visible, literal).toContain(literal);
    }
    expect((await page.locator('main article .body > p').allTextContents()).map(paragraphText)).toEqual(want.paragraphs.map(squash));

    // Wherever the headline is listed, it is text too.
    for (const path of [`issues/2024-03-16/`, `issues/2024-03-16/2/`, articlePath('2024-03-16-02-02')]) {
      await page.goto(url(path));
      const listed = await texts(page.locator('main a', { hasText: '中奖陷阱' }));
      expect(listed.length, path).toBe(1);
      expect(listed[0], path).toContain(want.headline);
    }
    await page.goto(url(articlePath(id)));
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('[onerror]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.locator('main script, main img, main iframe').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('no built HTML file has a javascript: link or an event-handler attribute', async () => {
    const problems: string[] = [];
    for (const file of htmlFiles(site.dist)) {
      for (const el of elements(await parseFile(file))) {
        for (const a of el.attributes) {
          const value = typeof a.value === 'string' ? decode(a.value) : '';
          const where = `${relative(site.dist, file)}: <${el.tagName} ${a.key}="${value}">`;
          if (/^on/iu.test(a.key)) problems.push(where);
          // Browsers ignore whitespace and control characters in a scheme: `java\tscript:` is still javascript:.
          if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.key.toLowerCase()) && /^javascript:/iu.test(value.replace(/[\u0000-\u0020]/gu, ''))) {
            problems.push(where);
          }
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

// ——— 4. the site under a sub-path ———

/** Every URL-valued attribute of a parsed page (plus og:url/og:image), with its element. */
function urlsOf(root: HtmlElement): { tag: string; value: string }[] {
  const found: { tag: string; value: string }[] = [];
  for (const el of elements(root)) {
    for (const name of ['href', 'src', 'action', 'formaction', 'poster', 'data']) {
      const value = attr(el, name);
      if (value !== null && !(el.tagName === 'object' && name !== 'data')) found.push({ tag: `<${el.tagName} ${name}>`, value });
    }
    const srcset = attr(el, 'srcset');
    if (srcset) for (const part of srcset.split(',')) found.push({ tag: `<${el.tagName} srcset>`, value: part.trim().split(/\s+/u)[0]! });
    if (el.tagName === 'meta' && /^(?:og:url|og:image|twitter:image)$/u.test(attr(el, 'property') ?? attr(el, 'name') ?? '')) {
      found.push({ tag: `<meta ${attr(el, 'property') ?? attr(el, 'name')}>`, value: attr(el, 'content') ?? '' });
    }
  }
  return found;
}

/** Links that do not start with the base (`/baoku/`, or the site URL + base when absolute and on the site). */
function offBase(value: string, base: string): boolean {
  if (value.startsWith('#')) return false;
  if (/^[a-z][a-z0-9+.-]*:/iu.test(value) || value.startsWith('//')) {
    const absolute = new URL(value, `${SITE_URL}/`);
    if (!/^https?:$/u.test(absolute.protocol) || absolute.origin !== SITE_URL) return false; // external: not ours to place
    return !absolute.pathname.startsWith(base);
  }
  return !value.startsWith(base);
}

describe('served under a sub-path', () => {
  it('every internal link and asset in the built HTML starts with /baoku/', async () => {
    const problems: string[] = [];
    for (const file of htmlFiles(site.dist)) {
      for (const { tag, value } of urlsOf(await parseFile(file))) if (offBase(value, BASE)) problems.push(`${relative(site.dist, file)}: ${tag} ${value}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('a crawl from the home page reaches every page and finds no broken link', async () => {
    const { pages, broken } = await crawl(server.url);
    if (broken.length) console.info(`broken links on the /baoku/ site:\n${brokenText(broken, server.origin)}`);
    const reached = new Set(pages.map((p) => new URL(p).pathname));
    const unreached = htmlFiles(site.dist)
      .map((f) => urlPathOf(site.dist, f))
      .filter((p) => !p.endsWith('404.html') && !reached.has(p));
    expect(unreached, `pages no link leads to:\n${unreached.join('\n')}`).toEqual([]);
    expect(brokenText(broken, server.origin)).toBe('');
  });

  describe("built at base '/'", () => {
    let rootSite: FixtureSite;
    let rootServer: StaticServer;
    beforeAll(async () => {
      rootSite = await rootBuild;
      rootServer = await serveStatic(rootSite.dist, '/');
    });
    afterAll(async () => {
      await rootServer?.close();
    });

    it('the home page links to the domain root, not /baoku/, and its links work', async () => {
      const home = urlsOf(await parseFile(join(rootSite.dist, 'index.html')));
      const internal = home.filter(({ value }) => !value.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/iu.test(value));
      expect(internal.length).toBeGreaterThan(10);
      expect(internal.filter(({ value }) => !value.startsWith('/') || value.startsWith('/baoku')).map((u) => `${u.tag} ${u.value}`)).toEqual([]);

      const page = await desktop.newPage();
      await page.goto(rootServer.url);
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '往期' }).click();
      await page.waitForURL(`${rootServer.url}issues/`);
      await page.getByRole('link', { name: '2024年3月15日', exact: true }).click();
      await page.waitForURL(`${rootServer.url}issues/2024-03-15/`);

      const { broken } = await crawl(rootServer.url);
      if (broken.length) console.info(`broken links on the / site:\n${brokenText(broken, rootServer.origin)}`);
      expect(brokenText(broken, rootServer.origin)).toBe('');
    });
  });
});

// ——— 5. valid HTML, accessible pages ———

describe('valid HTML and accessibility', () => {
  it('html-validate finds no error in any built HTML file', async () => {
    const files = htmlFiles(site.dist);
    const result = await validateHtml(files);
    const text = result.errors.map((e) => `${relative(site.dist, e.file)}:${e.line}:${e.column} ${e.rule}: ${e.message}`).join('\n');
    if (result.errors.length) console.info(`html-validate: ${result.errors.length} errors in ${files.length} files\n${text}`);
    expect(result.errors, text).toEqual([]);
  });

  it('axe finds no serious or critical violation on home, calendar, issue, page view, article, reporters, reporter, section and 404 pages', { timeout: 60_000 }, async () => {
    // The reporter and section pages by their links, not by guessed slugs.
    const index = await open('reporters/');
    const reporter = (await reporterPaths(index)).get('周晓峰')!;
    await index.goto(url('sections/'));
    const section = (await hrefs(index.locator('main a', { hasText: /^要闻$/u })))[0]!;
    const pages: [string, string, number][] = [
      ['home', '', 200],
      ['calendar', 'issues/', 200],
      ['issue', 'issues/2024-03-15/', 200],
      ['page view', 'issues/2024-03-15/2/', 200],
      ['article', articlePath('2024-01-05-03-01'), 200],
      ['reporters index', 'reporters/', 200],
      ['reporter', reporter, 200],
      ['sections index', 'sections/', 200],
      ['section', section, 200],
      ['404', 'no/such/page/', 404],
    ];
    const findings: string[] = [];
    for (const [kind, path, status] of pages) {
      const page = await open(path, { status });
      const violations = await axeViolations(page);
      if (violations.length) findings.push(`${kind} (${url(path)}):\n${describeViolations(violations)}`);
      await page.close();
    }
    if (findings.length) console.info(findings.join('\n'));
    expect(findings, findings.join('\n')).toEqual([]);
  });
});

// ——— 6. publishing: metadata, structured data, feeds ———

describe('publishing', () => {
  it('every page has lang="zh-CN", a title, a description, its canonical URL under the site URL + /baoku/, and Open Graph tags', async () => {
    const problems: string[] = [];
    for (const file of htmlFiles(site.dist)) {
      const name = relative(site.dist, file);
      const root = await parseFile(file);
      const all = [...elements(root)];
      const meta = (key: string) => attr(all.find((e) => e.tagName === 'meta' && (attr(e, 'name') === key || attr(e, 'property') === key)), 'content');
      const html = all.find((e) => e.tagName === 'html');
      if (attr(html, 'lang') !== 'zh-CN') problems.push(`${name}: <html lang="${attr(html, 'lang')}">`);
      const title = all.find((e) => e.tagName === 'title');
      if (!title || !squash(decode(title.textContent))) problems.push(`${name}: no <title>`);
      if (!squash(meta('description'))) problems.push(`${name}: no meta description`);
      const canonicals = all.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical').map((e) => attr(e, 'href') ?? '');
      const own = SITE_URL + urlPathOf(site.dist, file);
      // The 404 page stands in for URLs that do not exist: it has no URL of its own to declare.
      const notFound = name.endsWith('404.html');
      if (notFound) {
        if (canonicals.length || meta('og:url')) problems.push(`${name}: a canonical or og:url on the 404 page`);
      } else if (canonicals.length !== 1 || !canonicals[0]!.startsWith(`${SITE_URL}${BASE}`)) problems.push(`${name}: canonical ${JSON.stringify(canonicals)}`);
      else if (canonicals[0] !== own) problems.push(`${name}: canonical ${canonicals[0]}, not its own URL ${own}`);
      for (const og of ['og:title', 'og:type', ...(notFound ? [] : ['og:url']), 'og:description', 'og:site_name', 'og:locale']) {
        if (!squash(meta(og))) problems.push(`${name}: no ${og}`);
      }
      if (canonicals[0] && meta('og:url') !== canonicals[0]) problems.push(`${name}: og:url ${meta('og:url')} ≠ canonical ${canonicals[0]}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('article pages carry JSON-LD NewsArticle with headline, date and authors as Person; page text cannot end the script', async () => {
    const problems: string[] = [];
    for (const a of archive.articles) {
      const file = join(site.dist, 'articles', a.id, 'index.html');
      const html = readFileSync(file, 'utf8');
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/gu)].map((m) => m[1]!);
      if (blocks.length !== 1) {
        problems.push(`${a.id}: ${blocks.length} JSON-LD blocks`);
        continue;
      }
      if (/<\/script|<!--/iu.test(blocks[0]!)) problems.push(`${a.id}: JSON-LD contains a literal </script or <!--`);
      let ld: { '@type'?: string; headline?: string; datePublished?: string; author?: { '@type'?: string; name?: string; url?: string }[] };
      try {
        ld = JSON.parse(blocks[0]!) as typeof ld;
      } catch (error) {
        problems.push(`${a.id}: JSON-LD does not parse (${(error as Error).message})`);
        continue;
      }
      if (ld['@type'] !== 'NewsArticle') problems.push(`${a.id}: @type ${ld['@type']}`);
      if (ld.headline !== a.headline) problems.push(`${a.id}: headline ${JSON.stringify(ld.headline)}`);
      if (ld.datePublished !== a.date) problems.push(`${a.id}: datePublished ${ld.datePublished}`);
      const authors = ld.author ?? [];
      if (!Array.isArray(authors) || authors.some((p) => p['@type'] !== 'Person' || !p.name)) problems.push(`${a.id}: author ${JSON.stringify(ld.author)}`);
      const names = authors.map((p) => p.name);
      for (const name of [...a.reporters, ...a.interns]) if (!names.includes(name)) problems.push(`${a.id}: ${name} is not among the authors ${JSON.stringify(names)}`);
      for (const p of authors) if (p.url && !p.url.startsWith(`${SITE_URL}${BASE}reporters/`)) problems.push(`${a.id}: author URL ${p.url}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);

    // The injection article: the headline survives intact, and the browser sees one JSON-LD script with it.
    const page = await open(articlePath('2024-03-16-02-01'));
    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(ld.length).toBe(1);
    expect((JSON.parse(ld[0]!) as { headline: string }).headline).toBe(fixture('2024-03-16-02-01').headline);
  });

  it('sitemap-index.xml and rss.xml exist and list the article URLs under /baoku/', async () => {
    const home = await parseFile(join(site.dist, 'index.html'));
    const links = [...elements(home)].filter((e) => e.tagName === 'link').map((e) => `${attr(e, 'rel')} ${attr(e, 'href')}`);
    expect(links).toContain(`alternate ${BASE}rss.xml`);

    const articleUrls = archive.articles.map((a) => `${SITE_URL}${articlePath(a.id)}`);
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => decode(m[1]!));

    const index = await fetch(`${server.url}sitemap-index.xml`);
    expect(index.status).toBe(200);
    const sitemaps = locs(await index.text());
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed: string[] = [];
    for (const loc of sitemaps) {
      expect(loc.startsWith(`${SITE_URL}${BASE}`), loc).toBe(true);
      const child = await fetch(server.origin + new URL(loc).pathname);
      expect(child.status, loc).toBe(200);
      listed.push(...locs(await child.text()));
    }
    expect(listed.filter((l) => !l.startsWith(`${SITE_URL}${BASE}`))).toEqual([]);
    expect(articleUrls.filter((u) => !listed.includes(u))).toEqual([]);

    const rss = await fetch(`${server.url}rss.xml`);
    expect(rss.status).toBe(200);
    const feed = await rss.text();
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/gu)].map((m) => decode(/<link>([^<]+)<\/link>/u.exec(m[1]!)?.[1] ?? ''));
    expect(items.length).toBe(Math.min(50, archive.articles.length));
    expect(items.filter((l) => !l.startsWith(`${SITE_URL}${BASE}articles/`))).toEqual([]);
    expect(items[0]).toBe(`${SITE_URL}${articlePath([...archive.articles].reverse()[0]!.id)}`);
    expect(new Set(items)).toEqual(new Set(articleUrls.slice(-items.length)));
    // The feed's own link is the site, which lives under /baoku/.
    const channelLink = decode(/<channel>[\s\S]*?<link>([^<]+)<\/link>/u.exec(feed)?.[1] ?? '');
    expect(channelLink, 'rss.xml <channel><link>').toBe(`${SITE_URL}${BASE}`);
  });
});

// ——— 7. phone and desktop, dark and print ———

describe('phone and desktop', () => {
  /** A browser context as a phone opens the site: its width, its pixel density, touch. */
  const phoneContext = async () => watch(await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true }));

  it(`full-page screenshots at ${PHONE.width}×${PHONE.height} and ${DESKTOP.width}×${DESKTOP.height}; nothing scrolls sideways on a phone`, { timeout: 60_000 }, async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const index = await open('reporters/');
    const shots: [string, string][] = [
      ['home', ''],
      ['issue', 'issues/2024-03-15/'],
      ['article', articlePath('2024-01-05-03-01')],
      ['reporter', (await reporterPaths(index)).get('周晓峰')!],
    ];
    const phone = await phoneContext();
    try {
      const wide: string[] = [];
      for (const [context, size] of [[phone, PHONE], [desktop, DESKTOP]] as const) {
        for (const [name, path] of shots) {
          const page = await open(path, { context });
          await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size.width}x${size.height}.png`), fullPage: true });
          await page.close();
        }
      }
      // At phone width, no page of any kind is wider than the screen.
      const page = await phone.newPage();
      for (const path of [...shots.map(([, p]) => p), 'issues/', 'issues/2024-03-15/2/', 'reporters/', 'sections/', articlePath('2024-03-16-02-01'), articlePath('2023-12-22-02-07'), 'no/such/page/']) {
        await page.goto(url(path));
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        if (scrollWidth > innerWidth) wide.push(`${url(path)}: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`);
      }
      expect(wide, wide.join('\n')).toEqual([]);
    } finally {
      await phone.close();
    }
    for (const [name] of shots) {
      for (const size of [PHONE, DESKTOP]) expect(readFileSync(join(SCREENSHOTS, `${name}-${size.width}x${size.height}.png`)).length).toBeGreaterThan(1000);
    }
  });

  it('a paragraph’s ¶ link takes no line of its own on a phone', async () => {
    const phone = await phoneContext();
    try {
      const page = await phone.newPage();
      const grown: string[] = [];
      // The shipped sample's articles: long Chinese paragraphs, some of whose text ends just at the end of a line.
      for (let n = 1; n <= 10; n++) {
        const path = articlePath(`2023-12-22-02-${String(n).padStart(2, '0')}`);
        await page.goto(url(path));
        // Each paragraph's height with its ¶ link, and without it: the same when the link adds no line.
        const heights = await page.locator('main .body p[id]').evaluateAll((ps) =>
          ps.map((p) => {
            const link = p.querySelector<HTMLElement>('.paragraph-anchor')!;
            const withLink = p.getBoundingClientRect().height;
            link.style.display = 'none';
            const without = p.getBoundingClientRect().height;
            link.style.display = '';
            return { id: p.id, withLink, without };
          }),
        );
        expect(heights.length, path).toBeGreaterThan(0);
        for (const h of heights) if (h.withLink !== h.without) grown.push(`${path}#${h.id}: ${h.without} → ${h.withLink} px`);
      }
      expect(grown, grown.join('\n')).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('dark mode changes the background (and the text colour)', async () => {
    const page = await open(articlePath('2024-01-05-03-01'));
    const colours = () => page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color }));
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    expect(dark.background).not.toBe(light.background);
    expect(dark.text).not.toBe(light.text);
    expect(dark.background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('printing an article hides the navigation and keeps the article', async () => {
    const page = await open(articlePath('2024-01-05-03-01'));
    const nav = page.getByRole('navigation', { name: '主导航' });
    expect(await nav.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await nav.isVisible()).toBe(false);
    expect(await page.locator('header form[role="search"]').isVisible()).toBe(false);
    expect(await page.locator('main article h1').isVisible()).toBe(true);
    expect(await page.locator('main article #p1').isVisible()).toBe(true);
  });
});

// ——— 8. not found ———

describe('not found', () => {
  it('an unknown URL under /baoku/ gets the 404 page, with links back home', async () => {
    for (const path of ['no/such/page/', 'articles/1999-01-01-01-01/', 'issues/1999-01-01/']) {
      const page = await open(path, { status: 404 });
      expect(squash(await page.locator('main h1').textContent()), path).toBe('找不到这一页');
      await page.close();
    }
    const page = await open('no/such/page/', { status: 404 });
    expect(await page.title()).toContain('找不到这一页');
    const home = page.locator('main').getByRole('link', { name: '首页' });
    expect(await hrefs(home)).toEqual([BASE]);
    expect(await hrefs(page.locator('header a.site-title'))).toEqual([BASE]);
    await follow(page, home, BASE);
    expect(await page.getByRole('heading', { name: /^最新一期/u }).count()).toBe(1);
  });
});
