// The daily rebuild: Astro's incremental build reuses pages whose cache key is unchanged (src/utils/cache-key.ts).
// What matters to a reader is that no page goes stale: a correction made by hand to one article shows on every page
// that lists it, a new issue is linked from the one before it, and a deleted article's page is gone, while pages
// that show none of it are reused where they are (src/integrations/output-dir.ts), neither rendered nor copied.
import { cpSync, existsSync, mkdtempSync, type Dirent, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { indexTiming } from '../../scripts/lib/index-timing.ts';
import { scratchSite } from '../helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'baoku-incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { articles, dist, env, ingest, build } = scratchSite(dir);
const page = (path: string) => readFileSync(join(dist, path), 'utf8');
// Astro colours its log where it thinks a terminal or a CI system will show it (CI=true): read it without.
const logged = (log: string, how: string) => new Set([...stripVTControlCharacters(log).matchAll(new RegExp(`├─ (\\S+) \\(${how}\\)`, 'gu'))].map((m) => m[1]!.replace(/^\//u, '')));
/** The output paths Astro found in place from the last build, and reused without rendering or copying them. */
const reused = (log: string) => logged(log, 'cached');
/** The output paths Astro copied from its cache instead of rendering. */
const restored = (log: string) => logged(log, 'restored');
const cachedCopy = (path: string) => join(env.BAOKU_CACHE_DIR, 'dist', path);
const filesIn = (folder: string) => (readdirSync(folder, { recursive: true, withFileTypes: true }) as Dirent[]).filter((e) => e.isFile()).map((e) => relative(folder, join(e.parentPath, e.name))).sort();

describe('the daily rebuild', () => {
  it('renders again every page that shows a corrected article or a new issue, removes deleted ones, and reuses the others in place', () => {
    ingest('test/fixtures/archive/raw', 'content/raw/rongchang');
    const first = build();
    expect(reused(first).size + restored(first).size).toBe(0);

    // A person corrects a headline by hand, deletes an issue's articles, and the next day's issue (a copy of an
    // earlier one, dated later) comes in.
    const file = join(articles, '2023/2023-12-22-02-01.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('headline: "覃兴建为全体检察干警授课"', 'headline: "覃兴建为全区检察干警授课"'));
    const deleted = readdirSync(join(articles, '2023')).filter((name) => name.startsWith('2023-12-26-')).map((name) => name.replace(/\.md$/u, ''));
    expect(deleted.length).toBeGreaterThan(0);
    for (const id of deleted) rmSync(join(articles, '2023', `${id}.md`));
    expect(page(`articles/${deleted[0]}/index.html`)).toContain('<h1');
    cpSync(join(ROOT, 'test/fixtures/archive/raw/2025-02-10'), join(dir, 'raw/2025-02-11'), { recursive: true });
    ingest(join(dir, 'raw'));
    const log = build();
    expect(log).toMatch(/kept the last build's \d+ pages/u);

    for (const path of [
      'articles/2023-12-22-02-01/index.html',
      'articles/2023-12-22-02-02/index.html', // links to it as the previous article
      'issues/2023-12-22/index.html',
      'issues/2023-12-22/2/index.html',
      'issues/2023-12-22.json',
      'reporters/yang-li-dan/index.html',
      'reporters/liang-sheng-ming/index.html',
    ]) {
      expect(page(path), path).toContain('覃兴建为全区检察干警授课');
      expect(page(path), path).not.toContain('覃兴建为全体检察干警授课');
      expect(reused(log), path).not.toContain(path);
    }
    // The issue before the new one now links to it; the new issue's pages exist.
    expect(page('issues/2025-02-10/index.html')).toContain('/issues/2025-02-11/');
    expect(page('issues/2025-02-11/1/index.html')).toContain('第1版');
    // The deleted issue's pages are gone, folders and all.
    for (const id of deleted) expect(existsSync(join(dist, 'articles', id)), id).toBe(false);
    expect(existsSync(join(dist, 'issues/2023-12-26'))).toBe(false);
    expect(existsSync(join(dist, 'issues/2023-12-26.json'))).toBe(false);
    // An issue, its pages and articles that show none of it are the last build's files, left where they were.
    const untouched = ['issues/2024-03-15/index.html', 'issues/2024-03-15/1/index.html', 'issues/2024-03-15.json', 'articles/2024-03-15-01-01/index.html', 'reporters/tang-yu-hang/index.html'];
    for (const path of untouched) expect(reused(log), path).toContain(path);
    expect(restored(log).size).toBe(0);
    // The search index: the quarters with a change (2023-q4, 2025-q1) are linked anew, the other (2024-q1) and the
    // runtime kept in place; every folder holds exactly the files of the index it was linked from, none left from an
    // older one.
    const shards = (JSON.parse(page('pagefind/baoku-shards.json')) as { shards: string[] }).shards;
    expect(shards).toEqual(['2025-q1', '2024-q1', '2023-q4']);
    expect(stripVTControlCharacters(log)).toContain(`2 of 4 folders kept in place`);
    // The benchmark reads the same line for how long the index took and which of it and the pages the build waited for.
    const timing = indexTiming(stripVTControlCharacters(log));
    expect(timing?.seconds).toBeGreaterThan(0);
    expect(Number.isFinite(timing?.readyBeforePagesSeconds)).toBe(true);
    const linked = (JSON.parse(readFileSync(join(env.BAOKU_SEARCH_CACHE, 'linked.json'), 'utf8')) as { folders: Record<string, string> }).folders;
    expect(Object.keys(linked).sort()).toEqual(['runtime/', ...shards.map((shard) => `shards/${shard}/`)].sort());
    expect(readdirSync(join(dist, 'pagefind/shards')).sort()).toEqual([...shards].sort());
    for (const [path, from] of Object.entries(linked)) expect(filesIn(join(dist, 'pagefind', path)), path).toEqual(filesIn(from));

    // With the output folder gone (a fresh checkout with Astro's cache restored, say), the cached pages are
    // hard-linked in rather than copied, and the site is the same.
    const before = new Map(untouched.map((path) => [path, page(path)]));
    const corrected = page('articles/2023-12-22-02-01/index.html');
    rmSync(dist, { recursive: true });
    const fresh = build();
    expect(fresh).toMatch(/linked \d+ pages from the last build's cache/u);
    expect(restored(fresh).size).toBe(0);
    for (const [path, text] of before) {
      expect(reused(fresh), path).toContain(path);
      expect(page(path), path).toBe(text);
      expect(statSync(join(dist, path)).ino, path).toBe(statSync(cachedCopy(path)).ino);
    }
    expect(page('articles/2023-12-22-02-01/index.html')).toBe(corrected);
    for (const id of deleted) expect(existsSync(join(dist, 'articles', id)), id).toBe(false);
  }, 180_000);
});
