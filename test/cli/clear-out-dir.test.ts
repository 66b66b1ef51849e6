// The last build's output is moved aside and deleted in the background, so Astro starts on an empty folder.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveOutputAside } from '../../src/integrations/clear-out-dir.ts';

async function gone(path: string): Promise<boolean> {
  for (let i = 0; i < 100 && existsSync(path); i++) await new Promise((r) => setTimeout(r, 100));
  return !existsSync(path);
}

describe('moveOutputAside', () => {
  it('empties the output folder at once, keeps .git, and deletes the old output and earlier leftovers in the background', async () => {
    const root = mkdtempSync(join(tmpdir(), 'baoku-outdir-'));
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
    const root = mkdtempSync(join(tmpdir(), 'baoku-outdir-'));
    expect(moveOutputAside(join(root, 'dist'))).toBeNull();
    mkdirSync(join(root, 'dist'));
    expect(moveOutputAside(join(root, 'dist'))).toBeNull();
    expect(readdirSync(root)).toEqual(['dist']);
  });
});
