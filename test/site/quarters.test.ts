// The search index in quarters, as a reader meets it: a year whose first step searched only some of its quarters.
// The fixture archive has one quarter a year, so this builds it again (at /baoku/) with 2024's three issues
// printed once more in its last quarter, serves it, and searches it in headless Chromium. What each search should
// find comes from the articles ingest wrote (search-corpus.ts), never from the index.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../src/lib/search/shards.ts';
import { launchBrowser, ROOT, serveStatic, type StaticServer } from './harness.ts';
import { scratchSite } from '../helpers.ts';
import { readCorpus, truthOf, type CorpusArticle } from './search-corpus.ts';
import { PAGE_SIZE, scope, settled, status } from './search-page.ts';

const BASE = '/baoku/';
const dir = mkdtempSync(join(tmpdir(), 'baoku-quarters-'));
const { articles, dist, ingest, build } = scratchSite(dir, BASE);

let corpus: CorpusArticle[];
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const raw = join(dir, 'raw');
  cpSync(join(ROOT, 'test/fixtures/archive/raw'), raw, { recursive: true });
  // 2024's issues again in its fourth quarter: the same pages, dated in October and November.
  for (const [from, to] of [['2024-01-05', '2024-10-05'], ['2024-03-15', '2024-11-15'], ['2024-03-16', '2024-11-16']]) {
    cpSync(join(raw, from), join(raw, to), { recursive: true });
  }
  ingest(raw, 'content/raw/rongchang');
  build();
  corpus = readCorpus(articles, BASE);
  server = await serveStatic(dist, BASE);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const shownCount = (page: Page) => page.locator('[data-results] > li').count();
const notBusy = (page: Page) => page.waitForFunction(() => !document.querySelector('[data-search]')!.hasAttribute('aria-busy') && document.querySelector('[data-status]')!.textContent !== '搜索中……');

describe('a year searched in part', () => {
  it('names the quarters searched and what is left, counts the year as “at least”, and searches the rest on request', async () => {
    const q = '区';
    const truth = truthOf(corpus, q);
    const inShard = (shard: string) => [...truth].filter((u) => shardOf(corpus.find((a) => a.url === u)!.date) === shard).length;
    const [newest, fourth, first, old] = [inShard('2025-q1'), inShard('2024-q4'), inShard('2024-q1'), inShard('2023-q4')];
    // The first step stops at 20 results: 2025 and 2024's last quarter hold that many, 2025 alone does not, and
    // 2024's first quarter and 2023 hold more.
    expect(newest).toBeLessThan(20);
    expect(newest + fourth).toBeGreaterThanOrEqual(20);
    expect(first).toBeGreaterThan(0);
    expect(old).toBeGreaterThan(0);
    expect(newest + fourth + first + old).toBe(truth.size);

    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
    await settled(page);
    expect(await shownCount(page)).toBe(PAGE_SIZE);
    expect(await status(page)).toBe(`至少 ${newest + fourth} 篇文章（已检索 2025 年、2024 年 10–12 月，还有 2023–2024 年中的 2 个季度未检索）`);
    expect(await scope(page)).toBe('已检索 2025 年、2024 年 10–12 月，新的季度在前，每季度之内按相关度排列。');
    expect(await page.locator('[data-facet="year"] li label').allTextContents()).toEqual([` 2025 ${newest}`, ` 2024 ${fourth}+`, ' 2023 未检索']);

    await page.getByRole('button', { name: '显示更多结果' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length === n, Math.min(truth.size, 40));
    await notBusy(page);
    expect(await status(page)).toBe(`找到 ${truth.size} 篇文章`);
    expect(await scope(page)).toBe('已检索 2023–2025 年（所有可能包含它的时段），新的季度在前，每季度之内按相关度排列。');
    expect(await page.locator('[data-facet="year"] li label').allTextContents()).toEqual([` 2025 ${newest}`, ` 2024 ${fourth + first}`, ` 2023 ${old}`]);
    expect(await shownCount(page)).toBe(Math.min(truth.size, 40));
    await context.close();
  });

  it('shows the newest quarter’s first match while the quarter before is still loading for the rest of the page', async () => {
    const q = '区';
    const newest = [...truthOf(corpus, q)].filter((u) => shardOf(corpus.find((a) => a.url === u)!.date) === '2025-q1');
    expect(newest.length).toBeGreaterThan(0);
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    // 2024's last quarter answers only once the first match is seen on the page.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/shards/2024-q4/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
    const first = page.locator('[data-results] > li');
    await first.first().waitFor({ timeout: 10_000 });
    expect(await first.count()).toBe(1);
    expect(newest).toContain(await first.locator('a').getAttribute('href'));
    expect(await status(page)).toBe('搜索中……');
    expect(await page.locator('[data-search]').getAttribute('aria-busy')).toBe('true');
    release();
    await settled(page);
    expect(await shownCount(page)).toBe(PAGE_SIZE);
    // The first match stays first, once: the page is the same as one drawn all at once.
    const hrefs = await page.locator('[data-results] > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(PAGE_SIZE);
    expect(newest).toContain(hrefs[0]);
    await context.close();
  });

  it('in date order lists the newest quarter’s articles first, having opened only the two newest quarters', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}search/?q=${encodeURIComponent('区')}&sort=date`);
    await settled(page);
    expect(await shownCount(page)).toBe(PAGE_SIZE);
    const dates = await page.locator('[data-results] > li .meta').evaluateAll((items) => items.map((li) => li.textContent!.slice(0, 10)));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.at(-1)! >= '2024-10-01').toBe(true);
    // Only the two newest quarters' indexes were opened for that.
    const opened = new Set(requests.map((p) => /\/pagefind\/shards\/([^/]+)\/.*\.pf_meta$/u.exec(p)?.[1]).filter(Boolean));
    expect([...opened].sort()).toEqual(['2024-q4', '2025-q1']);
    await context.close();
  });
});
