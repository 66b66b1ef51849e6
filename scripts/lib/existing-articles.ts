// The article files already in ingest's output folder. Listed at the start of a run, and read only when a decision
// needs a file's text: a re-run that adds one issue to 100,000 articles read them all, and holding their texts took
// more than half of its time (4–5 s of listing, reading and garbage collection against ~1 s of listing).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { articleFiles } from '../../src/lib/frontmatter.ts';
import type { ExistingFiles } from '../../src/lib/ingest/output.ts';

/** A path with forward slashes, as the report, the cache and `source.file` give paths on every system. */
export const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

export class ExistingArticles implements ExistingFiles {
  private readonly out: string;
  private readonly paths: Set<string>;

  constructor(out: string) {
    this.out = out;
    this.paths = new Set(existsSync(out) ? articleFiles(out).map((file) => toPosix(relative(out, file))) : []);
  }

  get size(): number {
    return this.paths.size;
  }

  has(path: string): boolean {
    return this.paths.has(path);
  }

  keys(): SetIterator<string> {
    return this.paths.keys();
  }

  /** The file's text, read now. */
  get(path: string): string | undefined {
    return this.paths.has(path) ? readFileSync(join(this.out, path), 'utf8') : undefined;
  }

  /** True when nothing has written to the file since `time` (ms since the epoch, as a file's mtimeMs). */
  unwrittenSince(path: string, time: number): boolean {
    return (statSync(join(this.out, path), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) <= time;
  }
}
