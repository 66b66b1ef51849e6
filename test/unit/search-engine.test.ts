// The search engine's progressive, shard-by-shard search, over a stand-in for Pagefind with the same contract: one
// quoted part per search, filters (SHARD_FILTER picks the shard), date sort, filter counts once facets are loaded.
import { describe, expect, it } from 'vitest';
import { directoryFiles, shardsWithKeys } from '../../src/lib/search/directory.ts';
import { documentKeys, type KeySet } from '../../src/lib/search/document-keys.ts';
import { search, SHARD_FILTER, type Library, type Pagefind, type PagefindResult } from '../../src/lib/search/engine.ts';
import { documentGrams, GramHashes, PhraseFilterBuilder, shardsWithPhrases } from '../../src/lib/search/phrase-filter.ts';
import type { IndexedArticle } from '../../src/lib/search/records.ts';
import { testArticle } from '../helpers.ts';
import { remainingRanges, shardOf, shardRanges } from '../../src/lib/search/shards.ts';
import type { SearchState } from '../../src/lib/search/state.ts';

interface Doc {
  article: IndexedArticle;
  keys: KeySet;
}

function doc(id: string, text: string, reporters: string[] = [], section = '要闻'): Doc {
  const meta = testArticle({ id, paper: '荣昌报', headline: text.slice(0, 6), credits: reporters.map((r) => `记者 ${r}`), reporters, section, order: Number(id.slice(-2)) });
  const article = { meta, paragraphs: [text] };
  return { article, keys: documentKeys(article) };
}

const DOCS = [
  doc('2025-02-10-01-01', '志愿者在荣昌'),
  doc('2025-01-03-01-02', '志愿者服务'),
  // Every bigram of 荣昌志愿者 (2024) is in 2025 too, apart: 昌志 here, the others above.
  doc('2025-01-02-01-03', '昌志服务'),
  doc('2024-03-16-01-01', '荣昌志愿者', ['杨丽丹']),
  doc('2024-03-15-01-01', '杨丽丹采访志愿者'),
  doc('2024-01-05-01-01', '志愿者之家', ['杨丽丹'], '综合'),
  doc('2023-12-26-01-01', '卤鹅志愿者'),
  doc('2023-12-22-01-01', '卤鹅'),
  doc('2021-06-01-01-01', '志愿者'),
  // Two quarters of 2024 hold 竹刀.
  doc('2024-11-02-01-01', '竹刀比赛'),
  doc('2024-02-02-01-02', '竹刀'),
];
const SHARDS = ['2025-q1', '2024-q4', '2024-q1', '2023-q4', '2021-q2'];
const shardOfDoc = (d: Doc) => shardOf(d.article.meta.date);

/** A library over DOCS: records which shards were opened, and answers as Pagefind does. */
function fakeLibrary(withDirectory = true, articles: Record<string, number> = Object.fromEntries(SHARDS.map((s) => [s, DOCS.filter((d) => shardOfDoc(d) === s).length])), withPhrases = withDirectory): Library & { opened: string[] } {
  const opened: string[] = [];
  const files = directoryFiles(new Map(SHARDS.map((s) => [s, DOCS.filter((d) => shardOfDoc(d) === s).flatMap((d) => [...d.keys])])));
  const phrases = new PhraseFilterBuilder(SHARDS);
  for (const s of SHARDS) phrases.add(s, DOCS.filter((d) => shardOfDoc(d) === s).reduce((grams, d) => documentGrams(d.article, grams), new GramHashes()).distinct());
  const phraseFiles = phrases.files();
  const read = async (path: string) => phraseFiles.get(path) ?? null;
  let facets = false;
  const pagefind: Pagefind = {
    async search(query, options = {}) {
      const filters = options.filters ?? {};
      const words = query ? query.replace(/^"|"$/gu, '').split(' ') : [];
      const reporter = filters['reporter'] as string | { any: string[] } | undefined;
      const wanted = typeof reporter === 'string' ? [reporter] : reporter?.any;
      let found = DOCS.filter((d) => opened.includes(shardOfDoc(d)) && shardOfDoc(d) === filters[SHARD_FILTER] && words.every((w) => d.keys.has(w)));
      if (wanted) found = found.filter((d) => d.article.meta.reporters.some((r) => wanted.includes(r)));
      // “Relevance”: shorter text first; date order when asked.
      found.sort((a, b) => (options.sort ? b.article.meta.date.localeCompare(a.article.meta.date) : a.article.paragraphs[0]!.length - b.article.paragraphs[0]!.length));
      const counts = (key: 'reporter' | 'section') => {
        const c: Record<string, number> = {};
        for (const d of found) for (const v of key === 'reporter' ? d.article.meta.reporters : [d.article.meta.section!]) c[v] = (c[v] ?? 0) + 1;
        return c;
      };
      const results: PagefindResult[] = found.map((d) => ({
        id: d.article.meta.id,
        data: async () => ({ url: `/articles/${d.article.meta.id}/`, content: d.article.paragraphs[0]!, meta: { title: d.article.meta.headline }, filters: { reporter: d.article.meta.reporters, section: [d.article.meta.section!] } }),
      }));
      const filterCounts: Record<string, Record<string, number>> = facets ? { reporter: counts('reporter'), section: counts('section') } : {};
      return { results, filters: filterCounts };
    },
  };
  return {
    opened,
    shards: SHARDS,
    articles,
    async open(shards, withFacets) {
      for (const s of shards) if (!opened.includes(s)) opened.push(s);
      facets ||= withFacets;
      return pagefind;
    },
    shardsWithKeys: (keys) => (withDirectory ? shardsWithKeys(keys, async (path) => files.get(path) ?? null) : Promise.resolve(null)),
    shardsWithPhrases: (terms) =>
      withPhrases ? shardsWithPhrases(terms, { text: async (path) => (await read(path)) as string | null, bytes: async (path) => (await read(path)) as Uint8Array | null }) : Promise.resolve(null),
  };
}

const state = (q: string, more: Partial<SearchState> = {}): SearchState => ({ q, filters: { reporter: [], section: [], year: [] }, sort: 'relevance', ...more });
const urlsOf = async (o: { total: number; hits(a: number, b: number): Promise<{ url: string }[]> }) => (await o.hits(0, o.total)).map((h) => h.url.slice(10, 26));

describe('progressive search, newest shard first', () => {
  it('stops once it has the results asked for, and says what is left', async () => {
    const lib = fakeLibrary();
    const outcome = await search(lib, state('志愿者'), { wanted: 2 });
    expect(lib.opened).toEqual(['2025-q1']);
    expect(outcome.total).toBe(2);
    expect(outcome.complete).toBe(false);
    expect(outcome.searched).toEqual(['2025-q1']);
    expect(outcome.remaining).toEqual(['2024-q1', '2023-q4', '2021-q2']);
    expect(outcome.facets.year).toEqual({ '2025': 2, '2024': null, '2023': null, '2021': null });

    await outcome.load(4);
    expect(outcome.searched).toEqual(['2025-q1', '2024-q1']);
    await outcome.load(Infinity);
    expect(outcome.complete).toBe(true);
    expect(await urlsOf(outcome)).toEqual(['2025-01-03-01-02', '2025-02-10-01-01', '2024-03-16-01-01', '2024-01-05-01-01', '2024-03-15-01-01', '2023-12-26-01-01', '2021-06-01-01-01']);
  });

  it('opens at most maxShards shards a step', async () => {
    const lib = fakeLibrary();
    const outcome = await search(lib, state('志愿者'), { wanted: 100, maxShards: 2 });
    expect(lib.opened).toEqual(['2025-q1', '2024-q1']);
    await outcome.load(100, 1);
    expect(lib.opened).toEqual(['2025-q1', '2024-q1', '2023-q4']);
  });

  it('stops after one shard once the shards opened hold maxArticles articles: a big shard is answer enough', async () => {
    const sizes = (q1: number, q2: number, q3: number) => ({ '2025-q1': q1, '2024-q4': 100, '2024-q1': q2, '2023-q4': q3, '2021-q2': 100 });
    const big = fakeLibrary(true, sizes(9000, 8000, 100));
    const outcome = await search(big, state('志愿者'), { wanted: 100, maxShards: 3, maxArticles: 5000 });
    expect(big.opened).toEqual(['2025-q1']);
    expect(outcome.remaining).toEqual(['2024-q1', '2023-q4', '2021-q2']);
    // Unless the big shard found nothing: then the next shard that may hold it is opened, up to maxShards.
    const keysOnly = fakeLibrary(true, sizes(9000, 8000, 100), false);
    const found = await search(keysOnly, state('荣昌志愿者'), { wanted: 100, maxShards: 3, maxArticles: 5000 });
    expect(keysOnly.opened).toEqual(['2025-q1', '2024-q1']);
    expect(found.total).toBe(1);
    const small = fakeLibrary(true, sizes(1000, 1000, 4000));
    await search(small, state('志愿者'), { wanted: 100, maxShards: 3, maxArticles: 5000 });
    expect(small.opened).toEqual(['2025-q1', '2024-q1', '2023-q4']);
  });

  it('a year searched in part counts what was found so far, and says it is a lower bound', async () => {
    const lib = fakeLibrary();
    const outcome = await search(lib, state('竹刀'), { wanted: 1 });
    expect(lib.opened).toEqual(['2024-q4']);
    expect(outcome.remaining).toEqual(['2024-q1']);
    expect(outcome.facets.year).toEqual({ '2024': 1 });
    expect(outcome.facets.yearsInPart).toEqual(['2024']);
    await outcome.load(Infinity);
    expect(outcome.facets.year).toEqual({ '2024': 2 });
    expect(outcome.facets.yearsInPart).toEqual([]);
  });

  it('gives the hits one by one too, in the same order: the first is ready while a later fragment still loads', async () => {
    const lib = fakeLibrary();
    const pagefind = await lib.open([], false);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The second result's fragment is held back until the first hit has been read.
    const slowSecond: Pagefind = {
      async search(query, options) {
        const response = (await pagefind.search(query, options))!;
        return { ...response, results: response.results.map((r, i) => (i === 1 ? { ...r, data: async () => (await held, r.data()) } : r)) };
      },
    };
    const outcome = await search({ ...lib, open: async (shards, facets) => (await lib.open(shards, facets), slowSecond) }, state('志愿者'), { wanted: 2 });
    const [first, second] = outcome.hitsEach(0, 2);
    const settled: string[] = [];
    void second!.then(() => settled.push('second'));
    expect((await first!).url).toBe('/articles/2025-01-03-01-02/');
    expect(settled).toEqual([]);
    release();
    expect((await second!).url).toBe('/articles/2025-02-10-01-01/');
    expect((await outcome.hits(0, 2)).map((h) => h.url)).toEqual(['/articles/2025-01-03-01-02/', '/articles/2025-02-10-01-01/']);
  });

  it('hands over the first matches before it searches older shards for the rest of its step, and only then', async () => {
    const lib = fakeLibrary();
    const seen: { opened: string[]; total: number; first: string }[] = [];
    const outcome = await search(lib, state('志愿者'), { wanted: 4, maxShards: 3 }, async (partial) => {
      seen.push({ opened: [...lib.opened], total: partial.total, first: (await partial.hitsEach(0, 1)[0]!).url });
    });
    // 2025 holds two: handed over while 2024's shard is still unopened; the step then went on to fill its four.
    expect(seen).toEqual([{ opened: ['2025-q1'], total: 2, first: '/articles/2025-01-03-01-02/' }]);
    expect(lib.opened).toEqual(['2025-q1', '2024-q1']);
    expect(outcome.total).toBe(5);

    // A step that ends with the shard that found them, or finds nothing, has nothing to hand over early.
    const calls: number[] = [];
    const count = async (partial: { total: number }) => void calls.push(partial.total);
    await search(fakeLibrary(), state('志愿者'), { wanted: 2 }, count);
    await search(fakeLibrary(), state('志愿者'), { wanted: 100, maxShards: 1 }, count);
    await search(fakeLibrary(), state('量子'), { wanted: 100 }, count);
    expect(calls).toEqual([]);
    // Without a directory, shards that find nothing come first: the first with matches is the one handed over.
    const old = fakeLibrary(false);
    await search(old, state('卤鹅'), { wanted: 100 }, async (partial) => void seen.push({ opened: [...old.opened], total: partial.total, first: '' }));
    expect(seen.at(-1)).toEqual({ opened: SHARDS.slice(0, 4), total: 2, first: '' });
    expect(old.opened).toEqual(SHARDS);
  });

  it('opens only the shards the directory allows; without a directory, every shard in turn', async () => {
    const lib = fakeLibrary();
    const outcome = await search(lib, state('卤鹅'));
    expect(lib.opened).toEqual(['2023-q4']);
    expect(outcome.complete).toBe(true);
    expect(outcome.total).toBe(2);
    expect(outcome.facets.year).toEqual({ '2023': 2 });

    const none = fakeLibrary();
    expect((await search(none, state('量子'))).complete).toBe(true);
    expect(none.opened).toEqual([]);

    const old = fakeLibrary(false);
    const fallback = await search(old, state('卤鹅'), { wanted: 20, maxShards: 3 });
    expect(old.opened).toEqual(SHARDS.slice(0, 3));
    await fallback.load(Infinity);
    expect(old.opened).toEqual(SHARDS);
    expect(fallback.total).toBe(2);
  });

  it('opens only the shards the phrase filter allows: a shard that holds a phrase’s bigrams apart is passed over', async () => {
    const lib = fakeLibrary();
    const outcome = await search(lib, state('荣昌志愿者'), { wanted: 20, maxShards: 1 });
    expect(lib.opened).toEqual(['2024-q1']);
    expect(outcome.total).toBe(1);
    expect(outcome.complete).toBe(true);

    // The directory alone lets 2025 in: its first shard then finds nothing.
    const keysOnly = fakeLibrary(true, undefined, false);
    const first = await search(keysOnly, state('荣昌志愿者'), { wanted: 20, maxShards: 1 });
    expect(keysOnly.opened).toEqual(['2025-q1']);
    expect(first.total).toBe(0);
    expect(first.remaining).toEqual(['2024-q1']);
  });

  it('a traditional query folds before the directory is asked', async () => {
    const lib = fakeLibrary();
    const outcome = await search(lib, state('滷鵝'));
    expect(outcome.total).toBe(2);
    expect(lib.opened).toEqual(['2023-q4']);
  });

  it('in date order, the shards in turn give exactly the newest first', async () => {
    const outcome = await search(fakeLibrary(), state('志愿者', { sort: 'date' }), { wanted: 3 });
    expect(await urlsOf(outcome)).toEqual(['2025-02-10-01-01', '2025-01-03-01-02', '2024-03-16-01-01', '2024-03-15-01-01', '2024-01-05-01-01']);
  });

  it('the year filter picks the shards of those years; the year facet still lists the others, uncounted', async () => {
    const lib = fakeLibrary();
    const outcome = await search(lib, state('志愿者', { filters: { reporter: [], section: [], year: ['2023'] } }));
    expect(lib.opened).toEqual(['2023-q4']);
    expect(outcome.complete).toBe(true);
    expect(outcome.facets.year).toEqual({ '2025': null, '2024': null, '2023': 1, '2021': null });
  });

  it('a credited name lists the person’s own articles first, in the shards where the directory says they are credited', async () => {
    const outcome = await search(fakeLibrary(), state('杨丽丹'));
    expect(await urlsOf(outcome)).toEqual(['2024-03-16-01-01', '2024-01-05-01-01', '2024-03-15-01-01']);
  });

  it('counts reporters and sections of the shards searched only when asked', async () => {
    const lib = fakeLibrary();
    const outcome = await search(lib, state('志愿者'), { wanted: 3 });
    expect(outcome.facetsLoaded).toBe(false);
    expect(outcome.facets.reporter).toEqual({});
    await outcome.loadFacets();
    expect(outcome.facets.reporter).toEqual({ 杨丽丹: 2 });
    expect(outcome.facets.section).toEqual({ 要闻: 4, 综合: 1 });
    await outcome.load(Infinity);
    expect(outcome.facets.section).toEqual({ 要闻: 6, 综合: 1 });
  });

  it('names the shards searched as ranges of whole years, or of months where a year is searched in part', () => {
    const whole = ['2025-q1', '2024-q4', '2023-q2', '2020-q3', '2018-q1', '2017-q1'];
    expect(shardRanges(whole, whole)).toBe('2023–2025、2020、2017–2018 年');
    expect(shardRanges(['2024-q4'], whole)).toBe('2024 年');
    const quarters = ['2027-q4', '2027-q3', '2027-q2', '2027-q1', '2026-q4', '2026-q3', '2026-q2', '2026-q1', '2025-q4'];
    expect(shardRanges(['2027-q4'], quarters)).toBe('2027 年 10–12 月');
    expect(shardRanges(['2027-q4', '2027-q3'], quarters)).toBe('2027 年 7–12 月');
    expect(shardRanges(['2027-q3', '2027-q1', '2026-q4', '2026-q3', '2026-q2', '2026-q1', '2025-q4'], quarters)).toBe('2027 年 1–3、7–9 月、2025–2026 年');
    expect(shardRanges(['2027-q4', '2026-q4', '2026-q3', '2026-q2', '2026-q1', '2025-q4'], quarters)).toBe('2027 年 10–12 月、2025–2026 年');
    expect(shardRanges(['2024-q4', '2020-q3', '2018-q1'], whole)).toBe('2024、2020、2018 年');
  });

  it('names what is left as whole years, or as the years and how many quarters when some year is left in part', () => {
    const quarters = ['2027-q4', '2027-q3', '2027-q2', '2027-q1', '2026-q4', '2026-q3', '2026-q2', '2026-q1', '2025-q4', '2023-q2'];
    expect(remainingRanges(['2026-q4', '2026-q3', '2026-q2', '2026-q1', '2025-q4', '2023-q2'], quarters)).toBe('2025–2026、2023 年');
    expect(remainingRanges(['2027-q1', '2026-q4', '2026-q3', '2026-q2', '2026-q1', '2025-q4', '2023-q2'], quarters)).toBe('2025–2027、2023 年中的 7 个季度');
  });

  it('puts an article in the quarter of its date', () => {
    expect(['2024-01-01', '2024-03-31', '2024-04-01', '2024-09-30', '2024-12-31'].map(shardOf)).toEqual(['2024-q1', '2024-q1', '2024-q2', '2024-q3', '2024-q4']);
  });
});
