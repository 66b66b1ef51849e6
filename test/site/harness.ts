// Site-test harness: build the fixture archive into a real static site, serve it under a sub-path and drive it with
// Chromium; crawl.ts crawls it, validate.ts validates its HTML and runs axe on it. Content tests import these;
// harness.test.ts proves them.
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
import type { BrowserContext } from 'playwright-core';
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
