import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termQueries, queryTerms } from '../../src/lib/search/bigrams.ts';
import { bucketPath, directoryFiles, TermDirectoryBuilder, hashOf, keyOf, MANIFEST, personKey, queryKeys, readManifest, shardKeys, shardsContaining, shardsWithKeys, type DirectoryLoader } from '../../src/lib/search/directory.ts';
import { documentKeys, KeySet } from '../../src/lib/search/document-keys.ts';
import { foldToSimplified } from '../../src/lib/search/fold.ts';
import { unescapeHtml } from '../../src/lib/search/highlight.ts';
import { searchDocument, type IndexedArticle } from '../../src/lib/search/records.ts';
import type { ArticleMeta } from '../../src/lib/schema.ts';
import { testArticle } from '../helpers.ts';

function article(id: string, paragraphs: string[], extra: Partial<ArticleMeta> = {}): IndexedArticle {
  return { meta: testArticle({ id, paper: '荣昌报', headline: paragraphs[0]?.slice(0, 8) || '标题', ...extra }), paragraphs };
}

/** What Pagefind reads as words in a search document: the text of the title meta and of the body, split at spaces. */
function indexedWords(html: string): Set<string> {
  const texts = [...html.matchAll(/<span data-pagefind-meta="title">([^<]*)<\/span>|<p>([^<]*)<\/p>/gu)].map((m) => unescapeHtml(m[1] ?? m[2] ?? ''));
  return new Set(texts.flatMap((t) => t.split(' ')).filter((w) => /[\p{L}\p{N}]/u.test(w)).map(keyOf));
}

/** A loader over files in memory, counting what it was asked for. */
function memoryLoader(files: Map<string, string>): DirectoryLoader & { asked: string[] } {
  const asked: string[] = [];
  const load = async (path: string) => {
    asked.push(path);
    return files.get(path) ?? null;
  };
  return Object.assign(load, { asked });
}

const partsOf = (q: string) => queryTerms(foldToSimplified(q)).flatMap(termQueries);

describe('keyOf', () => {
  it('folds a word as Pagefind compares words, plain Han and ASCII words included', () => {
    expect(keyOf('报讯')).toBe('报讯');
    expect(keyOf('Baoku2024')).toBe('baoku2024');
    expect(keyOf('Café')).toBe('cafe');
    expect(keyOf('\uF900')).toBe('\u8C48'); // a CJK compatibility ideograph, unified by NFD
    expect(keyOf('ガ')).toBe('ガ'); // kana voicing marks are kept
    // Against the whole rule, for words of every kind of character the index meets.
    const pagefindWord = (word: string) => {
      const stripped = word.toLowerCase().normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
      return /[\u3099\u309A]/u.test(stripped) ? stripped.normalize('NFC') : stripped;
    };
    const word = fc.string({ unit: fc.constantFrom(...'报讯一龥丂\uF900\uFA0E\u3400aZ09éÅガﾞ'), minLength: 1, maxLength: 4 });
    fc.assert(fc.property(word, (w) => {
      expect(keyOf(w)).toBe(pagefindWord(w));
    }), { numRuns: 2000 });
  });
});

describe('KeySet', () => {
  it('holds keys as a Set of strings would, those of common ideographs as numbers', () => {
    // The block's first and last ideographs, characters around it, and longer and mixed keys.
    const key = fc.string({ unit: fc.constantFrom(...'一丁龥鿿〇㐀豈a9@', '𠀀'), minLength: 1, maxLength: 3 });
    fc.assert(fc.property(fc.array(key, { maxLength: 30 }), fc.array(key, { maxLength: 10 }), (added, asked) => {
      const keys = new KeySet();
      for (const k of added) keys.add(k);
      const expected = new Set(added);
      expect(new Set(keys)).toEqual(expected);
      expect([...keys]).toHaveLength(expected.size);
      expect(keys.size).toBe(expected.size);
      for (const k of [...added, ...asked]) expect(keys.has(k), k).toBe(expected.has(k));
      // As the directory takes them: the keys of one or two code units as numbers that sort as the strings do.
      const { short, long } = keys.shardKeys();
      const shortKeys = [...short].map((n) => String.fromCharCode(...[n >>> 16, n & 0xffff].filter(Boolean)));
      expect(shortKeys).toEqual([...expected].filter((k) => k.length <= 2).sort());
      expect(long).toEqual([...expected].filter((k) => k.length > 2).sort());
      expect(keys.shardKeys()).toEqual(shardKeys(new Uint32Array(), expected));
    }), { numRuns: 1000 });
  });
});

describe('document keys', () => {
  it('are the words Pagefind indexes for the article (body, character set, title meta) plus the people it credits', () => {
    // Common ideographs in runs, cut straight from the text, beside the Han characters that send a text the long
    // way (Extension A 㐀 and B 𠀀, a compatibility ideograph 豈, 〇, 々, the radical ⺀ that is Han but no word), a
    // combining mark, Latin words and punctuation.
    const text = fc.stringMatching(/^[\u4e00-\u4e1f榮區麗報，。“”、 a-zA-Z0-9éÅ·《》()\-〇㐀𠀀豈々⺀\u0301]{1,40}$/u);
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), text, fc.option(text), (paragraphs, headline, caption) => {
      const a = article('2024-01-05-01-01', paragraphs, { headline, captions: caption ? [caption] : [], reporters: ['杨丽丹'], credits: ['本报记者 杨丽丹'] });
      const keys = documentKeys(a);
      const expected = indexedWords(searchDocument(a));
      expected.add(personKey('杨丽丹'));
      expect(new Set(keys)).toEqual(expected);
      expect(keys.size).toBe(expected.size);
    }), { numRuns: 500 });
  });

  it('hold every key a query for a substring of the text asks for, traditional or simplified', () => {
    // Han text only: a piece of a Latin word is not a word Pagefind finds (its quoted words match whole words).
    const text = fc.stringMatching(/^[\u4e00-\u4e0f榮區麗報，。 ]{2,40}$/u);
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, i, n) => {
      const chars = [...t];
      const start = i % chars.length;
      const q = chars.slice(start, start + 1 + (n % 6)).join('');
      const keys = documentKeys(article('2024-01-05-01-01', [t]));
      for (const key of queryKeys(partsOf(q))) expect(keys.has(key), `${q} in ${t}: ${key}`).toBe(true);
    }), { numRuns: 300 });
  });

  it('fold traditional characters and lower-case other words, as the index does', () => {
    const keys = documentKeys(article('2024-01-05-01-01', ['榮昌區 AI識別']));
    for (const key of ['荣昌', '昌区', '荣', '区', 'ai', '识别', '识']) expect(keys.has(key), key).toBe(true);
    expect(keys.has('AI')).toBe(false);
    expect(queryKeys(partsOf('榮昌 AI'))).toEqual(['荣昌', 'ai']);
  });
});

describe('the directory', () => {
  const byYear = new Map([
    ['2023', documentKeys(article('2023-12-22-02-01', ['荣昌卤鹅是名吃', '杨丽']))],
    ['2024', documentKeys(article('2024-01-05-01-01', ['荣昌区志愿者', '丽丹']))],
    ['2025', documentKeys(article('2025-02-10-01-01', ['志愿者服务 AI'], { reporters: ['杨丽丹'] }))],
  ]);
  const files = directoryFiles(byYear);

  it('is the same whatever order the years arrive in (the build adds each as its index is done)', () => {
    const builder = new TermDirectoryBuilder(['2025', '2023', '2024']);
    for (const year of ['2024', '2025', '2023']) builder.add(year, byYear.get(year)!);
    expect(builder.files()).toEqual(files);
    expect(() => builder.add('1999', ['x'])).toThrow(/1999/u);
  });

  it('lists a bucket\'s keys in order, short and long together, from keys given as strings or as numbers, sorted or not', () => {
    // Keys of one and two code units (numbers to the builder) and longer ones, each a prefix of the next, and a key
    // in a surrogate pair; few enough for one bucket, so its lines can be written out here.
    const keys2023 = ['荣昌区', '荣', 'a', '@杨丽丹', '荣昌', 'abc', 'ab', '𠀀', 'b'];
    const keys2024 = ['ab', '荣昌', 'zz', 'abcd'];
    const expected = [...new Set([...keys2023, ...keys2024])]
      .map((key) => `${key}\t${(keys2023.includes(key) ? 1 : 0) | (keys2024.includes(key) ? 2 : 0)}`)
      .sort();
    const asStrings = directoryFiles(new Map([['2023', keys2023], ['2024', keys2024]]));
    expect(asStrings.get(bucketPath('荣', 1))).toBe(`${expected.join('\n')}\n`);
    const builder = new TermDirectoryBuilder(['2023', '2024']);
    builder.add('2023', shardKeys(new Uint32Array(), keys2023));
    // As a damaged cache might give them: out of order and repeated.
    const sorted = shardKeys(new Uint32Array(), keys2024);
    builder.add('2024', { short: sorted.short.slice().reverse(), long: [...sorted.long, ...sorted.long] });
    expect(builder.files()).toEqual(asStrings);
  });

  it('gives exactly the years that hold every key of the query', async () => {
    const years = (q: string) => shardsContaining(partsOf(q), memoryLoader(files));
    expect(await years('荣昌')).toEqual(['2023', '2024']);
    expect(await years('志愿者')).toEqual(['2024', '2025']);
    expect(await years('卤鹅')).toEqual(['2023']);
    expect(await years('鹅')).toEqual(['2023']);
    expect(await years('ai')).toEqual(['2025']);
    expect(await years('荣昌 志愿者')).toEqual(['2024']);
    expect(await years('量子')).toEqual([]);
  });

  it('a phrase whose bigrams are in different years is in none (杨丽 in 2023, 丽丹 in 2024)', async () => {
    expect(await shardsContaining(partsOf('杨丽'), memoryLoader(files))).toEqual(['2023']);
    expect(await shardsContaining(partsOf('丽丹'), memoryLoader(files))).toEqual(['2024']);
    expect(await shardsContaining(partsOf('杨丽丹'), memoryLoader(files))).toEqual([]);
  });

  it('folds a traditional query (榮昌 finds the years of 荣昌)', async () => {
    expect(await shardsContaining(partsOf('榮昌'), memoryLoader(files))).toEqual(['2023', '2024']);
  });

  it('knows where a person is credited', async () => {
    expect(await shardsWithKeys([personKey('杨丽丹')], memoryLoader(files))).toEqual(['2025']);
  });

  it('fetches the manifest and one bucket per key, nothing else', async () => {
    const load = memoryLoader(files);
    await shardsContaining(partsOf('志愿者'), load);
    const manifest = JSON.parse(files.get(MANIFEST)!) as { buckets: number };
    expect(load.asked.sort()).toEqual([MANIFEST, bucketPath('志愿', manifest.buckets), bucketPath('愿者', manifest.buckets)].sort());
  });

  it('without directory files (a site built without them), or with a bucket missing, any year may match: null', async () => {
    expect(await shardsContaining(partsOf('荣昌'), memoryLoader(new Map()))).toBeNull();
    const broken = new Map(files);
    const manifest = JSON.parse(files.get(MANIFEST)!) as { buckets: number };
    broken.delete(bucketPath('荣昌', manifest.buckets));
    expect(await shardsContaining(partsOf('荣昌'), memoryLoader(broken))).toBeNull();
    const newer = new Map(files).set(MANIFEST, JSON.stringify({ ...manifest, version: 99 }));
    expect(await readManifest(memoryLoader(newer))).toBeNull();
    // A query with no word asks nothing of the directory.
    expect(await shardsContaining([], memoryLoader(files))).toBeNull();
  });

  it('keeps buckets small at scale: a power of two of them, each key in the bucket its hash names, each year a bit', async () => {
    const keysByYear = new Map<string, string[]>();
    const years = Array.from({ length: 13 }, (_, i) => String(2013 + i));
    // 200,000 distinct keys spread over 13 years, and characters and bigrams (numbers to the builder) among them.
    const han = (k: number) => String.fromCharCode(0x4e00 + (k % 0x5200));
    for (const [i, year] of years.entries()) {
      keysByYear.set(year, Array.from({ length: 20_000 }, (_, k) => `k${(k * 13 + i * 7919) % 200_000}`));
      keysByYear.get(year)!.push(...Array.from({ length: 2_000 }, (_, k) => (k % 2 ? han(k * 7 + i) : han(k) + han(k + i))));
    }
    const big = directoryFiles(keysByYear);
    const manifest = JSON.parse(big.get(MANIFEST)!) as { buckets: number; shards: string[] };
    expect(manifest.shards).toEqual(years);
    expect(manifest.buckets & (manifest.buckets - 1)).toBe(0);
    expect(big.size).toBe(manifest.buckets + 1);
    const sizes = [...big].filter(([path]) => path !== MANIFEST).map(([, text]) => Buffer.byteLength(text));
    expect(Math.max(...sizes)).toBeLessThan(8 * 1024);
    for (const key of ['k0', 'k199999', 'k7919', han(7), han(14), han(21), han(0) + han(0), han(2) + han(3), han(1998) + han(2010)]) {
      const expected = years.filter((y) => keysByYear.get(y)!.includes(key));
      expect(await shardsWithKeys([key], memoryLoader(big)), key).toEqual(expected);
    }
    expect(hashOf('荣昌')).toBe(hashOf('荣昌'));
  });

  it('knows the shards of an archive longer than one number of bits holds (31 and 62 shards), whatever order they arrive in', async () => {
    const years = Array.from({ length: 70 }, (_, i) => String(1950 + i));
    // Each key is in the years whose index it divides, and `every` in all of them.
    const keysOf = (i: number) => ['every', ...[1, 2, 3, 5, 7, 30, 31, 32, 62, 63].filter((n) => i % n === 0).map((n) => `k${n}`)];
    const builder = new TermDirectoryBuilder(years);
    for (const i of [...years.keys()].reverse()) builder.add(years[i]!, keysOf(i));
    const files = builder.files();
    for (const key of ['every', 'k1', 'k2', 'k7', 'k30', 'k31', 'k32', 'k62', 'k63']) {
      expect(await shardsWithKeys([key], memoryLoader(files)), key).toEqual(years.filter((_, i) => keysOf(i).includes(key)));
    }
    expect(await shardsWithKeys(['k31', 'k2'], memoryLoader(files))).toEqual(['1950', '2012']);
  });
});
