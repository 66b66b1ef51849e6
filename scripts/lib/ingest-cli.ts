// The CLI of `npm run ingest` (its entry is scripts/ingest.ts): the thin shell around src/lib/ingest. It finds pages
// and settings on disk, runs the pure pipeline on worker threads, and writes articles and the report.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { ConfigError, loadConfig, parseYamlFile, readPaperYaml } from '../../src/lib/config.ts';
import { ArchiveMerger, folderOf, groupIssues, renameInPages, type ArticleSlot } from '../../src/lib/ingest/archive.ts';
import type { IngestWarning, SourcePage } from '../../src/lib/ingest/issue.ts';
import { issueManifestSchema, MANIFEST_NAMES, type IssueManifest } from '../../src/lib/ingest/manifest.ts';
import { filesUnder } from '../../src/lib/files-under.ts';
import { splitFrontMatter } from '../../src/lib/frontmatter.ts';
import { articleFileProblems } from '../../src/lib/article-check.ts';
import { articleFileOf } from '../../src/lib/ingest/markdown.ts';
import { articlePath, byPath, planArticleWrite, planRemovals, planUntouched, type ExistingFiles, type WriteAction } from '../../src/lib/ingest/output.ts';
import type { PaperSettings } from '../../src/lib/ingest/settings.ts';
import type { ArticleMeta } from '../../src/lib/schema.ts';
import { ExistingArticles, toPosix } from './existing-articles.ts';
import { IngestCache, type CachedIssue } from './ingest-cache.ts';
import { pageReportsJson, parsePageReports, reportJson } from './ingest-report.ts';
import type { WorkerIssue } from './ingest-worker.ts';
import { fileOf } from './issue-outcome.ts';
import { IngestWorkers, threadsFor } from './ingest-workers.ts';
import { writeParts } from './write-parts.ts';
import { ArticleWriter, type FileToWrite } from './article-writer.ts';

const USAGE = `Usage: npm run ingest -- [options] [PATH…]
  PATH            page files (.txt) or folders of them; default content/raw
  --out DIR       where articles are written; default content/articles
  --report FILE   where the run's report is written; default content/ingest-report.json
  --config FILE   the project config; default $BAOKU_CONFIG or baoku.config.yaml
  --json          print the parsed result as JSON on stdout and write nothing
  --quiet         print no warnings, only errors and the summary`;


/** An input as listPages spells the pages under it: relative to here, with forward slashes. */
const asListed = (input: string) => toPosix(relative(process.cwd(), resolve(input)));

function listPages(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) throw new ConfigError(`${input} does not exist: give page files or folders of them.`);
    if (statSync(input).isDirectory()) {
      // Listed from the folder as the run names it, every path under it is named so too: making each of 22,000 paths
      // relative again took ~40 ms of the run's start.
      for (const file of filesUnder(asListed(input) || '.')) if (file.toLowerCase().endsWith('.txt')) files.push(toPosix(file));
    } else if (input.toLowerCase().endsWith('.txt')) files.push(asListed(input));
    else throw new ConfigError(`${input} is not a page: pages are .txt files, one per printed page. Give page files or folders of them.`);
  }
  return [...new Set(files)].sort();
}

/**
 * The issues the pages make, one a folder, each with its manifest (`issue.yaml`) and settings (`paper.yaml` above it).
 * An issue whose manifest is broken is left out, with an error naming the file; the other issues go on.
 */
function readIssues(files: string[], paper: PaperSettings): { issues: WorkerIssue[]; manifestErrors: IngestWarning[] } {
  const settingsByFolder = new Map<string, PaperSettings>();
  const manifestErrors: IngestWarning[] = [];
  const issues = [...groupIssues(files.map((file): SourcePage => ({ file, bytes: new Uint8Array() })))].flatMap(([folder, pages]): WorkerIssue[] => {
    const manifestFile = MANIFEST_NAMES.map((name) => join(folder || '.', name)).find((f) => existsSync(f));
    let manifest: IssueManifest | null = null;
    try {
      if (manifestFile) manifest = parseYamlFile(issueManifestSchema, readFileSync(manifestFile, 'utf8'), toPosix(manifestFile));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const count = `${pages.length} ${pages.length === 1 ? 'page' : 'pages'}`;
      manifestErrors.push({ file: toPosix(manifestFile!), line: null, code: 'bad-manifest', message: `${error.message} The issue in ${folder} (${count}) was not ingested.` });
      return [];
    }
    return [{ index: 0, folder, files: pages.map((p) => p.file), manifest, settings: paperSettingsFor(folder, paper, settingsByFolder) }];
  });
  return { issues, manifestErrors };
}

/** A `paper.yaml` in a page's folder or any folder above it (up to the project) overrides the config's paper. */
function paperSettingsFor(folder: string, base: PaperSettings, cache: Map<string, PaperSettings>): PaperSettings {
  if (cache.has(folder)) return cache.get(folder)!;
  const parent = folder.includes('/') ? folderOf(folder) : folder ? '' : null;
  const inherited = parent === null ? base : paperSettingsFor(parent, base, cache);
  const file = join(folder || '.', 'paper.yaml');
  let settings = inherited;
  if (folder && existsSync(file)) settings = readPaperYaml(inherited, readFileSync(file, 'utf8'), file);
  cache.set(folder, settings);
  return settings;
}

const linesOf = ({ file, lines }: { file: string; lines: [number, number] }) => `${file}:${lines[0]}–${lines[1]}`;

/**
 * Files handed to the writer's thread at once: a message per issue woke it ~3,700 times at 100,000 articles, each
 * wake taking a core from the parsing (5.43 → 5.32 s into tmpfs, five runs each, alternating).
 */
const WRITE_BATCH = 256;

/**
 * What a run says of an edited file it left alone, and the warning's code when a person must act: this run's article
 * from its page was not written (the page changed, or another story now has its id), or its page is gone.
 */
function keptEditedNotice(path: string, step: Extract<WriteAction, { action: 'kept-edited' }>): { code: string | null; message: string } {
  if (step.changedSince) return { code: 'edited-page-changed', message: `${path}: edited by hand since ingest wrote it; left as it is. But its page has changed since (or ingest reads it better now), and this run made another article from it, which was not written. To take the new one, keep a copy of your edits, delete ${path}, run ingest again, and make your edits anew in the file it writes.` };
  if (step.pageGone) return { code: 'edited-page-gone', message: `${path}: edited by hand since ingest wrote it; left as it is, though its page ${step.pageGone} is no longer there. Delete the file if the page was removed or moved for good.` };
  if (!step.displaced) return { code: null, message: `${path}: edited by hand since ingest wrote it; left as it is.` };
  const { edited, now } = step.displaced;
  const was = edited ? ` (it was made from ${linesOf(edited)})` : '';
  return { code: 'edited-displaced', message: `${path}: edited by hand since ingest wrote it${was}; left as it is. But ${step.id} is now another story, at ${linesOf(now)} (a story added or removed above it renumbered the page), and that story was not written. Move your edits into the file this run wrote for the edited story under its new id, delete ${path}, and run ingest again.` };
}

/** The file of an article renamed after its worker made it: the same front matter and body, with the new id. */
function renamedFile(made: Uint8Array, id: string): string {
  const { data, body } = splitFrontMatter(new TextDecoder().decode(made))!;
  // splitFrontMatter keeps the blank line that follows the front matter; articleFileOf puts it there itself.
  return articleFileOf({ ...(data as ArticleMeta), id }, body.slice(1));
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content/articles' },
      report: { type: 'string', default: 'content/ingest-report.json' },
      config: { type: 'string', default: process.env['BAOKU_CONFIG'] ?? 'baoku.config.yaml' },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const workers = new IngestWorkers({ withBodies: values.json });
  const writer = values.json ? null : new ArticleWriter();
  const config = loadConfig(values.config);
  const inputs = positionals.length ? positionals : ['content/raw'];
  const files = listPages(inputs);
  const { issues, manifestErrors } = readIssues(files, config.paper);

  // A re-run reads again only the issues whose pages, manifest, settings or parser changed (not with --json).
  const outFolder = values.json ? null : new ExistingArticles(values.out);
  const existing: ExistingFiles & { size: number } = outFolder ?? new Map<string, string>();
  const cache = values.json ? null : new IngestCache(values.out, existing.size > 0);
  const skipped = new Map<WorkerIssue, CachedIssue>();
  for (const issue of issues) {
    // Only an issue ingested before has a key to compare; the others' keys come back from the workers.
    const cached = cache?.candidate(issue, existing);
    if (cached && cache!.keyOf(issue) === cached.key) skipped.set(issue, cached);
  }
  const toRead = issues.filter((issue) => !skipped.has(issue));
  const readFiles = toRead.flatMap((issue) => issue.files);

  const bar = process.stderr.isTTY && readFiles.length > 20 && !values.json ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} pages' }) : null;
  bar?.start(readFiles.length, 0);
  const taken = new Map([...skipped].flatMap(([issue, cached]) => cached.ids.map((id): [string, string] => [id, issue.folder])));
  const merger = new ArchiveMerger<ArticleSlot>(taken);
  const untouched = new Map([...skipped.values()].flatMap((cached) => cached.paths.map((path, i): [string, string] => [path, cached.ids[i]!])));
  const plan: WriteAction[] = [];
  // Edited files are kept as they are; one the site could not read is an error here, where it is named with its line.
  const editedErrors: IngestWarning[] = [];
  // An edited file kept while this run made another article in its place (or its page is gone) needs a person: a
  // warning, counted and in the report, not a line of the run's output alone. One found while an issue is merged is
  // that issue's, cached with it, so that a run that skips the unchanged issue still says it.
  const editedWarnings: IngestWarning[] = [];
  // The issues' files are handed to the writer's thread as they are merged, a few issues' worth at a time, while the
  // workers parse the next ones: writing 100,000 small files is mostly the disk's time, and it overlaps the parsing.
  const toWrite: FileToWrite[] = [];
  const apply = (step: WriteAction, warnings = editedWarnings) => {
    const path = join(values.out, step.path);
    if (step.action === 'create' || step.action === 'update') toWrite.push({ path, text: step.text });
    else if (step.action === 'remove') rmSync(path);
    else if (step.action === 'kept-edited') {
      const { code, message } = keptEditedNotice(toPosix(path), step);
      if (code) warnings.push({ file: toPosix(path), line: null, code, message });
      else console.error(message);
      for (const problem of articleFileProblems(existing.get(step.path) ?? '', toPosix(path))) {
        editedErrors.push({ file: toPosix(path), line: null, code: 'bad-edited-article', message: `${problem} The site cannot be built until it is mended.` });
      }
    }
    // The text is the writer's now; the plan keeps what the report needs.
    plan.push(step.action === 'create' || step.action === 'update' ? { ...step, text: '' } : step);
  };
  if (outFolder) planUntouched(untouched, outFolder, (path) => cache!.unchangedSinceLastRun(path, (file, time) => outFolder.unwrittenSince(file, time))).forEach((step) => apply(step));
  // The writer is closed also when the run fails: every file handed over is written whole before the process ends.
  const parsed = await workers.run(
    toRead.map((issue, index) => ({ ...issue, index })),
    threadsFor(toRead.length),
    (issue, outcome) => {
      bar?.increment(issue.files.length);
      const madeAs = outcome.result.articles.map((article) => article.id);
      const { articles, renamed } = merger.add(issue.folder, outcome.result);
      if (renamed.size) outcome.pages = pageReportsJson(renameInPages(parsePageReports(outcome.pages), renamed));
      if (values.json) return;
      // An article renamed to resolve an id clash no longer matches the file its worker made.
      articles.forEach((article, i) => {
        const text = madeAs[i] === article.id ? fileOf(outcome, i) : renamedFile(fileOf(outcome, i), article.id);
        apply(planArticleWrite(article, existing.get(articlePath(article)), text), outcome.result.warnings);
      });
      if (toWrite.length >= WRITE_BATCH) writer!.write(toWrite.splice(0));
    },
  ).finally(async () => {
    if (!writer) return;
    // The last files, then every file handed over written whole; close() runs even when handing them over throws
    // the failure of an earlier batch.
    try {
      writer.write(toWrite.splice(0));
    } finally {
      await writer.close();
    }
  });
  const result = merger.result();
  bar?.stop();

  // The report covers every page, read this time or not, in folder order.
  const fresh = new Map(parsed.map((outcome) => [toRead[outcome.index]!.folder, { ...outcome.result, pages: outcome.pages }]));
  const partOf = (issue: WorkerIssue) => skipped.get(issue) ?? fresh.get(issue.folder)!;
  const report = {
    warnings: issues.flatMap((issue) => partOf(issue).warnings),
    errors: [...manifestErrors, ...issues.flatMap((issue) => partOf(issue).errors)],
  };
  if (values.json) {
    // The warnings are the report's: said once, beside the pages and errors they belong with.
    const pages = issues.flatMap((issue) => parsePageReports(partOf(issue).pages));
    process.stdout.write(`${JSON.stringify({ articles: result.articles, report: { pages, ...report } }, null, 2)}\n`);
  } else {
    // A page is gone when it was under what this run listed and is not there now; pages elsewhere are not this run's.
    const listed = new Set(files);
    const roots = inputs.map(asListed);
    const gone = (page: string) => !listed.has(page) && roots.some((root) => page === root || page.startsWith(root ? `${root}/` : ''));
    planRemovals(existing, new Set(plan.map((step) => step.path)), new Set(readFiles), gone).forEach((step) => apply(step));
    report.errors.push(...editedErrors);
    report.warnings.push(...editedWarnings);
    plan.sort(byPath);
    const count = (action: string) => plan.filter((s) => s.action === action).length;
    mkdirSync(dirname(values.report), { recursive: true });
    const written = plan.map(({ action, path }) => ({ action, path }));
    const { parts, at } = reportJson(issues.map((issue) => partOf(issue).pages), { ...report, files: written });
    writeParts(values.report, parts);
    for (const { index, key, result: r, pages } of parsed) {
      const ids = r.articles.map((a) => a.id);
      cache!.set(toRead[index]!.folder, { key, ids, paths: r.articles.map(articlePath), pages, warnings: r.warnings, errors: r.errors });
    }
    const edited = plan.flatMap((step) => (step.action === 'kept-edited' ? [step.path] : []));
    cache!.save(values.report, new Map(issues.map((issue, i) => [issue.folder, at[i]!])), edited);
    console.error(
      `ingest: ${files.length} pages (${readFiles.length} read, ${files.length - readFiles.length} unchanged since the last run), ` +
        `${result.articles.length + untouched.size} articles — ${count('create')} new, ${count('update')} updated, ` +
        `${count('unchanged')} unchanged, ${count('kept-edited')} kept (edited by hand), ${count('remove')} removed; ` +
        `${report.warnings.length} warnings, ${report.errors.length} errors. Report: ${values.report}`,
    );
  }
  // --quiet leaves out the parser's warnings, not those about a person's corrections.
  for (const w of report.warnings) if (!values.quiet || w.code.startsWith('edited-')) console.error(`warning: ${w.message}`);
  for (const e of report.errors) console.error(`error: ${e.message}`);
  return report.errors.length ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const code = (error as { code?: string }).code ?? '';
  if (error instanceof ConfigError || code.startsWith('ERR_PARSE_ARGS_')) {
    // The options are what a misspelt argument needs; a config file's mistake needs only its own sentence.
    console.error(`ingest: ${(error as Error).message}${error instanceof ConfigError ? '' : `\n\n${USAGE}`}`);
    process.exitCode = 2;
  } else if ((error as { path?: string }).path) {
    // A file that cannot be read or written (permissions, a full disk): the system's own sentence names it.
    console.error(`ingest: ${(error as Error).message}`);
    process.exitCode = 2;
  } else throw error;
}
