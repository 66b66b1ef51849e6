// The site served under a sub-path (/baoku/): every link and asset under it, a crawl that reaches every page; and
// the same archive built at '/' (a build of its own), whose links work at a domain's root.
//
//   npx vitest run test/site/sub-path.test.ts
import { join, relative } from 'node:path';
import type { HtmlElement } from 'html-validate';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl } from './crawl.ts';
import { buildFixtureSite, FIXTURE_CONFIG, htmlFiles, serveStatic, type FixtureSite, type StaticServer } from './harness.ts';
import { attr, BASE, brokenText, elements, parseFile, serveWebsite, SITE_URL, urlPathOf } from './website.ts';

let site: FixtureSite;
let server: StaticServer;
let desktop: BrowserContext;
/** The site at base '/': built in the background from the start. */
let rootBuild: Promise<FixtureSite>;
serveWebsite((web) => {
  ({ site, server, desktop } = web);
  rootBuild = buildFixtureSite({ base: '/', config: FIXTURE_CONFIG });
  // Awaited by the tests that use it; until then a failure must not count as unhandled.
  rootBuild.catch(() => {});
});

// ——— the site under a sub-path ———

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
