// Puts files from a build cache into the site by hard links rather than copies: a decade's archive is gigabytes of
// pages and index files that are the same from one build to the next. Used for Pagefind's quarterly indexes
// (pagefind.ts) and for the pages Astro's incremental build reuses (output-dir.ts).
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from '../lib/files-under.ts';

/**
 * Links every file under `from` to the same path under `to`, making folders as needed, and returns the files made.
 * Where a link cannot be made (the two folders on different file systems, say), `onFail` says what to do: `copy`
 * the file instead, or `stop` and leave the rest to whoever would have copied them.
 */
export function linkTree(from: string, to: string, onFail: 'copy' | 'stop' = 'copy'): string[] {
  const made: string[] = [];
  // Each folder is made once: at 100,000 articles a page is a folder of its own.
  const folders = new Set<string>();
  for (const source of filesUnder(from)) {
    const target = join(to, source.slice(from.length));
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    try {
      linkSync(source, target);
    } catch {
      if (onFail === 'stop') break;
      copyFileSync(source, target);
    }
    made.push(target);
  }
  return made;
}
