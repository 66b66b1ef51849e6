// `npm run ingest` as a person runs it: in a project folder, on real files.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../src/lib/frontmatter.ts';
import { isUnedited } from '../../src/lib/ingest/markdown.ts';
import { temporaryFolder } from '../helpers.ts';

const SCRIPT = new URL('../../scripts/ingest.ts', import.meta.url).pathname;
const SAMPLE = new URL('../../content/raw/rongchang/', import.meta.url).pathname;

function project(): string {
  const dir = temporaryFolder('baoku-ingest-');
  cpSync(SAMPLE, join(dir, 'content/raw/rongchang'), { recursive: true });
  writeFileSync(join(dir, 'baoku.config.yaml'), 'paper:\n  name: 荣昌报\n');
  return dir;
}

/** A project ingested once, with one article as ingest wrote it: `corrected` is that file as a person changed it. */
function ingestedArticle(id: string, correct: (text: string) => string = (text) => text) {
  const dir = project();
  ingest(dir);
  const file = join(dir, 'content/articles', id.slice(0, 4), `${id}.md`);
  const written = readFileSync(file, 'utf8');
  const corrected = correct(written);
  writeFileSync(file, corrected);
  return { dir, file, written, corrected };
}

/** The warnings about corrected articles in the report of the last run in `dir`: code and file. */
function editedWarnings(dir: string): [string, string][] {
  const report = JSON.parse(readFileSync(join(dir, 'content/ingest-report.json'), 'utf8')) as { warnings: { code: string; file: string }[] };
  return report.warnings.filter((w) => w.code.startsWith('edited-')).map((w) => [w.code, w.file]);
}

function ingest(cwd: string, ...args: string[]) {
  // A run that hangs fails its test, rather than the whole suite.
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) files.set(join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return files;
}

describe('npm run ingest', () => {
  it('writes one Markdown file per article and a report, and a second run changes nothing', () => {
    const dir = project();
    const first = ingest(dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('10 articles — 10 new');
    const articles = join(dir, 'content/articles');
    const written = snapshot(articles);
    expect([...written.keys()].map((f) => f.slice(articles.length + 1)).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `2023/2023-12-22-02-${String(i + 1).padStart(2, '0')}.md`),
    );
    const report = JSON.parse(readFileSync(join(dir, 'content/ingest-report.json'), 'utf8'));
    expect(report.pages[0]).toMatchObject({ file: 'content/raw/rongchang/000_5f1ee1fae9f02ef7.txt', encoding: 'utf-8', page: 2 });

    const second = ingest(dir);
    expect(second.stderr).toContain('10 unchanged');
    expect(snapshot(articles)).toEqual(written);
  });

  it('never overwrites an article a person corrected, and says so', () => {
    const { dir, file, written, corrected } = ingestedArticle('2023-12-22-02-08', (text) => text.replace('融媒体中心记者 张雪摄', '融媒体中心记者 张雪 摄'));
    const again = ingest(dir);
    expect(again.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(corrected);
    expect(again.stderr).toContain('2023-12-22-02-08.md: edited by hand since ingest wrote it; left as it is.');
    expect(again.stderr).toContain('1 kept (edited by hand)');
    // A run after that, which need not read the files nobody wrote to since, still knows this one as edited.
    const third = ingest(dir);
    expect(third.stderr).toContain('(0 read, 1 unchanged since the last run), 10 articles — 0 new, 0 updated, 9 unchanged, 1 kept (edited by hand)');
    expect(readFileSync(file, 'utf8')).toBe(corrected);
    // Put back as ingest wrote it, it is ingest's again.
    writeFileSync(file, written);
    expect(ingest(dir).stderr).toContain('10 unchanged, 0 kept (edited by hand)');
  });

  it('keeps a correction that breaks the article, and names the line and what is wrong, with exit status 1', () => {
    const { dir, file, written } = ingestedArticle('2023-12-22-02-08');
    const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    const cases: [string, RegExp][] = [
      [written.replace(/^date: .*$/mu, 'date: "2023-12-2"'), new RegExp(`2023-12-22-02-08\\.md:${lineOf(written, 'date:')}: date: date must be a calendar date`, 'u')],
      [written.replace(/^(headline: ".*)"$/mu, '$1'), new RegExp(`2023-12-22-02-08\\.md:${lineOf(written, 'headline:')}: the front matter is not valid YAML: Missing closing "quote\\.`, 'u')],
      [written.replace(/^subheadline: .*$/mu, 'subheading: "副题"'), new RegExp(`2023-12-22-02-08\\.md:${lineOf(written, 'subheadline:')}: the article: has unknown keys subheading \\(it knows id, `, 'u')],
      [written.replace(/^headline: .*\n/mu, ''), /2023-12-22-02-08\.md: headline: is missing\./u],
    ];
    for (const [broken, said] of cases) {
      writeFileSync(file, broken);
      const r = ingest(dir);
      expect(r.code, said.source).toBe(1);
      expect(readFileSync(file, 'utf8')).toBe(broken);
      expect(r.stderr).toMatch(said);
      expect(r.stderr).toContain('The site cannot be built until it is mended.');
    }
  });

  it('says so when the page under a corrected article has changed since, and keeps the correction', () => {
    const { dir, file, corrected } = ingestedArticle('2023-12-22-02-08', (text) => text.replace('融媒体中心记者 张雪摄', '融媒体中心记者 张雪 摄'));
    const page = join(dir, 'content/raw/rongchang/000_5f1ee1fae9f02ef7.txt');
    const text = readFileSync(page, 'utf8');
    const story = bodyOf(corrected)!.trim().split('\n\n')[0]!;
    const sentence = story.slice(0, 8);
    expect(text).toContain(sentence);
    writeFileSync(page, text.replace(sentence, `${sentence}（更正）`));
    const r = ingest(dir);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(corrected);
    expect(r.stderr).toContain('warning: content/articles/2023/2023-12-22-02-08.md: edited by hand since ingest wrote it; left as it is. But its page has changed since');
    expect(editedWarnings(dir)).toEqual([['edited-page-changed', 'content/articles/2023/2023-12-22-02-08.md']]);
  });

  it('says so when a story added above an edited article takes its id, and loses neither', () => {
    const { dir, file, corrected } = ingestedArticle('2023-12-22-02-01', (text) => text.replace('覃兴建为全体检察干警授课', '覃兴建为全体检察干警授课（更正）'));
    // A brief printed at the top of the page: every story below it moves down one id.
    const page = join(dir, 'content/raw/rongchang/000_5f1ee1fae9f02ef7.txt');
    writeFileSync(page, `区领导调研春运工作\n\n本报讯(融媒体中心记者 杨丽丹)近日,区领导调研春运工作。\n\n${readFileSync(page, 'utf8')}`);
    const again = ingest(dir);
    expect(again.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(corrected);
    expect(again.stderr).toMatch(/2023-12-22-02-01\.md: edited by hand since ingest wrote it \(it was made from content\/raw\/rongchang\/000_5f1ee1fae9f02ef7\.txt:\d+–\d+\); left as it is\. But 2023-12-22-02-01 is now another story, at content\/raw\/rongchang\/000_5f1ee1fae9f02ef7\.txt:1–3 /u);
    // The story the edit was of is written afresh under its new id, beside the edited file.
    expect(readFileSync(join(dir, 'content/articles/2023/2023-12-22-02-02.md'), 'utf8')).toContain('headline: "覃兴建为全体检察干警授课"');
    // A story not written is a warning, counted with the others, said even with --quiet, and again by a run that
    // finds the page unchanged.
    expect(editedWarnings(dir)).toEqual([['edited-displaced', 'content/articles/2023/2023-12-22-02-01.md']]);
    const quiet = ingest(dir, '--quiet');
    expect(quiet.stderr).toContain('(0 read, 1 unchanged since the last run)');
    expect(quiet.stderr).toMatch(/; 5 warnings, 0 errors/u);
    expect(quiet.stderr).toContain('warning: content/articles/2023/2023-12-22-02-01.md: edited by hand');
    expect(quiet.stderr).not.toContain('looks cut off');
  });

  it('removes the articles of a page that is gone, keeps an edited one and says so, and leaves pages it was not given alone', () => {
    const dir = project();
    ingest(dir);
    const articles = join(dir, 'content/articles/2023');
    const edited = join(articles, '2023-12-22-02-08.md');
    const corrected = readFileSync(edited, 'utf8').replace('融媒体中心记者 张雪摄', '融媒体中心记者 张雪 摄');
    writeFileSync(edited, corrected);
    // A run given only another folder is not told about rongchang/: its articles stay.
    mkdirSync(join(dir, 'content/raw/other'));
    expect(ingest(dir, 'content/raw/other').code).toBe(0);
    expect(readdirSync(articles)).toHaveLength(10);
    // The issue misfiled, then moved to the folder of its right date: its articles under the old date go, but the
    // edited one, and the new date's are written.
    cpSync(join(dir, 'content/raw/rongchang'), join(dir, 'content/raw/2023-12-23'), { recursive: true });
    rmSync(join(dir, 'content/raw/rongchang'), { recursive: true });
    const moved = ingest(dir);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stderr).toContain('10 new, 0 updated, 0 unchanged, 1 kept (edited by hand), 9 removed');
    expect(moved.stderr).toContain('2023-12-22-02-08.md: edited by hand since ingest wrote it; left as it is, though its page content/raw/rongchang/000_5f1ee1fae9f02ef7.txt is no longer there.');
    expect(editedWarnings(dir)).toEqual([['edited-page-gone', 'content/articles/2023/2023-12-22-02-08.md']]);
    expect(readdirSync(articles).sort()).toEqual([
      '2023-12-22-02-08.md', ...Array.from({ length: 10 }, (_, i) => `2023-12-23-02-${String(i + 1).padStart(2, '0')}.md`),
    ]);
    expect(readFileSync(edited, 'utf8')).toBe(corrected);
  });

  it('prints the parsed result as JSON and writes nothing with --json', () => {
    const dir = project();
    const r = ingest(dir, '--json', 'content/raw/rongchang');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['articles', 'report']);
    expect(Object.keys(out.report)).toEqual(['pages', 'warnings', 'errors']);
    expect(out.articles[0]).toMatchObject({
      headline: '覃兴建为全体检察干警授课', reporters: ['杨丽丹'], correspondents: ['梁胜明'], date: '2023-12-22', dateEstimated: true, page: 2,
      continuedFrom: null, source: { file: 'content/raw/rongchang/000_5f1ee1fae9f02ef7.txt', lines: [5, 15] },
    });
    expect(out.articles[0].paragraphs).toHaveLength(4);
    expect(out.report.warnings[0]).toEqual(expect.objectContaining({ file: expect.any(String), line: expect.any(Number), code: expect.any(String), message: expect.any(String) }));
    expect(existsSync(join(dir, 'content/articles'))).toBe(false);
  });

  it('skips an unreadable page with a clear error, ingests the rest, and fails the run', () => {
    const dir = project();
    writeFileSync(join(dir, 'content/raw/rongchang/broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const r = ingest(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: content/raw/rongchang/broken.txt was skipped: it looks like a binary file, not page text: give the text extracted from the page instead.');
    expect(readdirSync(join(dir, 'content/articles/2023'))).toHaveLength(10);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  it('leaves out an issue whose issue.yaml is broken, says why, and ingests the others', () => {
    const dir = project();
    cpSync(SAMPLE, join(dir, 'content/raw/2024-01-01'), { recursive: true });
    writeFileSync(join(dir, 'content/raw/2024-01-01/issue.yaml'), 'pages:\n  000_5f1ee1fae9f02ef7.txt: { page: zero }\n');
    const r = ingest(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: content/raw/2024-01-01/issue.yaml:2: pages.000_5f1ee1fae9f02ef7.txt.page: must be a page number, 1–99, or a lettered page such as A3, not "zero".');
    expect(r.stderr).toContain('The issue in content/raw/2024-01-01 (1 page) was not ingested.');
    expect(readdirSync(join(dir, 'content/articles/2023'))).toHaveLength(10);
    // A date in another shape, and a misspelt key: each named by its line, in words a person can act on.
    writeFileSync(join(dir, 'content/raw/2024-01-01/issue.yaml'), 'paper: 荣昌报\ndate: 2024/01/01\npage: 2\n');
    const again = ingest(dir).stderr;
    expect(again).toContain('error: content/raw/2024-01-01/issue.yaml:2: date: must be a date written YYYY-MM-DD, such as 2024-03-15, not "2024/01/01".');
    expect(again).toContain('content/raw/2024-01-01/issue.yaml:3: the file: has unknown keys page (it knows paper, date, pages).');
  });

  it('lays a folder’s paper.yaml over the config, keeping what it does not set', () => {
    const dir = project();
    writeFileSync(join(dir, 'baoku.config.yaml'), 'paper:\n  name: 荣昌报\n  banners: [奋进新征程]\n');
    writeFileSync(join(dir, 'content/raw/rongchang/paper.yaml'), 'name: 荣昌日报\nroles:\n  correspondents: [通讯员, 特约撰稿人]\n');
    const out = JSON.parse(ingest(dir, '--json').stdout);
    expect(out.articles[0]).toMatchObject({ paper: '荣昌报' }); // the manifest names the paper; settings do not override it
    writeFileSync(join(dir, 'content/raw/rongchang/issue.yaml'), 'pages:\n  000_5f1ee1fae9f02ef7.txt: { page: 2 }\n');
    const again = JSON.parse(ingest(dir, '--json').stdout);
    expect(again.articles[0]).toMatchObject({ paper: '荣昌日报', reporters: ['杨丽丹'], correspondents: ['梁胜明'] });
  });

  it('names a misspelt setting or a broken pattern in the config', () => {
    const dir = project();
    writeFileSync(join(dir, 'baoku.config.yaml'), 'paper:\n  mastheds: [荣昌报]\n');
    expect(ingest(dir).stderr).toContain('baoku.config.yaml:2: paper: has unknown keys mastheds');
    writeFileSync(join(dir, 'baoku.config.yaml'), 'paper:\n  furniturePatterns: ["(abc"]\n');
    const r = ingest(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('baoku.config.yaml:2: paper.furniturePatterns.0: must be a valid regular expression');
  });

  it('works in a folder whose path has spaces and Chinese in it', () => {
    const dir = temporaryFolder('报库 项目 ');
    cpSync(SAMPLE, join(dir, 'content/raw/rongchang'), { recursive: true });
    expect(ingest(dir).code).toBe(0);
  });

  it('explains a broken or missing config file, and a path that is no page, instead of crashing or going on', () => {
    const dir = project();
    writeFileSync(join(dir, 'baoku.config.yaml'), 'paper:\n  maxHeadlineLength: "long"\n');
    writeFileSync(join(dir, 'README.md'), '# 报库\n');
    const refusals: [string[], string][] = [
      [[], 'baoku.config.yaml:2: paper.maxHeadlineLength: must be a number'],
      [['--config', 'baoku.cofig.yaml'], 'ingest: baoku.cofig.yaml does not exist: give the path of your config file, or leave --config and BAOKU_CONFIG out to use baoku.config.yaml.'],
      [['no/such/folder'], 'no/such/folder does not exist'],
      [['README.md'], 'ingest: README.md is not a page: pages are .txt files, one per printed page.'],
    ];
    for (const [args, said] of refusals) {
      if (args.length) writeFileSync(join(dir, 'baoku.config.yaml'), 'paper:\n  name: 荣昌报\n');
      const r = ingest(dir, ...args);
      expect(r.code, said).toBe(2);
      expect(r.stderr).toContain(said);
    }
    expect(existsSync(join(dir, 'content/articles'))).toBe(false);
  });
});

describe('the shipped sample', () => {
  it('is what ingest makes of the shipped page today: the committed articles and report are not stale', () => {
    const dir = project();
    const content = new URL('../../content/', import.meta.url).pathname;
    cpSync(join(content, 'articles'), join(dir, 'content/articles'), { recursive: true });
    const r = ingest(dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('10 articles — 0 new, 0 updated, 10 unchanged, 0 kept (edited by hand), 0 removed');
    // The README's first command would otherwise leave the report changed in a fresh clone.
    expect(readFileSync(join(dir, 'content/ingest-report.json'), 'utf8')).toBe(readFileSync(join(content, 'ingest-report.json'), 'utf8'));
  });
});

describe('the npm script', () => {
  it('runs as the README says: npm run ingest -- --json', () => {
    const root = new URL('../..', import.meta.url).pathname;
    const r = spawnSync('npm', ['run', '--silent', 'ingest', '--', '--json', 'content/raw/rongchang'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).articles).toHaveLength(10);
  });
});

/** Ingests the project in `dir` into `out` (report `out`.json) on the given number of worker threads. */
const onThreads = (dir: string, threads: string, out: string) =>
  spawnSync(process.execPath, [SCRIPT, '--quiet', '--out', out, '--report', `${out}.json`], { cwd: dir, encoding: 'utf8', env: { ...process.env, BAOKU_INGEST_THREADS: threads } });

describe('ingest on several threads', () => {
  it('writes byte-identical files whatever the number of worker threads', () => {
    const dir = temporaryFolder('baoku-threads-');
    // Twenty small issues, each a copy of the sample in a folder named by its date.
    for (let d = 1; d <= 20; d++) cpSync(SAMPLE, join(dir, `content/raw/2024-01-${String(d).padStart(2, '0')}`), { recursive: true });
    writeFileSync(join(dir, 'baoku.config.yaml'), 'paper:\n  name: 荣昌报\n');
    expect(onThreads(dir, '1', 'one').status).toBe(0);
    expect(onThreads(dir, '3', 'three').status).toBe(0);
    const one = snapshot(join(dir, 'one'));
    const three = snapshot(join(dir, 'three'));
    expect(one.size).toBe(200);
    expect([...three.values()]).toEqual([...one.values()]);
    expect(readFileSync(join(dir, 'three.json'), 'utf8')).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
  });
  it('keeps both of two issues with the same date, the second renamed, whichever thread parsed it', () => {
    const dir = temporaryFolder('baoku-clash-');
    // Folders without a date in their name: both issues take the date printed on the page, 2023-12-22.
    for (const name of ['first', 'second']) cpSync(SAMPLE, join(dir, `content/raw/${name}`), { recursive: true });
    writeFileSync(join(dir, 'baoku.config.yaml'), 'paper:\n  name: 荣昌报\n');
    expect(onThreads(dir, '2', 'two').status).toBe(0);
    expect(onThreads(dir, '1', 'one').status).toBe(0);
    const two = snapshot(join(dir, 'two'));
    expect([...two.values()]).toEqual([...snapshot(join(dir, 'one')).values()]);
    const renamed = readFileSync(join(dir, 'two/2023/2023-12-22-02-01-2.md'), 'utf8');
    expect(renamed).toContain('id: "2023-12-22-02-01-2"');
    expect(renamed).toContain('file: "content/raw/second/000_5f1ee1fae9f02ef7.txt"');
    const first = readFileSync(join(dir, 'two/2023/2023-12-22-02-01.md'), 'utf8');
    expect(first).toContain('file: "content/raw/first/000_5f1ee1fae9f02ef7.txt"');
    // Made again under its new name: the same body, a hash that matches, so a later run knows it as its own.
    expect(bodyOf(renamed)).toBe(bodyOf(first));
    expect(isUnedited(renamed)).toBe(true);
    expect(renamed.replaceAll('2023-12-22-02-01-2', '2023-12-22-02-01').replace(/sha256 \w+/u, '').replace('/second/', '/first/')).toBe(first.replace(/sha256 \w+/u, ''));
    const report = JSON.parse(readFileSync(join(dir, 'two.json'), 'utf8'));
    expect(report.warnings.filter((w: { code: string }) => w.code === 'id-clash')).toHaveLength(10);
    // The second issue's page report names its articles by their new ids.
    const second = report.pages.find((p: { file: string }) => p.file.includes('/second/'));
    expect(second.articles).toContain('2023-12-22-02-01-2');
    expect(second.lines.some((range: { article?: string }) => range.article === '2023-12-22-02-01-2')).toBe(true);
  });
});

describe('ingest that cannot write', () => {
  it('stops with the system’s own sentence, on every thread, and does not hang', () => {
    const dir = temporaryFolder('baoku-unwritable-');
    for (let d = 1; d <= 20; d++) cpSync(SAMPLE, join(dir, `content/raw/2024-01-${String(d).padStart(2, '0')}`), { recursive: true });
    writeFileSync(join(dir, 'baoku.config.yaml'), 'paper:\n  name: 荣昌报\n');
    // A file where the year's folder of articles must go.
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/2024'), '');
    const r = spawnSync(process.execPath, [SCRIPT, '--quiet', '--out', 'out', '--report', 'out.json'], {
      cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, BAOKU_INGEST_THREADS: '3' },
    });
    expect(r.signal, 'ingest was still running after a minute').toBeNull();
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^ingest: .*out\/2024/mu);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });
});

describe('ingest whose threads cannot start', () => {
  it('says why in a sentence, without a stack, and does not hang', () => {
    // A copy of the code without its lockfile, which each worker hashes into its cache key as it loads.
    const dir = temporaryFolder('baoku-nolock-');
    const root = new URL('../../', import.meta.url).pathname;
    for (const part of ['src', 'scripts']) cpSync(join(root, part), join(dir, 'code', part), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'code/node_modules'));
    // The first worker starts before the pages are listed, and fails while loading. The main thread fails on the
    // same missing lockfile once it has listed them: with this many pages, after the worker, whose error then came
    // with no one listening and ended the process with its stack (exit code 1).
    const pages = join(dir, 'content/raw/2024-01-01');
    mkdirSync(pages, { recursive: true });
    writeFileSync(join(dir, 'page.txt'), '');
    // Links to one file: 40,000 files of their own took 7 s to create on this machine's disk.
    for (let n = 0; n < 40_000; n++) linkSync(join(dir, 'page.txt'), join(pages, `${n}.txt`));
    writeFileSync(join(dir, 'baoku.config.yaml'), 'paper:\n  name: 荣昌报\n');
    const r = spawnSync(process.execPath, [join(dir, 'code/scripts/ingest.ts'), '--quiet'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.signal, 'ingest was still running after a minute').toBeNull();
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^ingest: .*package-lock\.json/mu);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });
});

describe('re-running ingest on a growing archive', () => {
  it('reads only the issues that are new or changed, and still reports every page', () => {
    const dir = temporaryFolder('baoku-daily-');
    const issue = (d: number) => join(dir, `content/raw/2024-01-${String(d).padStart(2, '0')}`);
    for (let d = 1; d <= 3; d++) cpSync(SAMPLE, issue(d), { recursive: true });
    writeFileSync(join(dir, 'baoku.config.yaml'), 'paper:\n  name: 荣昌报\n');
    const pagesRead = (stderr: string) => /\((\d+) read/u.exec(stderr)?.[1];
    expect(pagesRead(ingest(dir).stderr)).toBe('3');
    expect(pagesRead(ingest(dir).stderr)).toBe('0');

    cpSync(SAMPLE, issue(4), { recursive: true });
    const daily = ingest(dir);
    expect(pagesRead(daily.stderr)).toBe('1');
    expect(daily.stderr).toContain('40 articles — 10 new, 0 updated, 30 unchanged');
    const report = JSON.parse(readFileSync(join(dir, 'content/ingest-report.json'), 'utf8'));
    expect(report.pages.map((p: { file: string }) => p.file.split('/')[2])).toEqual(['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04']);

    // A changed page, or a generated file deleted by hand, brings its issue back in.
    const page = join(issue(2), '000_5f1ee1fae9f02ef7.txt');
    writeFileSync(page, readFileSync(page, 'utf8').replace('覃兴建为全体检察干警授课', '覃兴建为全区检察干警授课'));
    const changed = ingest(dir);
    expect(pagesRead(changed.stderr)).toBe('1');
    expect(changed.stderr).toContain('1 updated');
    rmSync(join(dir, 'content/articles/2024/2024-01-03-02-01.md'));
    const restored = ingest(dir);
    expect(pagesRead(restored.stderr)).toBe('1');
    expect(existsSync(join(dir, 'content/articles/2024/2024-01-03-02-01.md'))).toBe(true);
  });
});
