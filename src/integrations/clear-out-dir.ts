// Astro empties the output folder before it builds, one file at a time and on the build's own thread: at 100,000
// articles that is ~270,000 files and ~36 s of every daily build, before a single page is restored from the
// incremental cache. This integration moves the last build's output aside at `astro:build:start` (a few renames)
// and deletes it in a process of its own, so Astro finds the folder empty and the deleting overlaps the build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the old output waits to be deleted: beside the output folder, so that moving it is a rename. */
const TRASH = '.baoku-old-';

/** Deletes folders in a detached process that outlives the build if it must; the build does not wait for it. */
function deleteInBackground(paths: string[]): void {
  if (!paths.length) return;
  const script = 'for (const p of process.argv.slice(1)) require("node:fs").rmSync(p, { recursive: true, force: true });';
  spawn(process.execPath, ['-e', script, ...paths], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Moves everything in `outDir` (but `.git`, which Astro means to keep too) into a new folder beside it and deletes
 * that, with any such folder an earlier, interrupted build left, in the background. Returns the folder it made, or
 * null when there was nothing to move. A name that cannot be moved (another file system) is left for Astro.
 */
export function moveOutputAside(outDir: string): string | null {
  const parent = dirname(outDir);
  const leftovers = existsSync(parent) ? readdirSync(parent).filter((name) => name.startsWith(`${basename(outDir)}${TRASH}`)).map((name) => join(parent, name)) : [];
  const entries = existsSync(outDir) ? readdirSync(outDir).filter((name) => name !== '.git') : [];
  let trash: string | null = null;
  if (entries.length) {
    trash = `${outDir}${TRASH}${process.pid}-${Date.now()}`;
    mkdirSync(trash);
    for (const name of entries) {
      try {
        renameSync(join(outDir, name), join(trash, name));
      } catch {
        break;
      }
    }
  }
  deleteInBackground([...leftovers, ...(trash ? [trash] : [])]);
  return trash;
}

export default function clearOutDirInBackground(): AstroIntegration {
  let outDir = '';
  return {
    name: 'baoku:clear-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/$/u, '');
      },
      'astro:build:start': () => {
        moveOutputAside(outDir);
      },
    },
  };
}
