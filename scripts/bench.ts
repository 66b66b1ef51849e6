// `npm run bench [-- --articles N]`: generates a synthetic archive, runs the real pipeline on it and prints what it
// measured (also written as JSON): ingest throughput, site build and search index time and memory, output size, search
// in Chromium (from the query to the first answer on the page, typed and from a shared link, bytes fetched, and
// whether phrases cut from random articles find them in the first answer), and the daily case of one more issue.
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { calibrate, calibrateDisk, calibrateMachine } from '../src/lib/bench/calibrate.ts';
import { generateArchive, parseJiebaDictionary, type GeneratedIssue } from '../src/lib/bench/generate.ts';
import { filesUnder } from '../src/lib/files-under.ts';
import { loadConfig } from '../src/lib/config.ts';
import { measure, type Measured } from '../src/lib/bench/measure.ts';
import { firstAnswer, medianOf, openWatched, typeQuery, type Answer } from './lib/bench-search.ts';
import { describeLead, indexTiming, type IndexTiming } from './lib/index-timing.ts';
import { samplePhrases, searchPhrases, type PhraseFigures } from './lib/bench-phrases.ts';
import { launchBrowser, serveStaticProcess } from './lib/static-site.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '3000' },
    dir: { type: 'string', default: '.bench' },
    seed: { type: 'string', default: '20231222' },
    out: { type: 'string', default: 'bench-results.json' },
    browser: { type: 'boolean', default: true },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowNegative: true,
});
if (values.help) {
  console.log('Usage: npm run bench -- [--articles N] [--dir .bench] [--seed N] [--out bench-results.json] [--no-browser]');
  process.exit(0);
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const dir = resolve(values.dir);
const raw = join(dir, 'raw');
const articles = join(dir, 'articles');
const dist = join(dir, 'dist');
const node = process.execPath;
const MB = 1024 * 1024;
const env = { ...process.env, BAOKU_ARTICLES: articles, BAOKU_CACHE_DIR: join(dir, 'astro-cache'), BAOKU_SEARCH_CACHE: join(dir, 'search-cache'), BAOKU_BASE: '/', BAOKU_SITE_URL: 'http://127.0.0.1', ASTRO_TELEMETRY_DISABLED: '1' };

function sizeOf(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const file of filesUnder(folder)) {
    files++;
    bytes += statSync(file).size;
  }
  return { bytes, files };
}

function writeIssue(issue: GeneratedIssue): number {
  const folder = join(raw, issue.date.slice(0, 4), issue.date);
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  for (const page of issue.pages) {
    writeFileSync(join(folder, page.name), page.text);
    bytes += Buffer.byteLength(page.text);
  }
  return bytes;
}

function check(step: string, run: Measured): Measured {
  if (run.code !== 0) {
    console.error(run.output.slice(-4000));
    throw new Error(`${step} failed with exit code ${run.code}`);
  }
  return run;
}

/** The build's search index as its log gives it: the benchmark reports both halves of a build. */
function searchIndexOf(step: string, run: Measured): IndexTiming {
  const timing = indexTiming(run.output);
  if (!timing) throw new Error(`The ${step}'s log has no line on the search index (src/integrations/pagefind.ts logs it).`);
  return timing;
}

const log = (text: string) => console.error(`bench: ${text}`);

// The machine's speed, and the parser's cost on a real page, at the start and at the end of the run
// (src/lib/bench/calibrate.ts).
const SAMPLE_PAGE = join(ROOT, 'content/raw/rongchang/000_5f1ee1fae9f02ef7.txt');
const paper = loadConfig(join(ROOT, 'baoku.config.yaml')).paper;
const machineStart = calibrateMachine(SAMPLE_PAGE);
const calibrationStart = calibrate(SAMPLE_PAGE, paper);
log(`machine: a fixed piece of work in ${machineStart.toFixed(0)} ms; the sample page ingested 1,000 times in ${calibrationStart.toFixed(0)} ms`);

// 1. The archive, generated fresh each run (deterministic for a seed and size).
const target = Number(values.articles);
// What this run deletes is deleted after its measurements, not before them: on this machine's disk, for a minute or
// more after files are deleted, creating a file costs the kernel a scan past each of their inodes
// (src/lib/bench/calibrate.ts), and ingest creates 100,000. Here go the last run's folder and the disk's calibration.
const spent = `${dir}.spent-${process.pid}`;
mkdirSync(spent, { recursive: true });
if (existsSync(dir)) renameSync(dir, join(spent, 'last-run'));
mkdirSync(raw, { recursive: true });
const vocabulary = parseJiebaDictionary(readFileSync(join(ROOT, 'node_modules/@node-rs/jieba/dict.txt'), 'utf8'));
let rawBytes = 0;
let pages = 0;
let issues = 0;
let lastDate = '';
let firstDate = '';
const generator = generateArchive(vocabulary, { articles: target + 30, seed: Number(values.seed) });
let generated = 0;
const extra: GeneratedIssue[] = [];
for (const issue of generator) {
  // The last issue is held back for the daily case: added after the first full build.
  if (generated >= target) {
    extra.push(issue);
    break;
  }
  rawBytes += writeIssue(issue);
  pages += issue.pages.length;
  issues++;
  generated += issue.articles;
  lastDate = issue.date;
  firstDate ||= issue.date;
}
log(`generated ${generated} articles in ${issues} issues, ${pages} pages, ${(rawBytes / MB).toFixed(1)} MB of raw text (last issue ${lastDate})`);

// 2. Ingest, 3. site build with the search index.
// How fast this disk creates files just now (src/lib/bench/calibrate.ts), as ingest is about to create 100,000. It
// first flushes the generator's own writes to disk: on this machine's disk they otherwise go on in the background
// and slow ingest's writes by up to 2x, which is not ingest's cost.
const diskCalibration = calibrateDisk(join(spent, 'disk-calibration'));
log(`disk: 2,000 files of 1 KB created in ${diskCalibration.toFixed(0)} ms`);
const ingestArgs = ['scripts/ingest.ts', '--quiet', '--out', articles, '--report', join(dir, 'ingest-report.json'), raw];
const ingest = check('ingest', await measure(node, ingestArgs, { cwd: ROOT, env }));
log(`ingest ${(ingest.ms / 1000).toFixed(1)} s`);
const build = check('build', await measure(node, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { cwd: ROOT, env }));
const buildIndex = searchIndexOf('build', build);
log(`build ${(build.ms / 1000).toFixed(1)} s (search index ${buildIndex.seconds.toFixed(1)} s, ${describeLead(buildIndex)})`);
const output = sizeOf(dist);
const index = sizeOf(join(dist, 'pagefind'));
const articleCount = sizeOf(articles).files;

// 4. Search in Chromium, timed as a reader sees it (scripts/lib/bench-search.ts). Each figure is the median of five
// rounds in fresh browser contexts: one search on this machine varies by up to a third from one round to the next,
// and with three rounds one query's shared link read 419 ms in a run where alternating A/Bs gave it 260-300 ms.
const SEARCH_ROUNDS = 5;
interface QueryFigure {
  query: string;
  kind: string;
  /** Matches found by the first step: in every shard that can match, or (not complete) in the newest of them. */
  results: number;
  complete: boolean;
  shardsSearched: number;
  /** A shared link to ?q=… opened in a fresh browser: from opening it to the first answer, and from the page's script. */
  linkMs: number;
  linkAfterScriptMs: number;
  /** What the link's search fetched under pagefind/, its first page of results included. */
  linkBytes: number;
  /**
   * The same query typed into a fresh page that has finished loading: the box gets focus after the load event, and
   * Enter comes a second later (typing two or more characters through an input method takes longer than that).
   */
  typedMs: number;
  /** A second, different query typed on the link's page, and what it fetched. */
  warmMs: number;
  warmBytes: number;
}
const queries: QueryFigure[] = [];
/** Phrases cut from random articles (bench-phrases.ts): is their article in the first answer? */
const PHRASES = 20;
let phrases: PhraseFigures | null = null;
if (values.browser) {
  /** The longest run of Han characters in the lead of an issue's front page, and its reporter. */
  const frontPageOf = (date: string) => {
    const body = readFileSync(join(raw, date.slice(0, 4), date, '01.txt'), 'utf8').split('\n').find((l) => l.startsWith('本报讯')) ?? '';
    // Substrings of the longest run of Han characters stand in the text as they are.
    const lead = [...(body.replace(/^本报讯\([^)]*\)/u, '').match(/\p{Script=Han}+/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '')];
    return { lead, reporter: /记者 (\p{Script=Han}{2,4})/u.exec(body)?.[1] ?? '' };
  };
  const { lead, reporter } = frontPageOf(lastDate);
  const oldest = frontPageOf(firstDate).lead;
  const picks: [string, string][] = [
    [vocabulary.words[vocabulary.frequencies.indexOf(Math.max(...vocabulary.frequencies.slice(0, 50000)))]!, 'most common word'],
    ['发展', 'common word'],
    [lead.slice(3, 7).join(''), '4 characters from an article'],
    [lead.slice(-6).join(''), '6 characters from an article'],
    [oldest.slice(-6).join(''), '6 characters from an article of the first year'],
    [reporter, 'a reporter’s name'],
    ['鹅', 'one character'],
    ['量子计算机', 'a phrase'],
  ];
  const server = await serveStaticProcess(dist, '/');
  const browser = await launchBrowser();
  try {
    for (const [query, kind] of picks) {
      const rounds: { link: Answer; linkBytes: number; warm: Answer; warmBytes: number; typed: Answer }[] = [];
      let counts = { results: 0, complete: false, shards: 0 };
      for (let round = 0; round < SEARCH_ROUNDS; round++) {
        // A shared link: the page's first search loads Pagefind itself, while the page still starts.
        const shared = await openWatched(browser, `${server.url}search/?q=${encodeURIComponent(query)}`);
        const link = await firstAnswer(shared);
        const linkBytes = shared.takeIndexBytes();
        if (round === 0) {
          // What the first step found, from the page's own search (everything it needs is loaded by now).
          counts = await shared.page.evaluate(async (q) => {
            type Outcome = { total: number; complete: boolean; searched: string[] };
            const api = (window as unknown as { baoku: { search(s: unknown): Promise<Outcome> } }).baoku;
            const outcome = await api.search({ q, filters: { reporter: [], section: [], year: [] }, sort: 'relevance' });
            return { results: outcome.total, complete: outcome.complete, shards: outcome.searched.length };
          }, query);
          shared.takeIndexBytes();
        }
        // Warm: a second, different query on the same page.
        const warm = await typeQuery(shared, [...query].length > 1 ? [...query].reverse().join('') : '的');
        const warmBytes = shared.takeIndexBytes();
        await shared.context.close();
        // Typed: a reader's query comes after the page has loaded and settled, and after the reader went to the box
        // (which starts Pagefind's runtime) and typed.
        const fresh = await openWatched(browser, `${server.url}search/`);
        await fresh.page.waitForLoadState('load');
        await fresh.page.focus('#search-q');
        await fresh.page.waitForTimeout(1000);
        const typed = await typeQuery(fresh, query);
        await fresh.context.close();
        rounds.push({ link, linkBytes, warm, warmBytes, typed });
      }
      const median = (pick: (r: (typeof rounds)[number]) => number) => medianOf(rounds.map(pick));
      queries.push({
        query, kind, results: counts.results, complete: counts.complete, shardsSearched: counts.shards,
        linkMs: median((r) => r.link.ms), linkAfterScriptMs: median((r) => r.link.afterScriptMs), linkBytes: median((r) => r.linkBytes),
        typedMs: median((r) => r.typed.ms), warmMs: median((r) => r.warm.ms), warmBytes: median((r) => r.warmBytes),
      });
    }
    phrases = await searchPhrases(browser, server.url, samplePhrases(articles, PHRASES, Number(values.seed)), articles);
    for (const { phrase, id, status, listed } of phrases.missed) log(`phrase ${phrase} (from ${id}) answered: ${status} ${listed.slice(0, 5).join(' ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

// 5. The daily case: one more issue, ingested and built on top of the archive.
for (const issue of extra) writeIssue(issue);
const dailyIngest = check('daily ingest', await measure(node, ingestArgs, { cwd: ROOT, env }));
const dailyBuild = check('daily build', await measure(node, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { cwd: ROOT, env }));
const dailyIndex = searchIndexOf('daily build', dailyBuild);
const dailyPages = /\((\d+) read/u.exec(dailyIngest.output)?.[1];

const machineEnd = calibrateMachine(SAMPLE_PAGE);
const calibrationEnd = calibrate(SAMPLE_PAGE, paper);
const results = {
  machine: {
    cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGB: Math.round(totalmem() / 1024 ** 3), node: process.version,
    machineWorkMs: [machineStart, machineEnd], calibrationMs: [calibrationStart, calibrationEnd], diskCalibrationMs: diskCalibration,
  },
  archive: { articles: articleCount, issues, pages, rawMB: rawBytes / MB },
  ingest: { seconds: ingest.ms / 1000, mbPerSecond: rawBytes / MB / (ingest.ms / 1000), pagesPerSecond: pages / (ingest.ms / 1000), peakRssMB: ingest.peakRss / MB },
  // Per article, so runs of different sizes compare: flat when no page's work grows with the archive.
  build: { seconds: build.ms / 1000, msPerArticle: build.ms / articleCount, searchIndexSeconds: buildIndex.seconds, indexReadyBeforePagesSeconds: buildIndex.readyBeforePagesSeconds, peakRssMB: build.peakRss / MB, peakProcess: build.peakCommand },
  total: { seconds: (ingest.ms + build.ms) / 1000 },
  output: { files: output.files, MB: output.bytes / MB, searchIndexFiles: index.files, searchIndexMB: index.bytes / MB },
  search: queries,
  phrases,
  daily: { pagesIngested: Number(dailyPages), ingestSeconds: dailyIngest.ms / 1000, buildSeconds: dailyBuild.ms / 1000, searchIndexSeconds: dailyIndex.seconds, indexReadyBeforePagesSeconds: dailyIndex.readyBeforePagesSeconds },
};
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
// This run's spent folders, and any a run stopped half-way left behind (named `.last-` before session 24).
const isSpent = (name: string) => name.startsWith(`${basename(dir)}.spent-`) || name.startsWith(`${basename(dir)}.last-`);
for (const name of readdirSync(dirname(dir))) if (isSpent(name)) rmSync(join(dirname(dir), name), { recursive: true, force: true });

const f = (n: number, digits = 1) => n.toFixed(digits);
const rows: [string, string][] = [
  ['machine', `${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGB} GB, Node ${results.machine.node}`],
  ['machine work', `a fixed piece of work, the machine's speed alone: ${f(machineStart, 0)} ms at the start, ${f(machineEnd, 0)} ms at the end`],
  ['calibration', `the sample page ingested 1,000 times (the machine's speed times the parser's cost): ${f(calibrationStart, 0)} ms at the start, ${f(calibrationEnd, 0)} ms at the end; ${f((calibrationStart + calibrationEnd) / (machineStart + machineEnd), 2)} × the fixed work, the parser's cost whatever the machine's speed`],
  ['disk', `2,000 files of 1 KB created in ${f(diskCalibration, 0)} ms just before ingest`],
  ['archive', `${articleCount} articles, ${issues} issues, ${pages} pages, ${f(results.archive.rawMB)} MB raw text`],
  ['ingest', `${f(results.ingest.seconds)} s — ${f(results.ingest.mbPerSecond)} MB/s, ${f(results.ingest.pagesPerSecond, 0)} pages/s, peak RSS ${f(results.ingest.peakRssMB, 0)} MB`],
  ['site build', `${f(results.build.seconds)} s, ${f(results.build.msPerArticle, 2)} ms per article (search index, built beside the pages: ${f(results.build.searchIndexSeconds)} s, ${describeLead(buildIndex)}), peak RSS ${f(results.build.peakRssMB, 0)} MB (${results.build.peakProcess.split(' ')[0]?.split('/').at(-1)})`],
  ['whole pipeline', `${f(results.total.seconds)} s`],
  ['output', `${results.output.files} files, ${f(results.output.MB)} MB; search index ${results.output.searchIndexFiles} files, ${f(results.output.searchIndexMB)} MB`],
  ...queries.map((q): [string, string] => [
    `search “${q.query}”`,
    `${q.kind}: ${q.complete ? '' : '≥ '}${q.results} results (${q.shardsSearched} ${q.shardsSearched === 1 ? 'quarter' : 'quarters'} searched); typed ${f(q.typedMs, 0)} ms; shared link ${f(q.linkMs, 0)} ms (${f(q.linkAfterScriptMs, 0)} ms after the page's script), ${f(q.linkBytes / 1024, 0)} KB; next query ${f(q.warmMs, 0)} ms, ${f(q.warmBytes / 1024, 0)} KB`,
  ]),
  ...(phrases ? [[`search: ${phrases.count} phrases cut from random articles`, `4 and 6 characters: the article in the first answer for ${phrases.found} of ${phrases.count}${phrases.newer ? `, newer articles holding the phrase for ${phrases.newer}` : ''}; shared link ${f(phrases.medianLinkMs, 0)} ms, ${f(phrases.medianBytes / 1024, 0)} KB (medians)`] as [string, string]] : []),
  ['daily: one more issue', `ingest ${f(results.daily.ingestSeconds)} s (${results.daily.pagesIngested} pages read), build ${f(results.daily.buildSeconds)} s (search index ${f(results.daily.searchIndexSeconds)} s, ${describeLead(dailyIndex)})`],
];
console.log('| measure | figure |\n| --- | --- |');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
console.log(`\n(JSON: ${values.out})`);
