// The last build's output is moved aside and deleted in the background, but for the pages a finished build left,
// which Astro reuses where they are; those no route makes any more are removed. The build itself is in
// incremental-build.test.ts.
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveOutputAside, removeUnmadePages, takeOutputRecord, writeOutputRecord } from '../../src/integrations/output-dir.ts';
import { temporaryFolder } from '../helpers.ts';

async function gone(path: string): Promise<boolean> {
  for (let i = 0; i < 100 && existsSync(path); i++) await new Promise((r) => setTimeout(r, 100));
  return !existsSync(path);
}

describe('moveOutputAside', () => {
  it('empties the output folder at once, keeps .git, and deletes the old output and earlier leftovers in the background', async () => {
    const root = temporaryFolder('baoku-outdir-');
    const dist = join(root, 'dist');
    for (let i = 0; i < 50; i++) {
      mkdirSync(join(dist, 'articles', String(i)), { recursive: true });
      writeFileSync(join(dist, 'articles', String(i), 'index.html'), '<p>旧</p>');
    }
    writeFileSync(join(dist, 'index.html'), '<p>旧</p>');
    mkdirSync(join(dist, '.git'));
    const leftover = join(root, 'dist.baoku-old-1-1');
    mkdirSync(join(leftover, 'articles'), { recursive: true });

    const trash = moveOutputAside(dist);
    expect(readdirSync(dist)).toEqual(['.git']);
    expect(trash && readdirSync(trash).sort()).toEqual(['articles', 'index.html']);
    expect(await gone(trash!)).toBe(true);
    expect(await gone(leftover)).toBe(true);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('does nothing to an output folder that is missing or empty', () => {
    const root = temporaryFolder('baoku-outdir-');
    expect(moveOutputAside(join(root, 'dist'))).toBeNull();
    mkdirSync(join(root, 'dist'));
    expect(moveOutputAside(join(root, 'dist'))).toBeNull();
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('keeps the names it is told to keep', async () => {
    const root = temporaryFolder('baoku-outdir-');
    const dist = join(root, 'dist');
    for (const name of ['articles', '_astro', 'pagefind']) mkdirSync(join(dist, name), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<p>旧</p>');
    const trash = moveOutputAside(dist, new Set(['articles', 'index.html']));
    expect(readdirSync(dist).sort()).toEqual(['articles', 'index.html']);
    expect(await gone(trash!)).toBe(true);
  });
});

describe('the record of a finished build', () => {
  function setUp() {
    const root = temporaryFolder('baoku-outdir-');
    const cache = join(root, 'cache');
    const dist = join(root, 'dist');
    mkdirSync(cache);
    mkdirSync(dist);
    writeFileSync(join(cache, 'incremental-build.json'), '{"version":1}');
    return { cache, dist };
  }

  it('gives the pages back once, for the same folder and an unchanged Astro manifest', () => {
    const { cache, dist } = setUp();
    writeOutputRecord(cache, dist, ['index.html', 'articles/a/index.html']);
    expect(takeOutputRecord(cache, join(dist, '..', 'other'))).toBeNull();
    writeOutputRecord(cache, dist, ['index.html', 'articles/a/index.html']);
    expect(takeOutputRecord(cache, dist)).toEqual(['index.html', 'articles/a/index.html']);
    // Taken: a build that stops half-way leaves no record, and the next one trusts nothing.
    expect(takeOutputRecord(cache, dist)).toBeNull();
  });

  it('trusts nothing once Astro has written its manifest since', () => {
    const { cache, dist } = setUp();
    writeOutputRecord(cache, dist, ['index.html']);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(cache, 'incremental-build.json'), later, later);
    expect(takeOutputRecord(cache, dist)).toBeNull();
  });
});

describe('removeUnmadePages', () => {
  it('removes the pages no route made, and the folders that leaves empty, but not the output folder', () => {
    const root = temporaryFolder('baoku-outdir-');
    const dist = join(root, 'dist');
    const page = (path: string) => {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), 'x');
      return join(dist, path);
    };
    const found = [page('index.html'), page('articles/a/index.html'), page('articles/b/index.html'), page('issues/2023-12-26/1/index.html')];
    const removed = removeUnmadePages(found, new Set([found[0]!, found[1]!]), dist);
    expect(removed).toEqual(found.slice(2));
    expect(readdirSync(dist).sort()).toEqual(['articles', 'index.html']);
    expect(readdirSync(join(dist, 'articles'))).toEqual(['a']);
  });
});
