// The site on a phone and on a desktop (screenshots go to test-results/screenshots/), in dark mode and in print,
// and its 404 page.
//
//   npx vitest run test/site/layout.test.ts
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articlePath, BASE, DESKTOP, hrefs, PHONE, reporterPaths, SCREENSHOTS, serveWebsite, SITE_URL, squash } from './website.ts';

let browser: Browser;
let desktop: BrowserContext;
const { watch, url, open, follow } = serveWebsite((web) => {
  ({ browser, desktop } = web);
});

// ——— phone and desktop, dark and print ———

describe('phone and desktop', () => {
  /** A browser context as a phone opens the site: its width, its pixel density, touch. */
  const phoneContext = async () => watch(await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true }));
  /** Runs `check` in a page opened as a phone opens it; the phone's context is closed afterwards, whatever happens. */
  const onPhone = async (check: (page: Page) => Promise<void>) => {
    const phone = await phoneContext();
    try {
      await check(await phone.newPage());
    } finally {
      await phone.close();
    }
  };
  /**
   * The pieces of text that `selector` finds on each path and that a line breaks inside, said as `path: “text” on N
   * lines`; each path must have some such pieces, or the check would prove nothing.
   */
  const brokenAcrossLines = async (page: Page, paths: string[], selector: string): Promise<string[]> => {
    const split: string[] = [];
    for (const path of paths) {
      await page.goto(url(path));
      const pieces = await page.locator(selector).evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', lines: new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size })));
      expect(pieces.length, path).toBeGreaterThan(0);
      for (const { text, lines } of pieces) if (lines > 1) split.push(`${path}: “${text}” on ${lines} lines`);
    }
    return split;
  };

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

  it('a paragraph’s ¶ link is in sight on a touch screen and on hover, takes no line of its own on a phone, and is not copied with the text', async () => {
    const phone = await phoneContext();
    try {
      const page = await phone.newPage();
      // A phone has no hover: the link is shown, faintly, without one. A desktop shows it on hover only.
      const anchorOpacity = (p: typeof page) => p.locator('main .body p[id] .paragraph-anchor').first().evaluate((a) => Number(getComputedStyle(a).opacity));
      await page.goto(url(articlePath('2023-12-22-02-01')));
      expect(await anchorOpacity(page)).toBeGreaterThan(0.3);
      const wide = await open(articlePath('2023-12-22-02-01'));
      expect(await anchorOpacity(wide)).toBe(0);
      await wide.locator('main .body p[id]').first().hover();
      expect(await anchorOpacity(wide)).toBe(1);
      await wide.close();
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
      // Nor is it copied with the text it marks: a reader's quotation gets no ¶.
      const copied = await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('main .body')!);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
      });
      expect(copied.length).toBeGreaterThan(100);
      expect(copied).not.toContain('¶');
    } finally {
      await phone.close();
    }
  });

  it('Tab goes past an article’s paragraphs: their ¶ links are for a pointer or a touch, not a stop each', async () => {
    const page = await open(articlePath('2023-12-22-02-01'));
    expect(await page.locator('main .body .paragraph-anchor').count()).toBeGreaterThan(2);
    // From the last link before the body, one Tab lands after it.
    const focused = await page.evaluate(() => {
      const body = document.querySelector('main .body')!;
      const links = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select')];
      const before = links.filter((el) => body.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING).at(-1)!;
      before.focus();
      return before.textContent;
    });
    expect(focused).toBeTruthy();
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => ({ inBody: document.querySelector('main .body')!.contains(document.activeElement), text: document.activeElement?.textContent }));
    expect(now.inBody, `Tab went to “${now.text}”`).toBe(false);
    await page.close();
  });

  it('on a phone, a search’s first results show on the first screen, and the filters follow them', () =>
    onPhone(async (page) => {
      await page.goto(url(`search/?q=${encodeURIComponent('荣昌')}`));
      const first = page.locator('[data-results] > li').first();
      await first.waitFor();
      const box = (await first.boundingBox())!;
      expect(box.y + box.height, 'the first result ends on the first screen').toBeLessThan(PHONE.height);
      const facets = (await page.locator('[data-facets]').boundingBox())!;
      expect(facets.y).toBeGreaterThan(box.y);
      // A result's date and each of its people stay on one line.
      const pieces = await page.locator('[data-results] .meta .nowrap').evaluateAll((els) => els.map((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size));
      expect(pieces.length).toBeGreaterThan(2);
      expect(Math.max(...pieces)).toBe(1);
      // A link at the top of the results leads down to them.
      await page.getByRole('link', { name: '按年份、记者、版面筛选 ↓' }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#search-facets');
    }));

  it('on a phone, the reporter index sets names two to a row, its letters are targets a finger can hit, and no role or name breaks across lines', () =>
    onPhone(async (page) => {
      await page.goto(url('reporters/'));
      const tops = await page.locator('main ul.people > li').evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
      expect(tops.length).toBeGreaterThan(2);
      expect(new Set(tops).size, 'rows of names').toBeLessThan(tops.length);
      const letters = await page.locator('main nav.letters a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
      expect(Math.min(...letters)).toBeGreaterThanOrEqual(24);
      // Each role word and name stays on one line, in an article's credits and in the lists that name people.
      const reporters = await page.locator('main ul.people > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const split = await brokenAcrossLines(page, [articlePath('2024-03-15-01-01'), ...reporters.slice(0, 6)], 'main .people dt, main .people dd a, main .article-list .meta .nowrap');
      expect(split, split.join('\n')).toEqual([]);
    }));

  it('on a phone, a date or a weekday is never broken across two lines', () =>
    onPhone(async (page) => {
      const split = await brokenAcrossLines(page, ['', 'issues/2023-12-22/', 'issues/2024-03-15/', articlePath('2023-12-22-02-01'), 'no/such/page/'], 'main .nowrap');
      expect(split, split.join('\n')).toEqual([]);
    }));

  it('body text draws Chinese quotes and ellipses full width, in a Chinese font, not a Latin system font’s', async () => {
    const page = await desktop.newPage();
    await page.goto(url(articlePath('2023-12-22-02-01')));
    const cdp = await desktop.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'main .body p' });
    const quoted: string[] = [];
    const latin = new Map<string, number>();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) if (!/CJK/u.test(font.familyName)) latin.set(font.familyName, (latin.get(font.familyName) ?? 0) + font.glyphCount);
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      if (/[“”…]/u.test(outerHTML)) quoted.push(outerHTML);
    }
    // The sample's paragraphs hold “阳光厨房” and the like: the check would pass on text without them.
    expect(quoted.length).toBeGreaterThan(0);
    expect([...latin]).toEqual([]);
    await page.close();
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
    // The article's address is printed with it, and nowhere on screen.
    const printLink = page.locator('main article .print-link');
    expect(squash(await printLink.textContent())).toBe(`本文链接：${SITE_URL}${articlePath('2024-01-05-03-01')}`);
    expect(await printLink.isVisible()).toBe(true);
    // A reader in dark mode prints dark text on white paper, not dark mode's pale greys.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const luminance = (selector: string) => page.locator(selector).first().evaluate((el) => {
      const [r, g, b] = getComputedStyle(el).color.match(/\d+/gu)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    });
    for (const selector of ['.site-title', 'main article h1', 'main article .dateline', 'main article #p1', 'main article .print-link']) {
      expect(await luminance(selector), selector).toBeLessThan(0.3);
    }
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    expect(await printLink.isVisible()).toBe(false);
  });
});

// ——— not found ———

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
