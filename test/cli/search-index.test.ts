// The yearly search indexes: built once into the cache, then found there while a year's articles stay the same, so
// the daily rebuild re-indexes only the year that changed; each comes with the year's terms for the directory.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closePagefind, indexYear } from '../../src/integrations/search-index/year-index.ts';
import type { ArticleMeta } from '../../src/lib/schema.ts';
import type { IndexedArticle } from '../../src/lib/search/records.ts';

afterAll(() => closePagefind());

const token = `${Date.now()}${Math.random()}`.replace(/\D/gu, '');
const article = (id: string, text: string): IndexedArticle => ({
  meta: {
    id, paper: '测试报', headline: `标题${token}`, headlineInferred: false, kicker: null, subheadline: null, byline: null, credits: [],
    reporters: [], correspondents: [], photographers: [], interns: [], date: '2024-03-15', dateEstimated: false, section: null, page: 1, order: 1,
    captions: [], continuedFrom: null, continuesTo: null, source: { file: 'raw/01.txt', lines: [1, 3] }, alsoFrom: [],
  } as ArticleMeta,
  paragraphs: [text],
});

describe('indexYear', () => {
  it('builds an index, finds it in the cache for the same articles, and rebuilds when one changes', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'baoku-index-'));
    const job = (articles: IndexedArticle[]) => ({ year: '2024', articles, base: '/baoku/', cacheDir });
    const first = await indexYear(job([article('2024-03-15-01-01', '卤鹅是荣昌名吃'), article('2024-03-15-01-02', '丙丁')]));
    expect(first.built).toBe(true);
    expect(existsSync(join(first.dir, 'pagefind-entry.json'))).toBe(true);
    expect(first.keys).toEqual(expect.arrayContaining(['卤鹅', '鹅是', '名吃', '鹅', '丙丁']));
    const again = await indexYear(job([article('2024-03-15-01-01', '卤鹅是荣昌名吃'), article('2024-03-15-01-02', '丙丁')]));
    expect(again).toMatchObject({ built: false, dir: first.dir });
    expect(again.keys.sort()).toEqual(first.keys.sort());
    const changed = await indexYear(job([article('2024-03-15-01-01', '卤鹅是荣昌名吃'), article('2024-03-15-01-02', '戊己')]));
    expect(changed.built).toBe(true);
    expect(changed.dir).not.toBe(first.dir);
    // No half-written entry is left beside the finished ones.
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
