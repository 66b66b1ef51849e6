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
  /** The others, each with what the page answered instead: its status line and the articles it listed. */
  missed: (SampledPhrase & { status: string; listed: string[] })[];
  /** From opening the shared link to the first answer, and what it fetched under pagefind/: medians. */
  medianLinkMs: number;
  medianBytes: number;
}

/** Opens each phrase as a shared link (`search/?q=…`) in a fresh browser context, and looks for its article. */
export async function searchPhrases(browser: Browser, siteUrl: string, phrases: SampledPhrase[]): Promise<PhraseFigures> {
  const ms: number[] = [];
  const bytes: number[] = [];
  let found = 0;
  const missed: PhraseFigures['missed'] = [];
  for (const { phrase, id } of phrases) {
    const watched = await openWatched(browser, `${siteUrl}search/?q=${encodeURIComponent(phrase)}`);
    // firstAnswer returns once the page is done with its first page of results, so every one of them is drawn.
    ms.push((await firstAnswer(watched)).ms);
    bytes.push(watched.takeIndexBytes());
    const links = await watched.page.locator('[data-results] > li a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
    if (links.some((path) => path.endsWith(`/articles/${id}/`))) found++;
    else missed.push({ phrase, id, status: (await watched.page.locator('[data-status]').textContent()) ?? '', listed: links.map((path) => path.split('/').at(-2) ?? path) });
    await watched.context.close();
  }
  return { count: phrases.length, found, missed, medianLinkMs: medianOf(ms), medianBytes: medianOf(bytes) };
}
