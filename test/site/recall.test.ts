// The recall check: does the search page find every article that contains what a reader typed, and only those?
// Drives the page's own search (`window.baoku.search`, the code the search box runs) on the fixture site, and
// compares each answer with the truth worked out from the articles ingest wrote (search-corpus.ts): an article
// should be found exactly when its indexed text (kicker, headline, subheadline, byline, paragraphs, captions), or the
// name of someone it credits, contains the query. recall.json also gives the figures against the text alone.
//
//   npx vitest run test/site/recall.test.ts
//
// Queries, drawn with a fixed seed so every run asks the same ones:
//   - 300 random substrings of 2–6 consecutive Han characters of the articles (inside words, across words);
//   - every credited person's name (whose own articles must also come first, within each year);
//   - 50 random 2–4 character Han strings that occur in no article;
//   - 30 single Han characters of the articles.
// The figures go to the console and to test-results/recall.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT, type StaticServer } from './harness.ts';
import { serveFixtureSite } from './suite.ts';
import { seeded as prng } from '../../src/lib/bench/random.ts';
import { creditedTo, HAN, readCorpus, truthOf, type CorpusArticle } from './search-corpus.ts';

const BASE = '/baoku/';
const SEED = 20231222;
const RESULTS = join(ROOT, 'test-results');

type Kind = 'substring' | 'name' | 'absent' | 'character';
interface Query {
  kind: Kind;
  q: string;
}

/** The queries, always the same ones for the same articles. */
function drawQueries(corpus: CorpusArticle[]): Query[] {
  const random = prng(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const queries: Query[] = [];
  const seen = new Set<string>();
  const add = (kind: Kind, q: string) => {
    if (seen.has(`${kind} ${q}`)) return false;
    seen.add(`${kind} ${q}`);
    queries.push({ kind, q });
    return true;
  };
  const texts = corpus.map((a) => [...a.text]);
  const hanChars = [...new Set(texts.flat().filter((ch) => HAN.test(ch)))].sort();

  // Substrings: a random article, a random place in its text, 2–6 characters, all of them Han.
  for (let tries = 0, n = 0; n < 300; tries++) {
    if (tries > 100_000) throw new Error(`could only draw ${n} Han substrings`);
    const chars = pick(texts);
    const length = int(2, 6);
    const start = int(0, chars.length - length);
    const slice = chars.slice(start, start + length);
    if (slice.length === length && slice.every((ch) => HAN.test(ch)) && add('substring', slice.join(''))) n++;
  }
  // Names: everyone credited, in any role.
  for (const name of [...new Set(corpus.flatMap((a) => a.people))].sort()) add('name', name);
  // Absent strings: half made of characters the archive has (so each bigram's characters exist, just not together),
  // half from the whole CJK Unified Ideographs block. Checked folded, as the search page folds the query.
  for (let tries = 0, n = 0; n < 50; tries++) {
    if (tries > 100_000) throw new Error(`could only draw ${n} absent strings`);
    const length = int(2, 4);
    const chars = Array.from({ length }, () => (n % 2 === 0 ? pick(hanChars) : String.fromCodePoint(int(0x4e00, 0x9fff))));
    const q = chars.join('');
    if (!chars.every((ch) => HAN.test(ch))) continue;
    if (truthOf(corpus, q).size > 0) continue;
    if (add('absent', q)) n++;
  }
  // Single characters of the archive.
  for (let n = 0; n < 30; ) if (add('character', pick(hanChars))) n++;
  return queries;
}

interface Outcome {
  kind: Kind;
  q: string;
  truth: string[];
  got: string[];
  recall: number;
  precision: number;
  ms: number;
  /** For names: the person's own articles, and whether, in each year, they come before the year's other results. */
  own?: string[];
  ownFirst?: boolean;
  /** Results come newest year first (relevance orders them within a year), and every year was searched. */
  ordered: boolean;
}

let corpus: CorpusArticle[];
let server: StaticServer;
let browser: Browser;
let page: Page;

serveFixtureSite(BASE, async (served) => {
  ({ server, browser } = served);
  corpus = readCorpus(served.site.articlesDir, BASE);
  page = await browser.newPage();
  await page.goto(`${server.url}search/`);
  await page.waitForFunction(() => typeof (window as unknown as { baoku?: { search?: unknown } }).baoku?.search === 'function');
});

/**
 * Runs one query through the page's search, every year that can match (the page searches the newest first and older
 * ones on request), and returns every hit's URL, in order, and the time it took.
 */
async function run(q: string): Promise<{ urls: string[]; ms: number; complete: boolean }> {
  return page.evaluate(async (query) => {
    type Outcome = { total: number; complete: boolean; load(wanted: number): Promise<void>; hits(from: number, count: number): Promise<{ url: string }[]> };
    const baoku = (window as unknown as { baoku: { search(state: unknown): Promise<Outcome> } }).baoku;
    const started = performance.now();
    const outcome = await baoku.search({ q: query, filters: { reporter: [], section: [], year: [] }, sort: 'relevance' });
    await outcome.load(Infinity);
    const hits = await outcome.hits(0, outcome.total);
    return { urls: hits.map((h) => h.url), ms: performance.now() - started, complete: outcome.complete };
  }, q);
}

/** The year an article was printed in, from its URL (`/baoku/articles/2023-12-22-02-07/`). */
const yearOf = (url: string) => /articles\/(\d{4})-/u.exec(url)?.[1] ?? '';

describe('recall and precision of the search page on the fixture archive', () => {
  it('finds exactly the articles that contain each query: random substrings, names, absent strings, single characters', { timeout: 120_000 }, async () => {
    const queries = drawQueries(corpus);
    // Loading the index is not part of any query's time.
    await run('荣昌');

    const outcomes: Outcome[] = [];
    for (const { kind, q } of queries) {
      const truth = truthOf(corpus, q);
      const { urls, ms, complete } = await run(q);
      const got = new Set(urls);
      const both = [...got].filter((u) => truth.has(u)).length;
      const outcome: Outcome = {
        kind,
        q,
        truth: [...truth].sort(),
        got: urls,
        recall: truth.size ? both / truth.size : 1,
        precision: got.size ? both / got.size : 1,
        ms,
        ordered: complete && urls.every((u, i) => i === 0 || yearOf(urls[i - 1]!) >= yearOf(u)),
      };
      if (urls.length !== got.size) outcome.precision = Math.min(outcome.precision, got.size / urls.length); // a URL twice
      if (kind === 'name') {
        const own = creditedTo(corpus, q);
        outcome.own = [...own].sort();
        // Own articles first within each year: results come year by year, newest first.
        outcome.ownFirst = [...new Set(urls.map(yearOf))].every((year) => {
          const ofYear = urls.filter((u) => yearOf(u) === year);
          const mine = ofYear.filter((u) => own.has(u)).length;
          return ofYear.slice(0, mine).every((u) => own.has(u));
        }) && [...own].every((u) => got.has(u));
      }
      outcomes.push(outcome);
    }

    const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
    const round = (x: number, digits = 4) => Number(x.toFixed(digits));
    const figures = (list: Outcome[]) => ({
      queries: list.length,
      meanRecall: round(mean(list.map((o) => o.recall))),
      meanPrecision: round(mean(list.map((o) => o.precision))),
      meanMs: round(mean(list.map((o) => o.ms)), 2),
      maxMs: round(Math.max(...list.map((o) => o.ms)), 2),
    });
    const kinds: Kind[] = ['substring', 'name', 'absent', 'character'];
    const wrong = outcomes.filter((o) => o.recall < 1 || o.precision < 1);
    const notOwnFirst = outcomes.filter((o) => o.kind === 'name' && !o.ownFirst);
    const disordered = outcomes.filter((o) => !o.ordered);
    const summary = {
      seed: SEED,
      articles: corpus.length,
      ...figures(outcomes),
      byKind: Object.fromEntries(kinds.map((k) => [k, figures(outcomes.filter((o) => o.kind === k))])),
      failures: wrong.map(({ kind, q, truth, got, recall, precision }) => ({ kind, q, recall: round(recall), precision: round(precision), missing: truth.filter((u) => !got.includes(u)), extra: got.filter((u) => !truth.includes(u)) })),
      namesNotOwnFirst: notOwnFirst.map(({ q, own, got }) => ({ q, own, got })),
      notNewestYearFirst: disordered.map(({ q, got }) => ({ q, got })),
    };
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'recall.json'), `${JSON.stringify(summary, null, 2)}\n`);
    console.info(
      `recall check: ${summary.queries} queries over ${summary.articles} articles, mean recall ${summary.meanRecall}, mean precision ${summary.meanPrecision}, ` +
        `${summary.meanMs} ms per query (max ${summary.maxMs} ms); ` +
        kinds.map((k) => `${k} ${summary.byKind[k]!.queries}: R ${summary.byKind[k]!.meanRecall} P ${summary.byKind[k]!.meanPrecision}`).join(', '),
    );

    // The draw is what it says.
    expect(outcomes.filter((o) => o.kind === 'substring')).toHaveLength(300);
    expect(outcomes.filter((o) => o.kind === 'absent')).toHaveLength(50);
    expect(outcomes.filter((o) => o.kind === 'character')).toHaveLength(30);
    expect(outcomes.filter((o) => o.kind === 'name').length).toBeGreaterThan(10);
    expect(outcomes.filter((o) => o.kind === 'substring').every((o) => o.truth.length > 0)).toBe(true);
    expect(outcomes.filter((o) => o.kind === 'absent').every((o) => o.truth.length === 0)).toBe(true);

    const show = (o: Outcome) => `${o.kind} “${o.q}”: recall ${round(o.recall)}, precision ${round(o.precision)}\n  truth ${JSON.stringify(o.truth)}\n  got   ${JSON.stringify(o.got)}`;
    expect(wrong.map(show).join('\n'), `${wrong.length} of ${outcomes.length} queries do not find exactly the articles that contain them`).toBe('');
    expect(
      notOwnFirst.map((o) => `“${o.q}”: own ${JSON.stringify(o.own)}\n  got ${JSON.stringify(o.got)}`).join('\n'),
      'a name query lists the person’s own credited articles first, within each year',
    ).toBe('');
    expect(disordered.map((o) => `“${o.q}”: ${JSON.stringify(o.got)}`).join('\n'), 'every year searched, newest year first').toBe('');
  });
});
