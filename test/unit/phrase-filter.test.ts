import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../src/lib/search/bigrams.ts';
import { foldToSimplified } from '../../src/lib/search/fold.ts';
import { documentGrams, GramHashes, newOffsets, placeBits, gramHash, gramsOf, lookupGrams, PHRASE_MANIFEST, PhraseFilterBuilder, PHRASES, yearsWithPhrases, type PhraseLoader } from '../../src/lib/search/phrase-filter.ts';
import type { IndexedArticle } from '../../src/lib/search/records.ts';
import type { ArticleMeta } from '../../src/lib/schema.ts';

function article(date: string, paragraphs: string[], headline = '标题'): IndexedArticle {
  const meta: ArticleMeta = {
    id: `${date}-01-01`, paper: '荣昌报', headline, headlineInferred: false, kicker: null, subheadline: null, byline: null,
    credits: [], reporters: [], correspondents: [], photographers: [], interns: [], date, dateEstimated: false, section: null,
    page: 1, order: 1, captions: [], continuedFrom: null, continuesTo: null, source: { file: 'x.txt', lines: [1, 2] }, alsoFrom: [],
  };
  return { meta, paragraphs };
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

const lookUp = (q: string, load: PhraseLoader) => yearsWithPhrases(queryTerms(foldToSimplified(q)), load);

describe('gramsOf, lookupGrams and the document’s grams', () => {
  it('takes three or four characters in a row within each run of Han characters, counting a character outside the BMP once', () => {
    expect(gramsOf('荣昌卤鹅，好吃', 3)).toEqual(['荣昌卤', '昌卤鹅']);
    expect(gramsOf('荣昌卤鹅，好吃', 4)).toEqual(['荣昌卤鹅']);
    expect(gramsOf('2024年荣昌区', 3)).toEqual(['年荣昌', '荣昌区']);
    expect(gramsOf('𠀀荣昌', 3)).toEqual(['𠀀荣昌']);
    expect(gramsOf('荣昌 卤鹅', 3)).toEqual([]);
  });

  it('looks up a run of three as it is, a longer one by its 4-grams (those that cover it first), six at most', () => {
    expect(lookupGrams(['杨丽丹'])).toEqual(['杨丽丹']);
    expect(lookupGrams(['冶金增加'])).toEqual(['冶金增加']);
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
      fc.property(fc.nat({ max: 2 ** 32 - 1 }), fc.integer({ min: 12, max: 27 }), (hash, bits) => {
        const offsets = newOffsets();
        const slice = placeBits(hash, bits, offsets);
        expect(slice).toBeGreaterThanOrEqual(0);
        expect(slice).toBeLessThan(2 ** (bits - 12));
        expect(new Set(offsets).size).toBe(4);
        for (const offset of offsets) expect(offset).toBeLessThan(4096);
      }),
    );
  });
});

describe('yearsWithPhrases', () => {
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

  it('finds traditional text by its simplified query, and the headline as it is', async () => {
    expect(await lookUp('荣昌县城', load)).toEqual(['2025']);
    expect(await lookUp('榮昌縣', load)).toEqual(['2025']);
    expect(await lookUp('卤鹅飘香', load)).toEqual(['2025']);
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

  it('fetches the manifest and one slice per gram looked up; a small archive has one slice of 512 bytes a year', async () => {
    const counted = filterOf(years);
    await lookUp('道成冶金增加', counted);
    expect(counted.asked[0]).toBe(PHRASE_MANIFEST);
    expect(counted.asked.slice(1).every((path) => path.startsWith(PHRASES) && path.endsWith('.bin'))).toBe(true);
    expect(counted.asked).toHaveLength(1 + lookupGrams(['道成冶金增加']).length);
    expect(JSON.parse(counted.files.get(PHRASE_MANIFEST) as string)).toEqual({ version: 1, years: ['2016', '2024', '2025'], bits: 12 });
    expect([...counted.files.values()].filter((f) => f instanceof Uint8Array).map((f) => f.length)).toEqual([3 * 512]);
  });

  it('never leaves out a year that holds the phrase (any text, any phrase cut from it)', async () => {
    // Few distinct characters, so that bigrams and trigrams recur across years, as in real text.
    const text = fc.string({ unit: fc.constantFrom(...'荣昌区卤鹅的是了，。和在'), minLength: 3, maxLength: 40 });
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
});
