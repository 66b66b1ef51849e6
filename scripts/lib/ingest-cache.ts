// What lets a re-run of `npm run ingest` skip issues it has already ingested: per issue folder, a key over
// everything the result depends on (the pages' bytes, the manifest, the paper settings and the parser's own code),
// and what that run produced (article files, warnings, and where its page reports stand in the report it wrote).
// Kept in node_modules/.cache, like other tools' caches: deleting it only makes the next run read every page again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestWarning } from '../../src/lib/ingest/issue.ts';
import { sourceDigest } from '../../src/lib/source-digest.ts';
import type { WorkerIssue } from './ingest-worker.ts';

export interface CachedIssue {
  key: string;
  ids: string[];
  /** Article files, relative to the output folder. */
  paths: string[];
  /** The issue's page reports, as the report file holds them, UTF-8 (ingest-report.ts); read back from that file. */
  pages: Uint8Array;
  warnings: IngestWarning[];
  errors: IngestWarning[];
}

type CacheFile = Record<string, CachedIssue>;

/** What the cache knows of the run that wrote it. */
export interface LastRun {
  /** When it finished writing articles: its report's mtimeMs (the report is written after them). */
  finished: number;
  /** The article files it found edited by hand. */
  edited: Set<string>;
}

/** Changes when CachedIssue does: a cache in an older shape is not read. */
const FORMAT = 'v3';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The parser's code and its dependencies: a change to any stage makes every issue be read again. */
export const codeVersion = () => sourceDigest(['src/lib/ingest', 'src/lib']);

/** The key of an issue's inputs; the worker that reads the pages makes it too, so a first run reads them once. */
export function issueKey(code: string, issue: Pick<WorkerIssue, 'files' | 'settings' | 'manifest'>, pages: Uint8Array[]): string {
  const hash = createHash('sha256').update(code).update(JSON.stringify(issue.settings)).update(JSON.stringify(issue.manifest));
  issue.files.forEach((file, i) => hash.update(file).update('\0').update(pages[i]!).update('\0'));
  return hash.digest('hex');
}

export class IngestCache {
  private readonly file: string;
  private readonly issues: CacheFile;
  private readonly code = codeVersion();
  /** The run that wrote the cache, when the cache was read. */
  readonly lastRun: LastRun | null;

  /**
   * @param read false when the output folder holds no articles: none of its issues can be skipped, and the cache is
   *   not read (nor the report it points into, 55 MB at 100,000 articles), only written anew
   */
  constructor(out: string, read = true) {
    const name = createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16);
    this.file = join(ROOT, 'node_modules/.cache/baoku', `ingest-${FORMAT}-${name}.txt`);
    let loaded: { issues: CacheFile; lastRun: LastRun | null } = { issues: {}, lastRun: null };
    try {
      if (read && existsSync(this.file)) loaded = readCacheFile(readFileSync(this.file, 'utf8'));
    } catch {
      // A damaged cache is no cache.
    }
    this.issues = loaded.issues;
    this.lastRun = loaded.lastRun;
  }

  /**
   * True when an article file is known to be as the last run left it, unedited: that run found it unedited and
   * nothing has written to it since (its mtime), so its text need not be read to tell. Only the report's word for it
   * rests on this; a file is never overwritten without its text being read and its hash checked (output.ts).
   */
  unchangedSinceLastRun(path: string, unwrittenSince: (path: string, time: number) => boolean): boolean {
    return this.lastRun !== null && !this.lastRun.edited.has(path) && unwrittenSince(path, this.lastRun.finished);
  }

  keyOf(issue: WorkerIssue): string {
    return issueKey(this.code, issue, issue.files.map((file) => readFileSync(file)));
  }

  /** The cached result of an issue whose article files are all still there, if its inputs may be unchanged. */
  candidate(issue: WorkerIssue, existing: { has(path: string): boolean }): CachedIssue | null {
    const cached = this.issues[issue.folder];
    return cached && cached.paths.every((path) => existing.has(path)) ? cached : null;
  }

  set(folder: string, entry: CachedIssue): void {
    this.issues[folder] = entry;
  }

  /**
   * Saves the issues of the report just written (`at`: each issue folder's offset in it); the others' page reports
   * are not in it, and they are dropped. `edited`: the article files this run found edited by hand.
   */
  save(report: string, at: Map<string, number>, edited: string[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, cacheFileText(this.issues, report, at, edited));
    try {
      pruneIngestCaches(dirname(this.file), basename(this.file));
    } catch {
      // Housekeeping: a cache another run deletes first, or cannot be deleted, is no reason to fail this one.
    }
  }
}

/** A cache not written for this long is deleted: its output folder is likely gone, and it can hold 6 MB. */
const UNUSED_FOR = 7 * 86_400_000;

/**
 * Deletes the other output folders' caches that no run has written for a week, and caches in an older format (never
 * read again): one is kept per output folder ever ingested into, scratch folders included.
 */
export function pruneIngestCaches(dir: string, keep: string, now = Date.now()): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith('ingest-') || name === keep) continue;
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    if (!name.startsWith(`ingest-${FORMAT}-`) || stat.mtimeMs < now - UNUSED_FOR) rmSync(path, { force: true });
  }
}

/** The report a cache's page reports are in, as it was when written: a file changed since is not read. */
interface ReportStamp {
  file: string;
  size: number;
  mtimeMs: number;
}

type CacheHead = { report: ReportStamp; edited: string[]; issues: (Omit<CachedIssue, 'pages'> & { folder: string; pagesAt: [number, number] })[] };

/**
 * The cache as JSON, with no page reports: each issue says where its own stand in the report (offset and length in
 * bytes). They are most of what a run produces (55 MB at 100,000 articles), and the report holds them already:
 * copied into the cache too, they were written twice on every run.
 */
export function cacheFileText(issues: CacheFile, report: string, at: Map<string, number>, edited: string[]): string {
  const { size, mtimeMs } = statSync(report);
  const head: CacheHead = {
    report: { file: resolve(report), size, mtimeMs },
    edited,
    issues: Object.entries(issues).flatMap(([folder, { pages, ...rest }]) => (at.has(folder) ? [{ folder, ...rest, pagesAt: [at.get(folder)!, pages.length] }] : [])),
  };
  return JSON.stringify(head);
}

/**
 * The cache's issues, their page reports read from the report, and what it knows of the run that wrote it; none of
 * either if the report changed since (or is gone).
 */
export function readCacheFile(text: string): { issues: CacheFile; lastRun: LastRun | null } {
  const { report, edited, issues: entries } = JSON.parse(text) as CacheHead;
  const stat = statSync(report.file, { throwIfNoEntry: false });
  if (stat?.size !== report.size || stat.mtimeMs !== report.mtimeMs) return { issues: {}, lastRun: null };
  const bytes = readFileSync(report.file);
  const issues: CacheFile = {};
  for (const { folder, pagesAt: [at, length], ...rest } of entries) issues[folder] = { ...rest, pages: bytes.subarray(at, at + length) };
  return { issues, lastRun: { finished: report.mtimeMs, edited: new Set(edited) } };
}
