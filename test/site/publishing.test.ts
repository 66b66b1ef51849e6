// Valid HTML, accessible pages, and what search engines and feed readers get: lang, titles, canonical URLs,
// Open Graph, JSON-LD, sitemap and RSS.
//
//   npx vitest run test/site/publishing.test.ts
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from './crawl.ts';
import { htmlFiles, type FixtureSite, type StaticServer } from './harness.ts';
import { axeViolations, describeViolations, validateHtml } from './validate.ts';
import { articlePath, attr, BASE, elements, fixture, hrefs, parseFile, reporterPaths, serveWebsite, SITE_URL, squash, urlPathOf, type Archive } from './website.ts';

let site: FixtureSite;
let archive: Archive;
let server: StaticServer;
const { url, open } = serveWebsite((web) => {
  ({ site, archive, server } = web);
});

// ——— valid HTML, accessible pages ———

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

// ——— publishing: metadata, structured data, feeds ———

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
      if (!title || !squash(decodeEntities(title.textContent))) problems.push(`${name}: no <title>`);
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
      for (const name of [...a.reporters, ...a.authors, ...a.interns]) if (!names.includes(name)) problems.push(`${a.id}: ${name} is not among the authors ${JSON.stringify(names)}`);
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
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => decodeEntities(m[1]!));

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
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/gu)].map((m) => decodeEntities(/<link>([^<]+)<\/link>/u.exec(m[1]!)?.[1] ?? ''));
    expect(items.length).toBe(Math.min(50, archive.articles.length));
    expect(items.filter((l) => !l.startsWith(`${SITE_URL}${BASE}articles/`))).toEqual([]);
    // The newest issue first, each issue's articles in reading order.
    const newestFirst = [...archive.articles].sort((a, b) => b.date.localeCompare(a.date) || a.page - b.page || a.order - b.order);
    expect(items).toEqual(newestFirst.slice(0, items.length).map((a) => `${SITE_URL}${articlePath(a.id)}`));
    expect(feed).toContain(`<atom:link href="${SITE_URL}${BASE}rss.xml" rel="self" type="application/rss+xml"/>`);
    expect(new Set(items)).toEqual(new Set(articleUrls.slice(-items.length)));
    // The feed's own link is the site, which lives under /baoku/.
    const channelLink = decodeEntities(/<channel>[\s\S]*?<link>([^<]+)<\/link>/u.exec(feed)?.[1] ?? '');
    expect(channelLink, 'rss.xml <channel><link>').toBe(`${SITE_URL}${BASE}`);
  });
});
