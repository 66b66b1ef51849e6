// The reporters' index and pages, and list pages five articles long (test/site/paged.config.yaml, a build of its
// own) with working pagination.
//
//   npx vitest run test/site/reporters.test.ts
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl } from './crawl.ts';
import { buildFixtureSite, htmlFiles, serveStatic, type FixtureSite, type StaticServer } from './harness.ts';
import { validateHtml } from './validate.ts';
import { BASE, brokenText, hrefs, listedIds, PAGE_SIZE, PAGED_CONFIG, pagination, reporterPaths, ROLE_LABELS, ROLES, serveWebsite, squash, texts, type Archive } from './website.ts';

let archive: Archive;
let desktop: BrowserContext;
/** The site with five articles a list page: built in the background from the start. */
let pagedBuild: Promise<FixtureSite>;
const { open, follow } = serveWebsite((web) => {
  ({ archive, desktop } = web);
  pagedBuild = buildFixtureSite({ base: BASE, config: PAGED_CONFIG });
  // Awaited by the tests that use it; until then a failure must not count as unhandled.
  pagedBuild.catch(() => {});
});

// ——— reporters ———

/** Everyone credited in the build, in the order a Chinese index files them by pinyin (read off by hand). */
const PINYIN_ORDER = [
  '陈国强', '何静', '李明刚', '梁胜明', '廖国颖', '刘欣然', '罗小川', '欧阳青', '谭志勇', '唐宇航', '王思雨', '吴丽萍', '谢军燕', '杨丽丹',
  '张丹', '张伟', '章伟', '张雪', '张泽美', '郑光慧', '周晓峰',
];

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
    expect(counts[names.indexOf('周晓峰')]).toBe('记者 11 · 作者 1');
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
        // Later pages go on counting (6., 7., …) and say which page they are in their title.
        expect(await page.locator('main ol.article-list').evaluate((ol) => (ol as HTMLOListElement).start), `page ${i + 1} numbering`).toBe(i * PAGE_SIZE + 1);
        if (i > 0) expect(await page.title()).toContain(`（第${i + 1}页）`);
        seen.push(...ids);
        const nav = pagination(page);
        expect(squash(await nav.textContent())).toContain(`第 ${i + 1} / 3 页`);
        const prev = (await hrefs(nav.locator('a[rel="prev"]'))).map((h) => pagedServer.origin + h);
        const next = (await hrefs(nav.locator('a[rel="next"]'))).map((h) => pagedServer.origin + h);
        expect(prev, `page ${i + 1} previous`).toEqual(i > 0 ? [pageUrls[i - 1]] : []);
        expect(next, `page ${i + 1} next`).toEqual(i < 2 ? [pageUrls[i + 1]] : []);
        // Every other page by its number, this one marked as the current page.
        expect((await hrefs(nav.locator('ol.pages a'))).map((h) => pagedServer.origin + h), `page ${i + 1} numbers`).toEqual(pageUrls.filter((_, j) => j !== i));
        expect(squash(await nav.locator('ol.pages [aria-current="page"]').textContent())).toBe(String(i + 1));
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
      // The lists' pages, with their page numbers, are valid HTML.
      const listPages = htmlFiles(paged.dist).filter((file) => /\/(?:reporters|sections)\/[^/]+\/(?:\d+\/)?index\.html$/u.test(file));
      expect(listPages.length).toBeGreaterThan(10);
      const { errors } = await validateHtml(listPages);
      expect(errors.map((e) => `${e.file}:${e.line}: ${e.rule}: ${e.message}`)).toEqual([]);
    });
  });
});
