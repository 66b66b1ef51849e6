// Phrases cut from random articles of the benchmark's archive, searched as a reader who remembers a few words of an
// old article would: is that article in the search's first answer? The eight fixed queries of the benchmark say how
// fast search is; these say whether the first answer is the one wanted, whatever year the article is from.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Browser } from 'playwright-core';
import { between, pick, seeded } from '../../src/lib/bench/random.ts';
import { articleFiles, bodyOf } from '../../src/lib/frontmatter.ts';
import { firstAnswer, medianOf, openWatched } from './bench-search.ts';

export interface SampledPhrase {
  phrase: string;
  /** The article it was cut from. */
  id: string;
}

/** `count` phrases of four and six Han characters (in turn), each cut from a run of eight or more in a random article. */
export function samplePhrases(articlesDir: string, count: number, seed: number): SampledPhrase[] {
  const files = articleFiles(articlesDir);
  // Seeded as the archive is (random.ts): the same archive and seed give the same phrases.
  const random = seeded(seed);
  const phrases: SampledPhrase[] = [];
  for (let tries = 0; phrases.length < count && tries < count * 20; tries++) {
    const file = pick(random, files);
    const body = bodyOf(readFileSync(file, 'utf8')) ?? '';
    const runs = body.match(/\p{Script=Han}{8,}/gu);
    if (!runs) continue;
    const run = [...pick(random, runs)];
    const length = phrases.length % 2 ? 6 : 4;
    const at = between(random, 0, run.length - length);
    phrases.push({ phrase: run.slice(at, at + length).join(''), id: basename(file, '.md') });
  }
  return phrases;
}

export interface PhraseFigures {
  count: number;
  /** Phrases whose article was among the results of the search's first answer. */
  found: number;
  /** Phrases answered with newer articles that hold them too (judgeAnswer): a right answer, newest years first. */
  newer: number;
  /** The others, each with what the page answered instead: its status line and the articles it listed. */
  missed: (SampledPhrase & { status: string; listed: string[] })[];
  /** From opening the shared link to the first answer, and what it fetched under pagefind/: medians. */
  medianLinkMs: number;
  medianBytes: number;
}

export type PhraseAnswer = 'article' | 'newer' | 'missed';

/**
 * How a phrase's first answer stands. The search lists the newest years first, so a phrase that is also in newer
 * articles is rightly answered with them (四川盆地, cut from a 2019 article, is answered with ten of 2027's): that
 * is `newer` when every article listed holds the phrase and was printed after the one it was cut from. Article ids
 * begin with the date and page, so they sort in printing order. `textOf` gives an article's file text, or null.
 */
export function judgeAnswer({ phrase, id }: SampledPhrase, listed: string[], textOf: (id: string) => string | null): PhraseAnswer {
  if (listed.includes(id)) return 'article';
  const newer = listed.length > 0 && listed.every((other) => other > id && (textOf(other)?.includes(phrase) ?? false));
  return newer ? 'newer' : 'missed';
}

/**
 * Opens each phrase as a shared link (`search/?q=…`) in a fresh browser context, and looks for its article; an
 * answer without it is judged against the texts in `articlesDir`.
 */
export async function searchPhrases(browser: Browser, siteUrl: string, phrases: SampledPhrase[], articlesDir: string): Promise<PhraseFigures> {
  const ms: number[] = [];
  const bytes: number[] = [];
  const answers = { article: 0, newer: 0 };
  const missed: PhraseFigures['missed'] = [];
  let files: Map<string, string> | null = null;
  const textOf = (id: string) => {
    files ??= new Map(articleFiles(articlesDir).map((file) => [basename(file, '.md'), file]));
    const file = files.get(id);
    // The whole file: a headline, which the search matches too, is in the front matter.
    return file ? readFileSync(file, 'utf8') : null;
  };
  for (const sampled of phrases) {
    const watched = await openWatched(browser, `${siteUrl}search/?q=${encodeURIComponent(sampled.phrase)}`);
    // firstAnswer returns once the page is done with its first page of results, so every one of them is drawn.
    ms.push((await firstAnswer(watched)).ms);
    bytes.push(watched.takeIndexBytes());
    const links = await watched.page.locator('[data-results] > li a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
    const listed = links.map((path) => path.split('/').at(-2) ?? path);
    const answer = judgeAnswer(sampled, listed, textOf);
    if (answer === 'missed') missed.push({ ...sampled, status: (await watched.page.locator('[data-status]').textContent()) ?? '', listed });
    else answers[answer]++;
    await watched.context.close();
  }
  return { count: phrases.length, found: answers.article, newer: answers.newer, missed, medianLinkMs: medianOf(ms), medianBytes: medianOf(bytes) };
}
