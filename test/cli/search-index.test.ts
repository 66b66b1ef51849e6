// The shards' search indexes (a quarter each): built once into the cache, then found there while a shard's article
// files stay the same, so the daily rebuild re-indexes only the quarter that changed; each comes with its terms for
// the directory.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, readArticleFiles } from '../../src/integrations/search-index/build.ts';
import { INDEX_CHUNK_SIZE, runPagefind } from '../../src/integrations/search-index/shard-index.ts';
import { patchScript, SCRIPT_CHANGES } from '../../src/integrations/search-index/runtime-script.ts';
import { articleFile } from '../../src/lib/ingest/markdown.ts';
import type { Article } from '../../src/lib/schema.ts';
import { temporaryFolder, testArticle } from '../helpers.ts';

const token = `${Date.now()}${Math.random()}`.replace(/\D/gu, '');
const article = (id: string, text: string): Article => testArticle({ id, headline: `标题${token}`, paragraphs: [text] });

describe('buildSearchIndex', () => {
  it('builds each quarter once, finds it in the cache while its files are unchanged, and re-indexes only a changed quarter', async () => {
    const dir = temporaryFolder('baoku-index-');
    const articlesDir = join(dir, 'articles');
    const cacheDir = join(dir, 'cache');
    const write = (a: Article) => {
      mkdirSync(join(articlesDir, a.date.slice(0, 4)), { recursive: true });
      writeFileSync(join(articlesDir, a.date.slice(0, 4), `${a.id}.md`), articleFile(a));
    };
    write(article('2023-12-22-01-01', '卤鹅是荣昌名吃'));
    write(article('2024-03-15-01-01', '夏布织造技艺'));
    write(article('2024-03-15-01-02', '丙丁'));
    write(article('2024-11-02-01-01', '竹刀比赛'));
    const job = { articlesDir, base: '/baoku/', cacheDir, threads: 2 };

    const first = await buildSearchIndex(job);
    expect(first.shards.map((s) => [s.shard, s.articles, s.built])).toEqual([['2024-q4', 1, true], ['2024-q1', 2, true], ['2023-q4', 1, true]]);
    expect(existsSync(join(first.shards[0]!.dir, 'pagefind-entry.json'))).toBe(true);
    // The term directory knows which shard holds which terms (a bit each, the oldest shard the lowest).
    const directory = new Map(first.directory);
    const lines = [...directory.values()].join('\n');
    expect(lines).toMatch(/^卤鹅\t1$/mu);
    expect(lines).toMatch(/^丙丁\t2$/mu);
    expect(lines).toMatch(/^竹刀\t4$/mu);

    // The runtime the search page starts on: Pagefind's script and WebAssembly, with an index of one document.
    expect(existsSync(join(first.runtime, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(first.runtime, 'wasm.unknown.pagefind'))).toBe(true);
    const runtimeEntry = JSON.parse(readFileSync(join(first.runtime, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(runtimeEntry.languages).map((l) => l.page_count)).toEqual([1]);
    // Its script has every change of runtime-script.ts: a new version of Pagefind whose code differs fails here,
    // rather than making shared links slower unnoticed.
    const script = readFileSync(join(first.runtime, 'pagefind.js'), 'utf8');
    for (const { to } of SCRIPT_CHANGES) expect(script).toContain(to);
    expect(script).not.toContain('Intl.getCanonicalLocales(this.loadedLanguage)');
    expect(script).not.toContain('while(this.primary.wasm===null)');
    expect(script.match(/asyncSleep\(\d+\)/gu)).toEqual(['asyncSleep(5)', 'asyncSleep(5)']);

    // Each shard's bitmap in the phrase filter is kept beside its index.
    const bitmapOf = (shard: (typeof first.shards)[number]) => {
      const entry = join(shard.dir, '..');
      const names = readdirSync(entry).filter((name) => name.endsWith('.bitmap'));
      expect(names, entry).toHaveLength(1);
      return join(entry, names[0]!);
    };
    first.shards.forEach(bitmapOf);

    const again = await buildSearchIndex(job);
    expect(again.runtime).toBe(first.runtime);
    expect(readdirSync(cacheDir)).toHaveLength(4);
    expect(again.shards.map((s) => s.built)).toEqual([false, false, false]);
    expect(again.shards.map((s) => s.dir)).toEqual(first.shards.map((s) => s.dir));
    // The same files, the phrase filter's made from the kept bitmaps.
    expect(again.directory).toEqual(first.directory);
    // And the kept bitmap is what the filter is made from: one with every bit set lets 2023 in for any phrase.
    const kept = bitmapOf(first.shards[2]!);
    const bits = readFileSync(kept);
    writeFileSync(kept, new Uint8Array(bits.length).fill(0xff));
    const everyBit = new Map((await buildSearchIndex(job)).directory);
    const slices = (files: Map<string, string | Uint8Array>) => [...files].filter(([path]) => path.endsWith('.bin'));
    expect(slices(everyBit)).not.toEqual(slices(new Map(first.directory)));
    writeFileSync(kept, bits);
    // Without its kept bitmap, a shard from the cache has it placed again from its gram hashes: the same files.
    rmSync(kept);
    expect((await buildSearchIndex(job)).directory).toEqual(first.directory);
    expect(readFileSync(kept)).toEqual(bits);

    write(article('2024-03-15-01-02', '戊己'));
    const changed = await buildSearchIndex(job);
    expect(changed.shards.map((s) => [s.shard, s.built])).toEqual([['2024-q4', false], ['2024-q1', true], ['2023-q4', false]]);
    expect(changed.shards[1]!.dir).not.toBe(first.shards[1]!.dir);
    expect([...new Map(changed.directory).values()].join('\n')).toMatch(/^戊己\t2$/mu);
    // No half-written entry is left beside the finished ones.
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  }, 60_000);

  it('cuts the word index into small files, so a query fetches less', async () => {
    const dir = temporaryFolder('baoku-chunks-');
    // 300 articles of 400 random bigrams each over a 60-character alphabet: ~3,600 words, ~120,000 positions.
    let seed = 1;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const alphabet = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所'];
    const documents = Array.from({ length: 300 }, (_, i) => ({
      url: `/articles/${i}/`,
      content: `<!doctype html><html lang="zz"><body><p>${Array.from({ length: 400 }, () => alphabet[random(60)]! + alphabet[random(60)]!).join(' ')}</p></body></html>`,
    }));
    const chunks = async (size: number | null) => {
      const out = join(dir, String(size));
      await runPagefind(documents, out, size);
      return readdirSync(join(out, 'index')).length;
    };
    const ours = await chunks(INDEX_CHUNK_SIZE);
    const pagefindDefault = await chunks(null);
    expect(pagefindDefault).toBeGreaterThan(2);
    expect(ours).toBeGreaterThanOrEqual(3 * pagefindDefault);
  }, 60_000);

  it('refuses an article file it cannot read, saying which file and what is wrong with it', () => {
    const dir = temporaryFolder('baoku-index-');
    writeFileSync(join(dir, 'a.md'), '没有前言的文章。\n');
    expect(() => readArticleFiles(dir)).toThrow(`${join(dir, 'a.md')} has no front matter: it must start with a line of three dashes, as ingest writes it.`);
    rmSync(join(dir, 'a.md'));
    writeFileSync(join(dir, 'b.md'), articleFile(article('2024-03-15-01-01', '正文。')).replace(/^order: 1\n/mu, ''));
    expect(() => readArticleFiles(dir)).toThrow(`${join(dir, 'b.md')}: order: is missing.`);
  });

  it('fails when Pagefind leaves out an article, which it only warns about', async () => {
    const out = join(temporaryFolder('baoku-chunks-'), 'index');
    const documents = [
      { url: '/articles/a/', content: '<!doctype html><html lang="zz"><body><p>卤鹅</p></body></html>' },
      { url: '/articles/b/', content: '<p>no html element</p>' },
    ];
    await expect(runPagefind(documents, out)).rejects.toThrow(/Pagefind indexed 1 of 2 articles/u);
  }, 60_000);

  it('writes where it is told, relative paths too, and takes none of Pagefind’s settings from the environment', async () => {
    // Below the working folder, so that the relative path means nothing from anywhere else.
    const dir = mkdtempSync(join('node_modules/.cache', 'baoku-pagefind-env-'));
    const documents = [{ url: '/articles/a/', content: '<!doctype html><html lang="zz"><body><p>卤鹅</p></body></html>' }];
    const saved = { ...process.env };
    // Each of these would change the index (its URLs, what it reads) or never return (a server).
    Object.assign(process.env, { PAGEFIND_KEEP_INDEX_URL: 'true', PAGEFIND_GLOB: 'none/*.html', PAGEFIND_SERVE: 'true' });
    try {
      await runPagefind(documents, join(dir, 'index'));
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    }
    const fragments = readdirSync(join(dir, 'index/fragment'));
    expect(fragments).toHaveLength(1);
    const fragment = JSON.parse(gunzipSync(readFileSync(join(dir, 'index/fragment', fragments[0]!))).toString('utf8').replace(/^pagefind_dcd/u, ''));
    expect(fragment.url).toBe('/articles/a/');
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('leaves Pagefind’s script as it is when one of the changed pieces is missing, rather than change half of it', () => {
    // The pieces as Pagefind 1.6 has them (getPtr's poll, mergeIndex, init, search): every change is made.
    const whole = [
      'while(this.raw_ptr===null){await asyncSleep(50);}',
      'while(this.primary.wasm===null){await asyncSleep(50);}await newInstance.init(options2.language||this.primaryLanguage,{load_wasm:false});',
      'await Promise.all(resources);this.raw_ptr=this.backend.init_pagefind(new Uint8Array(this.searchMeta));',
      'trueLanguage=Intl.getCanonicalLocales(this.loadedLanguage)[0];',
    ].join('');
    const patched = patchScript(whole);
    for (const { to } of SCRIPT_CHANGES) expect(patched).toContain(to);
    // Without the Segmenter's line (another version, say): nothing is changed, the polls of 50 ms included.
    const other = whole.replace('trueLanguage=Intl.getCanonicalLocales(this.loadedLanguage)[0];', '');
    expect(patchScript(other)).toBe(other);
  });
});
