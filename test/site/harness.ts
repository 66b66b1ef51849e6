// Site-test harness: build the fixture archive into a real static site, serve it under a sub-path, drive it with
// Chromium, crawl it, validate its HTML and run axe on it. Content tests import these; harness.test.ts proves them.
//
//   const site = await buildFixtureSite();                 // { dist, articlesDir, report, base }
//   const server = await serveStatic(site.dist, '/baoku/'); // server.url = http://127.0.0.1:PORT/baoku/
//   const browser = await launchBrowser();
//   const { pages, broken } = await crawl(server.url);
//   const html = await validateHtml(htmlFiles(site.dist));
//   const serious = await axeViolations(page);
//
// A build takes a few seconds. It is cached per base path within one process, and a build made elsewhere can be
// reused with BAOKU_TEST_DIST=<its dist folder> (Vitest runs each test file in its own worker process):
//
//   export BAOKU_TEST_DIST=$(npx node test/site/harness.ts build /baoku/)   # prints the dist folder, keeps it
//   npx vitest run test/site
//
// or let Vitest build once for the whole run: `npx vitest run --globalSetup test/site/global-setup.ts test/site`
// (or `globalSetup` in vitest.config.ts). Builds live in $TMPDIR/baoku-site-*; see disposeFixtureSites().
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import axe from 'axe-core';
import type { Result as AxeResult, RunOptions as AxeRunOptions } from 'axe-core';
import { HtmlValidate, Parser, type ConfigData, type Report } from 'html-validate';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, normaliseBase, serveStatic, CONTENT_TYPES, type StaticServer } from '../../scripts/lib/static-site.ts';
import { childEnv } from '../child-env.ts';

export { launchBrowser, normaliseBase, serveStatic, CONTENT_TYPES, type StaticServer };

/**
 * What the tabs of the browser contexts given to `watch` went through: every dialog they opened (dismissed at once)
 * and every uncaught JavaScript error, each with the page's URL.
 */
export function pageTrouble(): { dialogs: string[]; pageErrors: string[]; watch(context: BrowserContext): BrowserContext } {
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const watch = (context: BrowserContext) => {
    context.on('page', (page) => {
      page.on('dialog', (d) => {
        dialogs.push(`${page.url()}: ${d.type()} “${d.message()}”`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    });
    return context;
  };
  return { dialogs, pageErrors, watch };
}

/** The project root (where package.json and astro.config.mjs are). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The fixture archive's pages, and the shipped sample folder that is ingested with them. Relative to ROOT. */
export const FIXTURE_RAW = 'test/fixtures/archive/raw';
export const SAMPLE_RAW = 'content/raw/rongchang';
export const FIXTURE_CONFIG = 'test/fixtures/archive/baoku.config.yaml';
/** Written beside the dist folder, so that BAOKU_TEST_DIST can find the articles and check the base. */
const RECORD = 'baoku-test-build.json';

export interface FixtureSite {
  /** The built site (absolute path). */
  dist: string;
  /** The articles ingest wrote for it (absolute path): read them to know what the site should show. */
  articlesDir: string;
  /** ingest's report (absolute path), or null for a reused build that did not record one. */
  report: string | null;
  /** The base path the site was built for (`/baoku/`). */
  base: string;
  /** The config file the site was built with (absolute path), when one was given to buildFixtureSite. */
  config?: string;
  /** Milliseconds the ingest and the build took (0 for a reused build). */
  ms: { ingest: number; build: number };
}

/** Where the builds of this process are kept: on globalThis, so a module loaded again in the same worker shares them. */
interface HarnessState {
  queue: Promise<void>;
  builds: Map<string, Promise<FixtureSite>>;
  ownRoots: string[];
  exitHook: boolean;
}
const state: HarnessState = ((globalThis as Record<symbol, unknown>)[Symbol.for('baoku.test.site-harness')] ??= {
  builds: new Map(),
  ownRoots: [],
  exitHook: false,
  queue: Promise.resolve(),
}) as HarnessState;
/** Temporary build folders are named so; one holds `owner.json` ({ pid, keep }) from the moment it is made. */
const ROOT_PREFIX = 'baoku-site-';


/**
 * Ingests test/fixtures/archive/raw plus the shipped sample (content/raw/rongchang) into a fresh temporary folder
 * and builds the site from it with `astro build --force`. One build per base path per process; with
 * BAOKU_TEST_DIST set to a dist folder built for the same base (by this function in another process), that is used.
 * `config` (a baoku.config.yaml, relative to ROOT) is used for ingest and for the site (e.g. `site.pageSize`), in
 * place of the project's own baoku.config.yaml; such a build is never shared through BAOKU_TEST_DIST.
 * Throws with the captured output if ingest or the build fails. The temporary folder is removed when this process
 * ends normally or, when it was killed (as Vitest ends workers), by the next build; BAOKU_KEEP_BUILD=1 keeps it.
 */
export function buildFixtureSite({ base = '/baoku/', config }: { base?: string; config?: string } = {}): Promise<FixtureSite> {
  const wanted = normaliseBase(base);
  const configFile = config ? resolve(ROOT, config) : undefined;
  const reused = configFile ? null : reuseBuild(wanted);
  if (reused) return Promise.resolve(reused);
  const key = configFile ? `${wanted} ${configFile}` : wanted;
  let build = state.builds.get(key);
  if (!build) {
    // One build at a time: concurrent `astro build`s of one project share its .astro folder.
    build = state.queue.then(() => freshBuild(wanted, configFile));
    state.queue = build.then(() => undefined, () => undefined);
    // A failed build is not cached: the next caller gets the error again from a new attempt, not a stale one.
    build.catch(() => state.builds.delete(key));
    state.builds.set(key, build);
  }
  return build;
}

/**
 * Removes the builds this process made (not a reused BAOKU_TEST_DIST) and forgets them. Optional: Vitest ends its
 * workers without an `exit` event, so a build left behind is removed by the next build once its process is gone.
 */
export async function disposeFixtureSites(): Promise<void> {
  await Promise.allSettled(state.builds.values());
  state.builds.clear();
  for (const dir of state.ownRoots.splice(0)) if (!keepBuilds()) rmSync(dir, { recursive: true, force: true });
}

function reuseBuild(base: string): FixtureSite | null {
  const dist = process.env['BAOKU_TEST_DIST'];
  if (!dist) return null;
  const absolute = resolve(ROOT, dist);
  if (!existsSync(join(absolute, 'index.html'))) {
    throw new Error(`BAOKU_TEST_DIST=${dist}: there is no built site there (no index.html). Unset it or build one.`);
  }
  const recordFile = join(dirname(absolute), RECORD);
  if (!existsSync(recordFile)) {
    // Built by hand: trust it, and find the articles from BAOKU_TEST_ARTICLES if given.
    const articles = process.env['BAOKU_TEST_ARTICLES'];
    return { dist: absolute, articlesDir: articles ? resolve(ROOT, articles) : '', report: null, base, ms: { ingest: 0, build: 0 } };
  }
  const record = JSON.parse(readFileSync(recordFile, 'utf8')) as FixtureSite;
  if (record.dist !== absolute || record.config) return null;
  // Built for another base path: it is no use here; build one for this base.
  if (record.base !== base) return null;
  return { ...record, ms: { ingest: 0, build: 0 } };
}

interface RunResult {
  code: number | null;
  output: string;
}

function run(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

async function freshBuild(base: string, configFile?: string): Promise<FixtureSite> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    throw new Error(`The site harness needs Node 22.12 or newer (Astro 7); this is ${process.version} (${process.execPath}). Run it through npm or npx, which use the project's Node 24.`);
  }
  removeAbandonedBuilds();
  const root = mkdtempSync(join(tmpdir(), ROOT_PREFIX));
  writeFileSync(join(root, 'owner.json'), JSON.stringify({ pid: process.pid, keep: keepBuilds() }));
  registerCleanup(root);
  const articlesDir = join(root, 'articles');
  const dist = join(root, 'dist');
  const report = join(root, 'ingest-report.json');
  mkdirSync(articlesDir);

  let started = Date.now();
  const ingest = await run(
    ['scripts/ingest.ts', '--out', articlesDir, '--report', report, '--config', configFile ?? FIXTURE_CONFIG, '--quiet', FIXTURE_RAW, SAMPLE_RAW],
    childEnv({}),
  );
  if (ingest.code !== 0) throw new Error(`ingest of the fixture archive failed (exit ${ingest.code}):\n${ingest.output}`);
  const ingestMs = Date.now() - started;

  started = Date.now();
  const build = await run(
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', dist],
    childEnv({
      BAOKU_CONFIG: configFile ?? resolve(ROOT, FIXTURE_CONFIG),
      BAOKU_ARTICLES: articlesDir,
      BAOKU_BASE: base,
      BAOKU_SITE_URL: 'http://127.0.0.1',
      BAOKU_CACHE_DIR: join(root, 'astro-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    }),
  );
  if (build.code !== 0 || !existsSync(join(dist, 'index.html'))) {
    throw new Error(`astro build of the fixture site (base ${base}) failed (exit ${build.code}):\n${build.output}`);
  }
  const site: FixtureSite = { dist, articlesDir, report, base, ...(configFile ? { config: configFile } : {}), ms: { ingest: ingestMs, build: Date.now() - started } };
  writeFileSync(join(root, RECORD), `${JSON.stringify(site, null, 2)}\n`);
  return site;
}

const keepBuilds = () => process.env['BAOKU_KEEP_BUILD'] === '1';

function registerCleanup(root: string): void {
  state.ownRoots.push(root);
  if (state.exitHook) return;
  state.exitHook = true;
  // Runs when the process ends normally (the CLI below, a plain node script); Vitest workers are killed instead.
  process.on('exit', () => {
    if (keepBuilds()) return;
    for (const dir of state.ownRoots) rmSync(dir, { recursive: true, force: true });
  });
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Build folders whose process has ended and that were not asked to be kept (BAOKU_KEEP_BUILD=1) are removed. */
function removeAbandonedBuilds(): void {
  const dist = process.env['BAOKU_TEST_DIST'] ? resolve(ROOT, process.env['BAOKU_TEST_DIST']) : null;
  for (const entry of readdirSync(tmpdir(), { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith(ROOT_PREFIX)) continue;
    const dir = join(tmpdir(), entry.name);
    if (dist && dist.startsWith(dir + sep)) continue;
    try {
      const owner = JSON.parse(readFileSync(join(dir, 'owner.json'), 'utf8')) as { pid: number; keep: boolean };
      if (owner.keep || owner.pid === process.pid || processIsAlive(owner.pid)) continue;
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // No owner file (made by an older harness, or this instant by another process): leave it.
    }
  }
}

/** Every .html file under a folder (absolute paths, sorted). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

// ——— crawler ———

export interface BrokenLink {
  /** The page the link is on. */
  from: string;
  /** The link as resolved, with its #fragment if it had one. */
  to: string;
  /** The HTTP status (a 3xx counts as broken: internal links should point at the final URL). 200 for a missing #fragment. */
  status: number;
  /** Why it is broken, in words. */
  reason: string;
}

export interface CrawlResult {
  /** Every HTML page reached (status 200), without fragments, in the order found. */
  pages: string[];
  /** Every other URL reached (stylesheets, scripts, images, feeds…) with status 200. */
  assets: string[];
  broken: BrokenLink[];
}

const LINK_ATTRIBUTES: [string, string][] = [['a', 'href'], ['link', 'href'], ['script', 'src'], ['img', 'src']];
let parserPromise: Promise<Parser> | null = null;

/** html-validate's HTML parser: script and style bodies are raw text, so a `<a href>` inside a script is not a link. */
function htmlParser(): Promise<Parser> {
  parserPromise ??= new HtmlValidate({ extends: ['html-validate:recommended'] }).getConfigFor('page.html').then((config) => new Parser(config));
  return parserPromise;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/giu, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return ENTITIES[name!.toLowerCase()] ?? whole;
  });
}

/** The link targets (href/src of a, link, script, img) and the ids of an HTML page. */
export async function linksAndIds(html: string): Promise<{ links: string[]; ids: Set<string> }> {
  const root = (await htmlParser()).parseHtml(html);
  const links: string[] = [];
  for (const [tag, attribute] of LINK_ATTRIBUTES) {
    for (const element of root.querySelectorAll(`${tag}[${attribute}]`)) {
      const value = element.getAttributeValue(attribute);
      if (value !== null && value.trim() !== '') links.push(decodeEntities(value.trim()));
    }
  }
  const ids = new Set<string>();
  for (const element of root.querySelectorAll('[id]')) if (element.id) ids.add(decodeEntities(element.id));
  // `<a name="x">` is an old but valid fragment target.
  for (const element of root.querySelectorAll('a[name]')) ids.add(decodeEntities(element.getAttributeValue('name') ?? ''));
  return { links, ids };
}

/**
 * Fetches every internal URL reachable from `siteUrl` (the home page): the href/src of a, link, script and img
 * elements that are on the same origin and under the home page's path (the base). HTML pages are followed; other
 * files are only fetched. A link with a `#fragment` must find an element with that id on its target page.
 * A same-origin link outside the base is fetched once (the server says 404: it is broken on the deployed site too).
 */
export async function crawl(siteUrl: string, { concurrency = 8 }: { concurrency?: number } = {}): Promise<CrawlResult> {
  const start = new URL(siteUrl);
  start.hash = '';
  const basePath = start.pathname.endsWith('/') ? start.pathname : start.pathname.replace(/[^/]*$/u, '');
  const underBase = (url: string) => new URL(url).pathname.startsWith(basePath);
  const seen = new Map<string, { status: number; ids: Set<string> | null; reason: string }>();
  const linkedFrom = new Map<string, string[]>([[start.href, ['(start)']]]);
  const fragments: { from: string; to: string; url: string; id: string }[] = [];
  const pages: string[] = [];
  const assets: string[] = [];
  const queue: string[] = [start.href];
  let active = 0;

  const visit = async (url: string) => {
    let status = 0;
    let reason = '';
    let ids: Set<string> | null = null;
    try {
      const response = await fetch(url, { redirect: 'manual' });
      status = response.status;
      if (status >= 300 && status < 400) reason = `redirects to ${response.headers.get('location')}`;
      else if (status !== 200) reason = `HTTP ${status}`;
      const html = status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/html');
      if (html && underBase(url)) {
        const parsed = await linksAndIds(await response.text());
        ids = parsed.ids;
        for (const link of parsed.links) {
          let target: URL;
          try {
            target = new URL(link, url);
          } catch {
            continue; // not a URL at all; html-validate reports malformed attributes
          }
          if (target.origin !== start.origin || !/^https?:$/u.test(target.protocol)) continue;
          let id = '';
          try {
            id = decodeURIComponent(target.hash.slice(1));
          } catch {
            id = target.hash.slice(1);
          }
          const withHash = target.href;
          target.hash = '';
          const key = target.href;
          if (id && id !== 'top') fragments.push({ from: url, to: withHash, url: key, id });
          const froms = linkedFrom.get(key);
          if (froms) {
            if (!froms.includes(url)) froms.push(url);
          } else {
            linkedFrom.set(key, [url]);
            queue.push(key);
          }
        }
      } else await response.arrayBuffer();
      if (status === 200) (html ? pages : assets).push(url);
    } catch (error) {
      reason = `fetch failed: ${(error as Error).message}`;
    }
    seen.set(url, { status, ids, reason });
  };

  const worker = async () => {
    while (queue.length > 0 || active > 0) {
      const next = queue.shift();
      if (next === undefined) {
        await new Promise((r) => setTimeout(r, 5));
        continue;
      }
      if (seen.has(next)) continue;
      seen.set(next, { status: -1, ids: null, reason: 'pending' });
      active++;
      try {
        await visit(next);
      } finally {
        active--;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  const broken: BrokenLink[] = [];
  for (const [url, result] of seen) {
    if (result.status === 200) continue;
    for (const from of linkedFrom.get(url) ?? []) broken.push({ from, to: url, status: result.status, reason: result.reason });
  }
  for (const f of fragments) {
    const target = seen.get(f.url);
    if (!target || target.status !== 200) continue; // already reported as a broken link
    // Only HTML pages under the base have known ids; a fragment into another kind of file is not checked.
    if (target.ids && !target.ids.has(f.id)) broken.push({ from: f.from, to: f.to, status: 200, reason: `no element with id="${f.id}" on the target page` });
  }
  // One entry per (from, to) pair.
  const unique = new Map(broken.map((b) => [`${b.from} ${b.to}`, b]));
  return { pages, assets, broken: [...unique.values()] };
}

// ——— HTML validation ———

/**
 * html-validate's recommended rules, relaxed only where they disagree with how Astro writes HTML (or are matters of
 * style, not correctness). Duplicate ids, missing alt text, invalid nesting, unknown elements etc. stay errors.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<!DOCTYPE html>` as the source has it, `<meta … />` void tags, and `attr` or `attr=""` for booleans.
    'doctype-style': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Scoped styles and `define:vars` become inline style attributes.
    'no-inline-style': 'off',
    // Astro's output is not pretty-printed by us.
    'no-trailing-whitespace': 'off',
    // HTML5 allows any id without whitespace; the strict mode wants ids to start with a letter (HTML4), which heading
    // slugs of Chinese text (`-从学徒到传承人`) need not.
    'valid-id': ['error', { relaxed: true }],
    // An SEO hint, not an error: a headline is as long as the paper printed it.
    'long-title': 'off',
  },
};

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  selector: string | null;
}

export interface HtmlValidation {
  valid: boolean;
  errors: HtmlProblem[];
  warnings: HtmlProblem[];
  /** One line per problem, `file:line:column rule: message`, for assertion messages. */
  text: string;
  report: Report;
}

let validator: HtmlValidate | null = null;

/** Validates HTML files with html-validate (HTML_VALIDATE_CONFIG unless a config is given). */
export async function validateHtml(files: string[], config: ConfigData = HTML_VALIDATE_CONFIG): Promise<HtmlValidation> {
  const htmlvalidate = config === HTML_VALIDATE_CONFIG ? (validator ??= new HtmlValidate(config)) : new HtmlValidate(config);
  const report = await htmlvalidate.validateMultipleFiles(files);
  const errors: HtmlProblem[] = [];
  const warnings: HtmlProblem[] = [];
  for (const result of report.results) {
    for (const m of result.messages) {
      const problem = { file: result.filePath, line: m.line, column: m.column, rule: m.ruleId, message: m.message, selector: m.selector };
      (m.severity >= 2 ? errors : warnings).push(problem);
    }
  }
  const text = [...errors, ...warnings].map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`).join('\n');
  return { valid: errors.length === 0, errors, warnings, text, report };
}

// ——— accessibility ———

export type AxeViolation = AxeResult;

/**
 * Runs axe-core on the page as it is now and returns the violations of impact 'serious' or 'critical'.
 * `options` go to axe.run (e.g. `{ runOnly: ['wcag2a', 'wcag2aa'] }`).
 */
export async function axeViolations(page: Page, options: AxeRunOptions = {}): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(
    async (runOptions) => (window as unknown as { axe: typeof axe }).axe.run(document, runOptions),
    options as Record<string, unknown>,
  );
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A one-line-per-node summary of axe violations, for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')}`))
    .join('\n');
}

// `npx node test/site/harness.ts build [/base/]`: build once, keep it, print the dist folder (for BAOKU_TEST_DIST).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [command, base = '/baoku/'] = process.argv.slice(2);
  if (command !== 'build') {
    console.error('Usage: npx node test/site/harness.ts build [/base/]   (prints the dist folder; use it as BAOKU_TEST_DIST)');
    process.exitCode = 2;
  } else {
    process.env['BAOKU_KEEP_BUILD'] = '1';
    delete process.env['BAOKU_TEST_DIST'];
    const site = await buildFixtureSite({ base });
    console.error(`built ${site.base} in ${site.ms.ingest + site.ms.build} ms (ingest ${site.ms.ingest} ms, astro build ${site.ms.build} ms); articles in ${site.articlesDir}`);
    console.log(site.dist);
  }
}
