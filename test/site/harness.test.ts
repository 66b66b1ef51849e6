// Proves the site-test harness itself: the static server, the crawler, the validators on small hand-made sites,
// then a real build of the fixture archive at /baoku/ loaded in Chromium. It asserts nothing about what the pages
// say (the templates are not this file's business); crawl, html-validate and axe findings on the real site are printed.
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl } from './crawl.ts';
import { buildFixtureSite, disposeFixtureSites, FIXTURE_RAW, launchBrowser, ROOT, serveStatic, type FixtureSite, type StaticServer } from './harness.ts';
import { axeViolations, describeViolations, validateHtml } from './validate.ts';
import { firstAnswer, openWatched, typeQuery } from '../../scripts/lib/bench-search.ts';

/** Writes files (path → content) into a fresh temporary folder and returns it. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'baoku-harness-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const page = (body: string, title = 't') => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** A raw GET, path sent exactly as given (fetch would normalise `..` away). */
function rawGet(origin: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveStatic', () => {
  let parent: string;
  let server: StaticServer;
  beforeAll(async () => {
    parent = tree({
      'secret.txt': 'outside dist',
      'dist/index.html': page('home'),
      'dist/404.html': page('custom not found page'),
      'dist/articles/a/index.html': page('article'),
      'dist/style.css': 'body{}',
      'dist/app.js': 'void 0;',
      'dist/data.json': '{}',
      'dist/rss.xml': '<rss/>',
      'dist/logo.png': 'png',
      'dist/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'dist/pagefind/wasm.zh.pagefind': 'x',
      'dist/pagefind/pagefind-entry.json': '{}',
      'dist/pagefind/pagefind.wasm': 'x',
      'dist/pagefind/index/zh_1.pf_index': 'x',
      'dist/pagefind/pagefind.zh_1.pf_meta': 'x',
      'dist/pagefind/fragment/zh_1.pf_fragment': 'x',
      'dist/pagefind/filter/zh_1.pf_filter': 'x',
    });
    server = await serveStatic(join(parent, 'dist'), '/baoku/');
  });
  afterAll(async () => {
    await server?.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and serves dist under the base, a folder as its index.html', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/baoku\/$/u);
    const home = await fetch(server.url);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('home');
    const article = await fetch(`${server.url}articles/a/`);
    expect(article.status).toBe(200);
    expect(await article.text()).toContain('article');
  });

  it('redirects a folder asked for without its slash, as static hosts do', async () => {
    for (const [path, location] of [['/baoku', '/baoku/'], ['/baoku/articles/a', '/baoku/articles/a/']]) {
      const res = await fetch(server.origin + path, { redirect: 'manual' });
      expect(res.status, path).toBe(301);
      expect(res.headers.get('location'), path).toBe(location);
    }
  });

  it('gives each kind of file its content type, Pagefind’s index files as octet-stream', async () => {
    const expected: Record<string, string> = {
      '': 'text/html; charset=utf-8',
      'style.css': 'text/css; charset=utf-8',
      'app.js': 'text/javascript; charset=utf-8',
      'data.json': 'application/json; charset=utf-8',
      'rss.xml': 'application/xml; charset=utf-8',
      'logo.png': 'image/png',
      'logo.svg': 'image/svg+xml',
      'pagefind/pagefind.wasm': 'application/wasm',
      'pagefind/pagefind-entry.json': 'application/json; charset=utf-8',
      'pagefind/index/zh_1.pf_index': 'application/octet-stream',
      'pagefind/pagefind.zh_1.pf_meta': 'application/octet-stream',
      'pagefind/fragment/zh_1.pf_fragment': 'application/octet-stream',
      'pagefind/filter/zh_1.pf_filter': 'application/octet-stream',
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
    }
    const head = await fetch(server.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers a miss under the base with dist/404.html and status 404', async () => {
    const res = await fetch(`${server.url}no/such/page/`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('custom not found page');
  });

  it('404s everything outside the base, and never serves a file outside dist', async () => {
    for (const path of ['/', '/index.html', '/articles/a/', '/baokuX/', '/style.css']) {
      const res = await fetch(server.origin + path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('custom not found page');
    }
    for (const path of ['/baoku/../secret.txt', '/baoku/%2e%2e/secret.txt', '/baoku/..%2fsecret.txt', '/baoku/..%5csecret.txt']) {
      const res = await rawGet(server.origin, path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('outside dist');
    }
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });
});

describe('crawl', () => {
  it('follows internal links under the base and reports non-200 responses, redirects and missing #fragments', async () => {
    const dir = tree({
      'index.html': page(`
        <a href="/baoku/a/">a</a> <a href="a/#p2">a, paragraph 2</a> <a href="/baoku/a/#nope">missing fragment</a>
        <a href="/baoku/missing/">missing</a> <a href="/baoku/a">no slash</a> <a href="/outside/">outside the base</a>
        <a href="https://example.org/">external</a> <a href="mailto:x@example.org">mail</a> <a href="#top">top</a>
        <a href="b/?q=1&amp;x=2">query</a> <img src="/baoku/logo.png" alt="logo"> <link rel="stylesheet" href="/baoku/style.css">
        <script>const s = '<a href="/baoku/in-a-script/">';</script>`),
      'a/index.html': page('<p id="p1">1</p><p id="p2">2</p><a href="../b/">b</a><a href="/baoku/b/#x">b#x</a><script src="/baoku/app.js"></script>'),
      'b/index.html': page('<h1 id="x">b</h1><a href="/baoku/">home</a>'),
      'logo.png': 'png',
      'style.css': 'body{}',
      'app.js': 'void 0;',
    });
    const server = await serveStatic(dir, '/baoku/');
    try {
      const result = await crawl(server.url);
      const rel = (u: string) => u.replace(server.origin, '');
      expect(result.pages.map(rel).sort()).toEqual(['/baoku/', '/baoku/a/', '/baoku/b/', '/baoku/b/?q=1&x=2']);
      expect(result.assets.map(rel).sort()).toEqual(['/baoku/app.js', '/baoku/logo.png', '/baoku/style.css']);
      const broken = result.broken.map((b) => `${rel(b.from)} → ${rel(b.to)} ${b.status}`).sort();
      expect(broken).toEqual([
        '/baoku/ → /baoku/a 301',
        '/baoku/ → /baoku/a/#nope 200',
        '/baoku/ → /baoku/missing/ 404',
        '/baoku/ → /outside/ 404',
      ]);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('validateHtml and axeViolations', () => {
  it('html-validate keeps real errors: duplicate ids, missing alt, invalid nesting', async () => {
    const dir = tree({
      'good.html': page('<main><h1>标题</h1><p>正文<a href="/x/">链接</a></p><img src="a.png" alt="图"></main>'),
      'bad.html': page('<main><h1 id="x">标题</h1><p id="x">正文<div>块</div></p><img src="a.png"></main>'),
    });
    try {
      const good = await validateHtml([join(dir, 'good.html')]);
      expect(good.valid, good.text).toBe(true);
      const bad = await validateHtml([join(dir, 'bad.html')]);
      expect(bad.valid).toBe(false);
      const rules = new Set(bad.errors.map((e) => e.rule));
      for (const rule of ['no-dup-id', 'wcag/h37']) expect(rules, bad.text).toContain(rule);
      expect([...rules].some((r) => r === 'element-permitted-content' || r === 'close-order' || r === 'no-implicit-close'), bad.text).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('axe reports serious and critical violations only', async () => {
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.setContent(page('<main><h1>标题</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main>'));
      const bad = await axeViolations(tab);
      expect(bad.map((v) => v.id)).toContain('image-alt');
      expect(bad.every((v) => v.impact === 'serious' || v.impact === 'critical')).toBe(true);
      await tab.setContent(page('<main><h1>标题</h1><p>正文</p></main>'));
      expect(describeViolations(await axeViolations(tab))).toBe('');
    } finally {
      await browser.close();
    }
  });
});

describe("the benchmark's search probe (scripts/lib/bench-search.ts)", () => {
  // A search page of the site's shape that answers a shared link 300 ms after its script starts and a typed query
  // 200 ms after Enter; as the real page does, a new search empties the list at once and is busy until it answers.
  const searchPage = page(`<div data-search><form><input id="search-q" name="q"></form>
    <p data-status>输入搜索词</p><ol data-results></ol></div>
    <script>
      const root = document.querySelector('[data-search]');
      const answer = (ms, text) => {
        root.querySelector('[data-results]').replaceChildren();
        root.setAttribute('aria-busy', 'true');
        setTimeout(() => {
          const li = document.createElement('li');
          li.textContent = text;
          root.querySelector('[data-results]').replaceChildren(li);
          root.removeAttribute('aria-busy');
        }, ms);
      };
      const q = new URLSearchParams(location.search).get('q');
      if (q) answer(300, q);
      document.querySelector('form').addEventListener('submit', (event) => {
        event.preventDefault();
        answer(200, document.querySelector('#search-q').value);
      });
    </script>`);

  it('times a shared link to its first result, then a query typed on the same page to its own', async () => {
    const dir = tree({ 'search/index.html': searchPage });
    const server = await serveStatic(dir, '/');
    const browser = await launchBrowser();
    try {
      const watched = await openWatched(browser, `${server.url}search/?q=${encodeURIComponent('荣昌')}`);
      const link = await firstAnswer(watched);
      expect(link.ms).toBeGreaterThanOrEqual(300);
      expect(link.ms).toBeLessThan(5000);
      expect(watched.answers()).toBe(1);
      // The link's answer is on the page already: the typed query must wait for its own.
      const typed = await typeQuery(watched, '发展');
      expect(typed.ms).toBeGreaterThanOrEqual(200);
      expect(typed.ms).toBeLessThan(5000);
      expect(watched.answers()).toBe(2);
      expect(await watched.page.locator('[data-results] li').textContent()).toBe('发展');
      await watched.context.close();
    } finally {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the fixture site, built at /baoku/', () => {
  let site: FixtureSite;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    const started = Date.now();
    site = await buildFixtureSite({ base: '/baoku/' });
    console.info(`fixture site: ${site.dist} (ingest ${site.ms.ingest} ms, astro build ${site.ms.build} ms, harness total ${Date.now() - started} ms)`);
    server = await serveStatic(site.dist, '/baoku/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await disposeFixtureSites();
  });

  it('is built from every fixture page and the sample, without ingest errors', () => {
    const articles = readdirSync(site.articlesDir, { recursive: true }).filter((f) => String(f).endsWith('.md'));
    expect(articles.length).toBeGreaterThan(0);
    if (site.report) {
      const report = JSON.parse(readFileSync(site.report, 'utf8')) as { errors: unknown[]; pages: { file: string; articles: string[] }[] };
      expect(report.errors).toEqual([]);
      const fixturePages = readdirSync(join(ROOT, FIXTURE_RAW), { recursive: true }).filter((f) => String(f).endsWith('.txt'));
      const ingested = report.pages.filter((p) => p.file.startsWith(FIXTURE_RAW) && p.articles.length > 0);
      expect(ingested.length).toBe(fixturePages.length);
      expect(report.pages.some((p) => p.file.startsWith('content/raw/rongchang/'))).toBe(true);
    }
  });

  it('is shared within a process: a second call for the same base is the same build', async () => {
    expect((await buildFixtureSite({ base: 'baoku' })).dist).toBe(site.dist);
  });

  it('loads its home page in Chromium as <html lang="zh-CN">', async () => {
    const tab = await browser.newPage();
    const response = await tab.goto(server.url);
    expect(response?.status()).toBe(200);
    expect(await tab.locator('html').getAttribute('lang')).toBe('zh-CN');
    await tab.close();
  });

  it('can be crawled from the home page (broken links are printed, not failed on here)', async () => {
    const { pages, assets, broken } = await crawl(server.url);
    console.info(`crawl: ${pages.length} pages, ${assets.length} other files, ${broken.length} broken links`);
    for (const b of broken.slice(0, 40)) console.info(`  broken: ${b.from} → ${b.to} (${b.status}: ${b.reason})`);
    expect(pages).toContain(server.url);
    expect(pages.length).toBeGreaterThan(1);
  });

  it('is served only under its base', async () => {
    expect((await fetch(`${server.origin}/`)).status).toBe(404);
    expect((await fetch(`${server.origin}/index.html`)).status).toBe(404);
    expect((await fetch(server.url)).status).toBe(200);
    expect((await fetch(`${server.url}no-such-page/`)).status).toBe(404);
  });
});
