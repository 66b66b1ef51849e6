// The output folder between two builds. Astro empties it before it builds, one file at a time and on the build's own
// thread (~270,000 files and ~36 s at 100,000 articles), and its incremental build then copies every page it may
// reuse from its cache (132 s of a daily build for ~137,000 pages). This integration does neither:
// - When the last build finished into this folder and Astro's cache is as that build left it, the last build's pages
//   stay where they are, and Astro reuses each one it may as it finds it; the rest of the folder (scripts, the
//   sitemap) is moved aside, and the pages no route makes this time are removed at the end.
// - Otherwise the folder is moved aside and Astro's cached pages are hard-linked in, which Astro reuses in the same
//   way (a page it renders again it writes over its link, through to the cached copy, which it then writes with the
//   same text itself).
// Folders another integration keeps up to date itself (the search index) are left to it. What is moved aside is
// deleted in a process of its own, so the deleting overlaps the build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkTree } from './link-tree.ts';

/** Where the old output waits to be deleted: beside the output folder, so that moving it is a rename. */
const TRASH = '.baoku-old-';

/** Deletes folders in a detached process that outlives the build if it must; the build does not wait for it. */
function deleteInBackground(paths: string[]): void {
  if (!paths.length) return;
  const script = 'for (const p of process.argv.slice(1)) require("node:fs").rmSync(p, { recursive: true, force: true });';
  spawn(process.execPath, ['-e', script, ...paths], { detached: true, stdio: 'ignore' }).unref();
}

let discarded = 0;

/**
 * Moves `paths` (inside `outDir`) into a new folder beside it, so that moving them is a rename and nothing of them is
 * left in the site, and deletes that folder in the background. What cannot be moved (another file system) is
 * deleted here and now. Returns the folder made, or null when there was nothing to move.
 */
export function discardInBackground(outDir: string, paths: string[]): string | null {
  if (!paths.length) return null;
  const trash = `${outDir}${TRASH}${process.pid}-${Date.now()}-${discarded++}`;
  mkdirSync(trash);
  for (const path of paths) {
    try {
      renameSync(path, join(trash, basename(path)));
    } catch {
      rmSync(path, { recursive: true, force: true });
    }
  }
  deleteInBackground([trash]);
  return trash;
}

/**
 * Moves everything in `outDir` but `.git` (which Astro means to keep too) and the names in `keep` aside, to be deleted
 * in the background with any such folder an earlier, interrupted build left. Returns the folder it made, or null
 * when there was nothing to move.
 */
export function moveOutputAside(outDir: string, keep: ReadonlySet<string> = new Set()): string | null {
  const parent = dirname(outDir);
  const leftovers = existsSync(parent) ? readdirSync(parent).filter((name) => name.startsWith(`${basename(outDir)}${TRASH}`)).map((name) => join(parent, name)) : [];
  deleteInBackground(leftovers);
  const entries = existsSync(outDir) ? readdirSync(outDir).filter((name) => name !== '.git' && !keep.has(name)) : [];
  return discardInBackground(outDir, entries.map((name) => join(outDir, name)));
}

/**
 * A record one build leaves for the next (JSON), read and deleted: whoever takes it is about to change what it
 * describes, and a build that stops before it writes a new one must leave none. Null when there is none, or it is
 * damaged.
 */
export function takeRecord<T>(file: string): T | null {
  let record: T | null = null;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // None, or damaged: nothing it would say is trusted.
  }
  rmSync(file, { force: true });
  return record;
}

/** What a build that finished left in its output folder; kept beside Astro's cache, and deleted as a build starts. */
interface OutputRecord {
  outDir: string;
  /** Astro's incremental manifest as that build left it: its size and time. */
  manifest: [number, number] | null;
  /** Every page (and endpoint) file its routes made, relative to the output folder, with forward slashes. */
  pages: string[];
}

const RECORD = 'baoku-output.json';

/** Astro's record of the pages it cached and their keys (astro/dist/core/build/incremental.js). */
function manifestStamp(cacheDir: string): [number, number] | null {
  const stat = statSync(join(cacheDir, 'incremental-build.json'), { throwIfNoEntry: false });
  return stat ? [stat.size, stat.mtimeMs] : null;
}

export function writeOutputRecord(cacheDir: string, outDir: string, pages: string[]): void {
  const record: OutputRecord = { outDir, manifest: manifestStamp(cacheDir), pages };
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, RECORD), JSON.stringify(record));
}

/**
 * The pages the last build left in `outDir`, if that build finished (a build deletes the record as it starts and
 * writes it at its end), into this folder, and Astro's manifest is as it left it; else null. The record is deleted:
 * should this build stop half-way, the next one trusts nothing in the folder.
 */
export function takeOutputRecord(cacheDir: string, outDir: string): string[] | null {
  const record = takeRecord<OutputRecord>(join(cacheDir, RECORD));
  const stamp = manifestStamp(cacheDir);
  const same = record?.outDir === outDir && stamp !== null && record.manifest?.[0] === stamp[0] && record.manifest[1] === stamp[1];
  return same && existsSync(outDir) ? record!.pages : null;
}

/**
 * Where Astro's incremental build keeps a copy of each page it may reuse, at the page's path under the output folder
 * (astro/dist/core/build/incremental.js). Should that change, nothing is linked and Astro copies its pages again.
 */
const cachedPagesDir = (cacheDir: string) => join(cacheDir, 'dist');

/**
 * Links Astro's cached pages into the emptied output folder. Astro keeps a page that is already there when it may
 * reuse it, instead of copying it from its cache; a page it renders again it writes over the link, through to the
 * cached copy, which it then writes with the same text itself. Returns the pages linked.
 */
function linkCachedPages(cacheDir: string, outDir: string): string[] {
  const from = cachedPagesDir(cacheDir);
  // Where a link cannot be made, Astro copies the pages as it otherwise would.
  return existsSync(from) ? linkTree(from, outDir, 'stop') : [];
}

/**
 * Removes the linked pages that no route made this time (`made`: every file the build's routes wrote or kept), and
 * the folders that leaves empty: a deleted article's page must not outlive it. Returns the pages removed.
 */
export function removeUnmadePages(linked: string[], made: Set<string>, outDir: string): string[] {
  const removed = linked.filter((file) => !made.has(file));
  for (const file of removed) {
    rmSync(file, { force: true });
    for (let folder = dirname(file); folder.startsWith(outDir + sep); folder = dirname(folder)) {
      try {
        rmdirSync(folder);
      } catch {
        break;
      }
    }
  }
  return removed;
}

/**
 * @param keep folders another integration keeps up to date itself, from its own record of what it put there (the
 *   search index: pagefind.ts); they are never moved aside
 */
export default function outputDir({ keep = [] }: { keep?: string[] } = {}): AstroIntegration {
  let outDir = '';
  let cacheDir: string | null = null;
  /** Pages in the folder as the build starts: the last build's, or Astro's cached ones linked in. */
  let found: string[] = [];
  return {
    name: 'baoku:output-dir',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The folder is cleared here at astro:build:start; Astro would delete the pages left in it.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/$/u, '');
        // Cached pages are Astro's only while its incremental build is on; otherwise they may be stale.
        cacheDir = config.experimental.incrementalBuild ? fileURLToPath(config.cacheDir) : null;
      },
      'astro:build:start': ({ logger }) => {
        const started = performance.now();
        const kept = cacheDir ? takeOutputRecord(cacheDir, outDir) : null;
        if (kept) {
          // A page of the last build in a folder of its own (articles/…) or at the top (index.html) stays put.
          moveOutputAside(outDir, new Set([...keep, ...kept.map((page) => page.split('/')[0]!)]));
          found = kept.map((page) => join(outDir, page));
          logger.info(`kept the last build's ${found.length} pages in ${Math.round(performance.now() - started)} ms`);
        } else {
          moveOutputAside(outDir, new Set(keep));
          found = cacheDir ? linkCachedPages(cacheDir, outDir) : [];
          if (found.length) logger.info(`linked ${found.length} pages from the last build's cache in ${Math.round(performance.now() - started)} ms`);
        }
      },
      'astro:build:done': ({ assets, logger }) => {
        const made = [...assets.values()].flat().map((url) => fileURLToPath(url));
        const removed = removeUnmadePages(found, new Set(made), outDir);
        if (removed.length) logger.info(`removed ${removed.length} pages of the last build that no route made this time`);
        found = [];
        if (cacheDir) writeOutputRecord(cacheDir, outDir, made.map((file) => relative(outDir, file).split(sep).join('/')));
      },
    },
  };
}
