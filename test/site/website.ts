// What the archive website's suites share (reading, reporters, escaping, sub-path, publishing and layout tests):
// what the archive holds, read from the articles ingest wrote for the build and from
// test/fixtures/archive/expected.json (paragraph text), never from the templates; small readers of built pages; and
// the fixture site built by the harness at /baoku/, served as a static host serves it, and read in headless Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { HtmlElement } from 'html-validate';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { decodeEntities, htmlParser, type BrokenLink } from './crawl.ts';
import { pageTrouble, ROOT, type FixtureSite, type StaticServer } from './harness.ts';
import { serveFixtureSite } from './suite.ts';

// ——— what the archive holds ———

/** The harness builds with BAOKU_SITE_URL=http://127.0.0.1; canonical URLs, feeds and sitemaps use it. */
export const SITE_URL = 'http://127.0.0.1';
export const BASE = '/baoku/';
export const PAGED_CONFIG = 'test/site/paged.config.yaml';
export const PAGE_SIZE = 5;
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

export const ROLE_LABELS = { reporters: '记者', authors: '作者', correspondents: '通讯员', photographers: '摄影', interns: '实习生' } as const;
type Role = keyof typeof ROLE_LABELS;
export const ROLES = Object.keys(ROLE_LABELS) as Role[];
/** What the site calls the section of a page that printed none. */
export const NO_SECTION = '未标版名';

/** An article's front matter, as ingest wrote it. */
export interface Article {
  id: string;
  paper: string;
  headline: string;
  kicker: string | null;
  subheadline: string | null;
  byline: string | null;
  reporters: string[];
  authors: string[];
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
  continuedOn: { page: number; section: string | null }[];
}
export interface ExpectedArticle extends Article {
  paragraphs: string[];
  subheads: number[];
}

export const expected = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/archive/expected.json'), 'utf8')) as { articles: ExpectedArticle[] };
const fixtureById = new Map(expected.articles.map((a) => [a.id, a]));
export const fixture = (id: string): ExpectedArticle => {
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
  /** An issue's pages, each with its own articles and, after them, the stories a jump continues on it. */
  const pagesOf = (date: string) =>
    [...new Set(issue(date).flatMap((a) => [a.page, ...a.continuedOn.map((on) => on.page)]))].sort((x, y) => x - y).map((page) => {
      const onPage = issue(date).filter((a) => a.page === page);
      const continued = issue(date).filter((a) => a.continuedOn.some((on) => on.page === page));
      const section = onPage[0]?.section ?? continued[0]!.continuedOn.find((on) => on.page === page)!.section;
      return { page, section, articles: onPage, listed: [...onPage, ...continued] };
    });
  const people = new Map<string, { counts: Record<Role, number>; articles: Article[] }>();
  for (const a of articles) {
    for (const role of ROLES) {
      for (const name of a[role]) {
        if (!people.has(name)) people.set(name, { counts: { reporters: 0, authors: 0, correspondents: 0, photographers: 0, interns: 0 }, articles: [] });
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
export type Archive = ReturnType<typeof archiveOf>;

// ——— small helpers ———

export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
export const weekday = (date: string) => `星期${'日一二三四五六'[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;
/** A page as the site names it: `第3版`; a city daily's lettered page, numbered 100 × its letter's place + its number, `A3版`. */
export const pageName = (page: number) => (page > 100 ? `${'ABCDEFGH'[Math.floor(page / 100) - 1]}${page % 100}版` : `第${page}版`);
export const pageLabel = (page: number, section: string | null) => `${pageName(page)}${section ? ` · ${section}` : ''}`;
export const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();
/** A paragraph's text without its ¶ anchor. */
export const paragraphText = (text: string | null) => squash(text).replace(/\s*¶$/u, '');
export const texts = async (locator: Locator) => (await locator.allTextContents()).map(squash);
export const hrefs = (locator: Locator) => locator.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
export const articlePath = (id: string) => `${BASE}articles/${id}/`;
/** Article ids of the links in an article list. */
export const listedIds = async (page: Page, scope = 'main') =>
  (await hrefs(page.locator(`${scope} ol.article-list > li > a`))).map((h) => /\/articles\/([^/]+)\/$/u.exec(h)?.[1] ?? `(not an article link: ${h})`);
export const pagination = (page: Page) => page.getByRole('navigation', { name: '分页' });
/** Broken links, one line per target: `/baoku/search/ (HTTP 404), linked from 96 pages, e.g. /baoku/, …`. */
export function brokenText(broken: BrokenLink[], origin: string): string {
  const byTarget = new Map<string, BrokenLink[]>();
  for (const b of broken) byTarget.set(b.to, [...(byTarget.get(b.to) ?? []), b]);
  return [...byTarget]
    .map(([to, from]) => `${to.replace(origin, '')} (${from[0]!.reason}), linked from ${from.length} page${from.length > 1 ? 's' : ''}, e.g. ${from.slice(0, 3).map((b) => b.from.replace(origin, '')).join(', ')}`)
    .join('\n');
}

/** Built HTML, parsed (html-validate's parser: script and style bodies stay raw text). */
export async function parseFile(file: string): Promise<HtmlElement> {
  return (await htmlParser()).parseHtml(readFileSync(file, 'utf8'));
}
export function* elements(node: HtmlElement): Generator<HtmlElement> {
  for (const child of node.childElements) {
    yield child;
    yield* elements(child);
  }
}
export const attr = (el: HtmlElement | null | undefined, name: string) => {
  const value = el?.getAttribute(name)?.value;
  return typeof value === 'string' ? decodeEntities(value) : null;
};
/** `dist/articles/x/index.html` → `/baoku/articles/x/`. */
export const urlPathOf = (dist: string, file: string) =>
  BASE + relative(dist, file).split(sep).join('/').replace(/(?:^|\/)index\.html$/u, (m) => (m.startsWith('/') ? '/' : ''));

/** Name → reporter page path, from the reporters index. */
export async function reporterPaths(page: Page): Promise<Map<string, string>> {
  const links = page.locator('main ul.people > li > a');
  const names = await texts(links);
  const paths = await hrefs(links);
  return new Map(names.map((n, i) => [n, paths[i]!]));
}

// ——— the shared build, server and browser ———

/** What a suite reads the site with, once its build is served. */
export interface Website {
  site: FixtureSite;
  server: StaticServer;
  browser: Browser;
  /** A desktop-sized context whose tabs' dialogs and errors are recorded. */
  desktop: BrowserContext;
  archive: Archive;
}

/**
 * Registers the file's shared site (built once for the run, served at /baoku/, a Chromium with a desktop context)
 * and hands it to `ready`; closes every tab after each test. Returns the helpers that open and follow pages.
 */
export function serveWebsite(ready: (web: Website) => void | Promise<void>) {
  /** JavaScript errors and dialogs seen by any tab of this file. */
  const { dialogs, pageErrors, watch } = pageTrouble();
  let web: Website | null = null;
  serveFixtureSite(BASE, async ({ site, server, browser }) => {
    const desktop = watch(await browser.newContext({ viewport: DESKTOP }));
    web = { site, server, browser, desktop, archive: archiveOf(readArticles(site.articlesDir)) };
    await ready(web);
  });
  afterEach(async () => {
    for (const context of web?.browser.contexts() ?? []) for (const page of context.pages()) await page.close();
  });
  const served = () => {
    if (!web) throw new Error('the site is not served yet: call this from a test or a hook');
    return web;
  };

  const url = (path = '') => served().server.url + path.replace(/^\/baoku\//u, '');

  /** A new tab (desktop unless another context is given) at a path under the base, answered with `status`. */
  async function open(path = '', { context = served().desktop, status = 200 }: { context?: BrowserContext; status?: number } = {}): Promise<Page> {
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

  return { dialogs, pageErrors, watch, url, open, follow };
}
