// Small builders shared by the tests: a page from lines, run through the real pipeline; a temporary folder; a site
// built from scratch by the project's own commands.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { ingestIssue, type IssueResult } from '../src/lib/ingest/issue.ts';
import type { IssueManifest } from '../src/lib/ingest/manifest.ts';
import { defaultPaperSettings, type PaperSettings } from '../src/lib/ingest/settings.ts';
import { articleSchema, type Article } from '../src/lib/schema.ts';
import { childEnv } from './child-env.ts';

export const SAMPLE_PAGE = new URL('../content/raw/rongchang/000_5f1ee1fae9f02ef7.txt', import.meta.url);
export const sampleText = () => readFileSync(SAMPLE_PAGE, 'utf8');

/** The fields every article must have; the schema fills in the rest with its defaults. */
const MINIMAL_ARTICLE = articleSchema.parse({
  id: '2024-03-15-01-01', paper: '测试报', headline: '标题', date: '2024-03-15', page: 1, order: 1,
  source: { file: 'raw/01.txt', lines: [1, 3] }, paragraphs: ['正文。'],
});

/**
 * An article for a test: the fields it gives, its date from its id, and the schema's defaults for the rest, so a
 * field added to the schema changes no test that does not care about it.
 */
export const testArticle = (fields: Partial<Article> = {}): Article => ({ ...MINIMAL_ARTICLE, ...(fields.id ? { date: fields.id.slice(0, 10) } : {}), ...fields });

export function ingestText(
  pages: Record<string, string>,
  options: { folder?: string; manifest?: IssueManifest | null; settings?: Partial<PaperSettings> } = {},
): IssueResult {
  const folder = options.folder ?? '2024-03-15';
  return ingestIssue({
    folder,
    pages: Object.entries(pages).map(([name, text]) => ({ file: `${folder}/${name}`, bytes: new TextEncoder().encode(text) })),
    manifest: options.manifest ?? null,
    settings: { ...defaultPaperSettings, ...options.settings },
  });
}

/**
 * A new folder under the system's temporary folder, deleted when the test that asked for it ends (pass or fail):
 * a full run makes hundreds, and they would otherwise pile up in /tmp run after run.
 */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const ROOT = new URL('../', import.meta.url).pathname;

/**
 * A site of the fixture archive's paper built in `dir` by the project's own commands, with its own articles, caches
 * and output (`dir/articles`, `dir/dist`): `ingest` runs `scripts/ingest.ts` on raw folders, `build` runs
 * `astro build`; each fails the test with the command's output when it fails, and returns that output.
 */
export function scratchSite(dir: string, base = '/') {
  const articles = join(dir, 'articles');
  const dist = join(dir, 'dist');
  const config = join(ROOT, 'test/fixtures/archive/baoku.config.yaml');
  const settings = {
    BAOKU_CONFIG: config,
    BAOKU_ARTICLES: articles,
    BAOKU_BASE: base,
    BAOKU_SITE_URL: 'http://127.0.0.1',
    BAOKU_CACHE_DIR: join(dir, 'astro-cache'),
    BAOKU_SEARCH_CACHE: join(dir, 'search-cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const env = childEnv(settings);
  const run = (args: string[]): string => {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 240_000 });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    return r.stdout + r.stderr;
  };
  return {
    articles,
    dist,
    /** The settings its commands run with, over the caller's environment without Vitest's (child-env.ts). */
    env: settings,
    ingest: (...raw: string[]) => run(['scripts/ingest.ts', '--quiet', '--out', articles, '--report', join(dir, 'report.json'), '--config', config, ...raw]),
    build: () => run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist]),
  };
}
