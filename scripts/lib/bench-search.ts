// How the benchmark times a search in Chromium: as a reader sees it, from the moment the query is given (Enter
// pressed in the box, or a shared `?q=` link opened) to the first answer on the page — its first result, or, when
// there is none, the status line's answer — and what the search fetched from `pagefind/`.
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A search page in a fresh browser context (empty cache), watched from before its own script runs. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Bytes fetched under `pagefind/` (the search's files, gzipped where a host gzips) since the last call. */
  takeIndexBytes(): number;
  /** Resolves once no request has been in flight for a fifth of a second. */
  idle(): Promise<void>;
  /** How many first answers the page has given (the watcher logs each one): counting them runs nothing in the page. */
  answers(): number;
  /** Resolves once the page has given more than `n` first answers; fails after half a minute without. */
  answerAfter(n: number): Promise<void>;
}

/**
 * What the watcher logs at a first answer. The benchmark waits for it rather than asking the page: Playwright's
 * waitForFunction first loads its own ~330 KB script into the page, which took 26–28 ms of the page's thread in the
 * middle of a shared link's search (a Chromium trace of the 100,000-article site), time no reader spends.
 */
const ANSWERED = 'baoku:answered';
const ANSWER_TIMEOUT_MS = 30_000;

interface Watch {
  /** performance.now() when the query was given: 0 (the navigation) for a shared link, Enter for a typed query. */
  start: number;
  /** performance.now() of the first answer, or 0. */
  answer: number;
  /** The status line as the page was served, before any search. */
  prompt: string | null;
}

/**
 * Runs in the page before anything else. The first answer is the first result in the list or, with the page no
 * longer busy, a status line other than the one it was served with. An Enter in the box starts a new query.
 */
function watchForAnswer(answered: string): void {
  const watch: Watch = { start: 0, answer: 0, prompt: null };
  (window as unknown as { baokuWatch: Watch }).baokuWatch = watch;
  const check = () => {
    const root = document.querySelector('[data-search]');
    const list = root?.querySelector('[data-results]');
    const status = root?.querySelector('[data-status]');
    if (!root || !list || !status || watch.prompt === null || watch.answer) return;
    if (list.children.length > 0 || (!root.hasAttribute('aria-busy') && status.textContent !== watch.prompt)) {
      watch.answer = performance.now();
      console.debug(answered);
    }
  };
  // Parsed, and the page's module script not run yet: the status line is as served.
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') watch.prompt = document.querySelector('[data-search] [data-status]')?.textContent ?? '';
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.target as Element | null)?.id === 'search-q') {
      watch.start = performance.now();
      watch.answer = 0;
    }
  }, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

export async function openWatched(browser: Browser, url: string): Promise<WatchedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watchForAnswer, ANSWERED);
  let answers = 0;
  const waiting = new Set<() => void>();
  page.on('console', (message) => {
    if (message.text() !== ANSWERED) return;
    answers++;
    for (const wake of waiting) wake();
  });
  // Pagefind fetches from a web worker, out of the page's resource timing: count bytes at the network level.
  let bytes = 0;
  let inFlight = 0;
  let lastEnd = performance.now();
  page.on('request', () => inFlight++);
  page.on('requestfailed', () => {
    inFlight--;
    lastEnd = performance.now();
  });
  page.on('requestfinished', async (request) => {
    const sizes = new URL(request.url()).pathname.includes('/pagefind/') ? await request.sizes().catch(() => null) : null;
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    inFlight--;
    lastEnd = performance.now();
  });
  await page.goto(url);
  return {
    context,
    page,
    takeIndexBytes: () => {
      const taken = bytes;
      bytes = 0;
      return taken;
    },
    idle: async () => {
      while (inFlight > 0 || performance.now() - lastEnd < 200) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    answers: () => answers,
    answerAfter: (n) =>
      new Promise<void>((resolve, reject) => {
        const wake = () => {
          if (answers <= n) return;
          clearTimeout(timer);
          waiting.delete(wake);
          resolve();
        };
        const timer = setTimeout(() => {
          waiting.delete(wake);
          reject(new Error(`No answer on ${page.url()} within ${ANSWER_TIMEOUT_MS / 1000} s.`));
        }, ANSWER_TIMEOUT_MS);
        waiting.add(wake);
        wake();
      }),
  };
}

/** The middle value (the upper of the two middle ones for an even count): a figure's summary over rounds. */
export const medianOf = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export interface Answer {
  /** From the query to its first answer. */
  ms: number;
  /** From the page's script starting to the first answer (a shared link only). */
  afterScriptMs: number;
}

/**
 * Waits for the first answer to the query being run (the page's answer number `answersBefore + 1`: a shared link's is
 * the first), then for the page to finish its first page of results and every fetch it started, so that the bytes
 * counted next are the whole query's. Only once the answer is in does anything run in the page.
 */
export async function firstAnswer({ page, idle, answerAfter }: WatchedPage, answersBefore = 0): Promise<Answer> {
  await answerAfter(answersBefore);
  await page.waitForFunction(() => !document.querySelector('[data-search]')!.hasAttribute('aria-busy'));
  await idle();
  return page.evaluate(() => {
    const watch = (window as unknown as { baokuWatch: Watch }).baokuWatch;
    const script = performance.getEntriesByName('baoku:search-script')[0]?.startTime ?? 0;
    return { ms: watch.answer - watch.start, afterScriptMs: watch.answer - script };
  });
}

/** Types a query into the page's box and presses Enter, as a reader does. */
export async function typeQuery(watched: WatchedPage, q: string): Promise<Answer> {
  const box = watched.page.locator('#search-q');
  const before = watched.answers();
  await box.fill(q);
  await box.press('Enter');
  return firstAnswer(watched, before);
}
