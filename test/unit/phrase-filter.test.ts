import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../src/lib/search/bigrams.ts';
import { foldToSimplified } from '../../src/lib/search/fold.ts';
import { documentGrams, GramHashes, newOffsets, placeBits, gramHash, gramsOf, lookupGrams, PHRASE_MANIFEST, PhraseFilterBuilder, PHRASES, placeShard, shardsWithPhrases, type PhraseLoader } from '../../src/lib/search/phrase-filter.ts';
import type { IndexedArticle } from '../../src/lib/search/records.ts';
import { testArticle } from '../helpers.ts';

function article(date: string, paragraphs: string[], headline = '标题'): IndexedArticle {
  return { meta: testArticle({ id: `${date}-01-01`, paper: '荣昌报', headline }), paragraphs };
}

/** The filter's files for articles by year, and a loader over them that counts what it was asked for. */
function filterOf(byYear: Record<string, IndexedArticle[]>): PhraseLoader & { files: Map<string, string | Uint8Array>; asked: string[] } {
  const builder = new PhraseFilterBuilder(Object.keys(byYear));
  for (const [year, articles] of Object.entries(byYear)) {
    builder.add(year, articles.reduce((grams, a) => documentGrams(a, grams), new GramHashes()).distinct());
  }
  const files = builder.files();
  const asked: string[] = [];
  const get = async (path: string) => {
    asked.push(path);
    return files.get(path) ?? null;
  };
  return { files, asked, text: async (path) => (await get(path)) as string | null, bytes: async (path) => (await get(path)) as Uint8Array | null };
}

const lookUp = (q: string, load: PhraseLoader) => shardsWithPhrases(queryTerms(foldToSimplified(q)), load);

describe('gramsOf, lookupGrams and the document’s grams', () => {
  it('takes three or four characters in a row within each run of Han characters, counting a character outside the BMP once', () => {
    expect(gramsOf('荣昌卤鹅，好吃', 3)).toEqual(['荣昌卤', '昌卤鹅']);
    expect(gramsOf('荣昌卤鹅，好吃', 4)).toEqual(['荣昌卤鹅']);
    expect(gramsOf('2024年荣昌区', 3)).toEqual(['年荣昌', '荣昌区']);
    expect(gramsOf('𠀀荣昌', 3)).toEqual(['𠀀荣昌']);
    expect(gramsOf('荣昌 卤鹅', 3)).toEqual([]);
  });

  it('looks up a run of three as it is, a longer one by its 4-grams (those that cover it first), and by 3-grams while there are fewer than three; six at most', () => {
    expect(lookupGrams(['杨丽丹'])).toEqual(['杨丽丹']);
    expect(lookupGrams(['冶金增加'])).toEqual(['冶金增加', '冶金增', '金增加']);
    expect(lookupGrams(['冶金增加值'])).toEqual(['冶金增加', '金增加值', '冶金增']);
    expect(lookupGrams(['道成冶金增加'])).toEqual(['道成冶金', '冶金增加', '成冶金增']);
    expect(lookupGrams(['荣昌', '杨丽丹'])).toEqual(['杨丽丹']);
    expect(lookupGrams(['一二三四五六七八九十'])).toHaveLength(6);
    expect(lookupGrams(['卤鹅', 'Baoku'])).toEqual([]);
  });

  it('hashes a run of common ideographs as gramHash hashes each of its grams, whatever the path', () => {
    // The first run takes the fast path, the second (with a character outside the BMP) the other.
    const text = '荣昌卤鹅好吃，𠀀荣昌区县城';
    const expected = new Set([...gramsOf(text, 3), ...gramsOf(text, 4)].map(gramHash));
    expect(documentGrams(article('2025-01-01', [text], '标')).distinct()).toEqual(Uint32Array.from(expected).sort());
  });
});

describe('placeBits', () => {
  it('puts a gram’s four bits at distinct offsets of one slice, among as many slices as the bitmap has', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 32 - 1 }), fc.integer({ min: 10, max: 27 }), (hash, bits) => {
        const offsets = newOffsets();
        const slice = placeBits(hash, bits, offsets);
        expect(slice).toBeGreaterThanOrEqual(0);
        expect(slice).toBeLessThan(2 ** (bits - 10));
        expect(new Set(offsets).size).toBe(4);
        for (const offset of offsets) expect(offset).toBeLessThan(1024);
      }),
    );
  });
});

describe('shardsWithPhrases', () => {
  const years = {
    '2016': [article('2016-01-04', ['码头避之地，荆州一声哼萧道成冶金增加。'])],
    // Every bigram of 道成冶金增加 and of 冶金增加, none of the phrases.
    '2024': [article('2024-05-06', ['道成大业，成冶炼厂，冶金行业，金增值，增加收入。'])],
    '2025': [article('2025-03-01', ['榮昌縣城新貌'], '卤鹅飘香满城')],
  };
  const load = filterOf(years);

  it('keeps only the years that hold the phrase in a row, not those that hold its bigrams apart', async () => {
    expect(await lookUp('道成冶金增加', load)).toEqual(['2016']);
    expect(await lookUp('冶金增加', load)).toEqual(['2016']);
    expect(await lookUp('冶金行业', load)).toEqual(['2024']);
  });

  it('finds traditional text by its simplified query, and the headline as it is, unfolded', async () => {
    expect(await lookUp('荣昌县城', load)).toEqual(['2025']);
    expect(await lookUp('榮昌縣', load)).toEqual(['2025']);
    // The one chain in the fold table: 薴 folds to 苧, and 苧 to 苎. The query 薴麻布 asks for 苧麻布, which only the
    // title meta (the headline as printed, not folded) still holds; the folded body says 苎麻布.
    const chain = filterOf({ '2020': [article('2020-05-01', ['苧麻布厂'], '苧麻布厂')], '2021': [article('2021-05-01', ['纺织'])] });
    expect(foldToSimplified('薴麻布')).toBe('苧麻布');
    expect(await lookUp('薴麻布', chain)).toEqual(['2020']);
  });

  it('does not look up a gram with a character Pagefind drops (a Han-script mark): 荣昌 + mark still finds 荣昌', async () => {
    const marked = filterOf({ '2024': [article('2024-01-01', ['去荣昌。'])] });
    expect(lookupGrams(['荣昌\u{16FF0}'])).toEqual([]);
    expect(await lookUp('荣昌\u{16FF0}', marked)).toBeNull();
    expect(lookupGrams(['甲乙丙丁\u{16FF0}'])).toEqual(['甲乙丙丁', '甲乙丙', '乙丙丁']);
  });

  it('says nothing (null) for a query with no run of three characters, and fetches nothing for it', async () => {
    const quiet = filterOf(years);
    expect(await lookUp('荣昌 卤鹅', quiet)).toBeNull();
    expect(quiet.asked).toEqual([]);
  });

  it('says nothing (null) without a filter, or with a slice file missing', async () => {
    const none: PhraseLoader = { text: async () => null, bytes: async () => null };
    expect(await lookUp('道成冶金增加', none)).toBeNull();
    const broken: PhraseLoader = { text: load.text, bytes: async () => null };
    expect(await lookUp('道成冶金增加', broken)).toBeNull();
  });

  it('fetches the manifest and one slice per gram looked up; a small archive has one slice of 128 bytes a shard', async () => {
    const counted = filterOf(years);
    await lookUp('道成冶金增加', counted);
    expect(counted.asked[0]).toBe(PHRASE_MANIFEST);
    expect(counted.asked.slice(1).every((path) => path.startsWith(PHRASES) && path.endsWith('.bin'))).toBe(true);
    expect(counted.asked).toHaveLength(1 + lookupGrams(['道成冶金增加']).length);
    expect(JSON.parse(counted.files.get(PHRASE_MANIFEST) as string)).toEqual({ version: 2, shards: ['2016', '2024', '2025'], bits: 10 });
    expect([...counted.files.values()].filter((f) => f instanceof Uint8Array).map((f) => f.length)).toEqual([3 * 128]);
  });

  it('makes the same files from a shard given by its count of grams, with its bitmap found by bitmapOf, and none without', () => {
    const hashes = (list: IndexedArticle[]) => list.reduce((grams, a) => documentGrams(a, grams), new GramHashes()).distinct();
    const whole = filterOf(years).files;
    const byCount = new PhraseFilterBuilder(Object.keys(years));
    for (const [year, list] of Object.entries(years)) byCount.add(year, year === '2024' ? hashes(list).length : hashes(list));
    // As build.ts does with a bitmap kept from an earlier build: placed from the hashes the count stands for.
    expect(byCount.files((_, bits, given) => placeShard(given ?? hashes(years['2024']!), bits))).toEqual(whole);
    expect(() => byCount.files()).toThrow(/how many grams 2024 has/u);
  });

  it('never leaves out a year that holds the phrase (any text, any phrase cut from it), over one slice or many', async () => {
    // Few distinct characters, so that bigrams and grams recur across years, as in real text; with a character
    // outside the BMP (𠀀), a CJK compatibility ideograph (豈, U+F900) and traditional ones (榮區), so that both ways
    // of hashing and folding are taken. Long texts give thousands of grams: a bitmap of several slices.
    const unit = fc.constantFrom(...'荣昌区卤鹅的是了和在杨丽丹榮區豈', '𠀀', '，', '。');
    const text = fc.oneof(fc.string({ unit, minLength: 3, maxLength: 40 }), fc.string({ unit, minLength: 200, maxLength: 600 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), async (texts, pick, at) => {
        const byYear = Object.fromEntries(texts.map((list, i) => [String(2000 + i), list.map((t) => article(`${2000 + i}-01-01`, [t]))]));
        const all = texts.flat();
        const source = all[pick % all.length]!;
        const runs = source.match(/\p{Script=Han}{3,}/gu);
        if (!runs) return;
        const run = [...runs[pick % runs.length]!];
        const start = at % (run.length - 2);
        const phrase = run.slice(start, start + 3 + (at % (run.length - start - 2))).join('');
        const holding = Object.keys(byYear).filter((year) => byYear[year]!.some((a) => a.paragraphs[0]!.includes(phrase)));
        const found = await lookUp(phrase, filterOf(byYear));
        expect(found).not.toBeNull();
        for (const year of holding) expect(found).toContain(year);
      }),
      { numRuns: 200 },
    );
  });

  it('spreads a large archive over many slices and still tells its years apart', async () => {
    const chars = [...'荣昌区卤鹅的是了和在杨丽丹榮區中华人民共和国重庆市委员会议政府工作报告经济发展'];
    const random = fc.sample(fc.array(fc.constantFrom(...chars), { minLength: 4000, maxLength: 4000 }), { numRuns: 2, seed: 7 });
    const byYear = { '2001': [article('2001-01-01', [random[0]!.join('')])], '2002': [article('2002-01-01', [random[1]!.join('')])] };
    const load = filterOf(byYear);
    expect((JSON.parse(load.files.get(PHRASE_MANIFEST) as string) as { bits: number }).bits).toBeGreaterThan(12);
    for (let i = 0; i < 3900; i += 97) {
      const phrase = random[0]!.slice(i, i + 5).join('');
      expect(await lookUp(phrase, load), phrase).toContain('2001');
    }
    // A phrase in neither year is let in by few: four bits a gram, about two in five set.
    const absent = Array.from({ length: 200 }, (_, i) => `${chars[i % chars.length]}${chars[(i * 7) % chars.length]}${chars[(i * 13) % chars.length]}${chars[(i * 3) % chars.length]}`)
      .filter((p) => !random[0]!.join('').includes(p) && !random[1]!.join('').includes(p) && !/[榮區]/u.test(p));
    const passed = (await Promise.all(absent.map((p) => lookUp(p, load)))).filter((years) => years?.length).length;
    expect(passed / absent.length).toBeLessThan(0.15);
  });
});
