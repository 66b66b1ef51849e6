// Page text stays text: the injection fixture's <script>, event handlers and javascript: links show as
// literal text everywhere and run nowhere.
//
//   npx vitest run test/site/escaping.test.ts
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from './crawl.ts';
import { htmlFiles, type FixtureSite } from './harness.ts';
import { articlePath, elements, fixture, paragraphText, parseFile, serveWebsite, squash, texts } from './website.ts';

let site: FixtureSite;
const { dialogs, pageErrors, url, open } = serveWebsite((web) => {
  ({ site } = web);
});

// ——— page text stays text ———

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
          const value = typeof a.value === 'string' ? decodeEntities(a.value) : '';
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
