// What lets a re-run of `npm run ingest` skip issues it has already ingested: per issue folder, a key over
// everything the result depends on (the pages' bytes, the manifest, the paper settings and the parser's own code),
// and what that run produced (article files, page reports, warnings). Kept in node_modules/.cache, like other tools'
// caches: deleting it only makes the next run read every page again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestWarning } from '../../src/lib/ingest/issue.ts';
import { sourceDigest } from '../../src/lib/source-digest.ts';
import { writeParts } from './write-parts.ts';
import type { WorkerIssue } from './ingest-worker.ts';

export interface CachedIssue {
  key: string;
  ids: string[];
  /** Article files, relative to the output folder. */
  paths: string[];
  /** The issue's page reports, as the report file holds them, UTF-8 (ingest-report.ts). */
  pages: Uint8Array;
  warnings: IngestWarning[];
  errors: IngestWarning[];
}

type CacheFile = Record<string, CachedIssue>;

/** Changes when CachedIssue does: a cache in an older shape is not read. */
const FORMAT = 'v2';

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

  /**
   * @param read false when the output folder holds no articles: none of its issues can be skipped, and the cache
   *   (80 MB at 100,000 articles) is not read, only written anew
   */
  constructor(out: string, read = true) {
    const name = createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16);
    this.file = join(ROOT, 'node_modules/.cache/baoku', `ingest-${FORMAT}-${name}.txt`);
    let issues: CacheFile = {};
    try {
      if (read && existsSync(this.file)) issues = readCacheFile(readFileSync(this.file));
    } catch {
      // A damaged cache is no cache.
    }
    this.issues = issues;
  }

  keyOf(issue: WorkerIssue): string {
    return issueKey(this.code, issue, issue.files.map((file) => readFileSync(file)));
  }

  /** The cached result of an issue whose article files are all still there, if its inputs may be unchanged. */
  candidate(issue: WorkerIssue, existing: Map<string, string>): CachedIssue | null {
    const cached = this.issues[issue.folder];
    return cached && cached.paths.every((path) => existing.has(path)) ? cached : null;
  }

  set(folder: string, entry: CachedIssue): void {
    this.issues[folder] = entry;
  }

  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeParts(this.file, cacheFileParts(this.issues));
    try {
      pruneIngestCaches(dirname(this.file), basename(this.file));
    } catch {
      // Housekeeping: a cache another run deletes first, or cannot be deleted, is no reason to fail this one.
    }
  }
}

/** A cache not written for this long is deleted: its output folder is likely gone, and it can hold 80 MB. */
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

type CacheHead = (Omit<CachedIssue, 'pages'> & { folder: string; pagesLength: number })[];

/**
 * The cache as one line of JSON with everything but the page reports (and each issue's report length in bytes), then
 * the reports themselves, end to end. The reports are already JSON, and most of the cache (80 MB at 100,000
 * articles): escaped as strings inside one JSON document, saving them took 0.8 s, and reading them back as much again.
 */
export function cacheFileParts(issues: CacheFile): Uint8Array[] {
  const entries = Object.entries(issues);
  const head: CacheHead = entries.map(([folder, { pages, ...rest }]) => ({ folder, ...rest, pagesLength: pages.length }));
  return [Buffer.from(`${JSON.stringify(head)}\n`), ...entries.map(([, issue]) => issue.pages)];
}

export function readCacheFile(bytes: Uint8Array): CacheFile {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) throw new Error('the cache file has no head');
  const issues: CacheFile = {};
  let at = newline + 1;
  for (const { folder, pagesLength, ...rest } of JSON.parse(Buffer.from(bytes.subarray(0, newline)).toString('utf8')) as CacheHead) {
    issues[folder] = { ...rest, pages: bytes.subarray(at, at + pagesLength) };
    at += pagesLength;
  }
  if (at !== bytes.length) throw new Error('the cache file is cut short or too long');
  return issues;
}
