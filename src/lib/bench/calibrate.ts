// A fixed amount of CPU work for the benchmark to time at its start and end: this machine's speed has varied by up
// to 2.5× within a day (the same parse took 1.43 s and 3.4 s), and the figures of two runs compare only when their
// calibrations do.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestIssue } from '../ingest/issue.ts';
import type { PaperSettings } from '../ingest/settings.ts';

/** Milliseconds to ingest the page `times` times over, on this thread, once the code is warm (100 rounds untimed). */
export function calibrate(file: string, settings: PaperSettings, times = 1000): number {
  const pages = [{ file, bytes: readFileSync(file) }];
  const once = () => ingestIssue({ folder: 'calibration', pages, manifest: null, settings });
  for (let i = 0; i < 100; i++) once();
  const start = performance.now();
  for (let i = 0; i < times; i++) once();
  return performance.now() - start;
}

/**
 * Milliseconds to create `files` files of 1 KB in a new folder under `dir` and sync them, after a sync of what was
 * written before; the folder is removed again, and that synced too, before it returns. Ingest creates one file per
 * article, and this machine's disk (ext4 with online discard) created them up to five times slower for a minute or
 * more after a large deletion: one ingest of 100,000 articles spent 51 of its 53 s in the kernel, in 132,000 openat
 * calls. The figure says which kind of minute an ingest ran in.
 */
export function calibrateDisk(dir: string, files = 2000): number {
  const folder = join(dir, `disk-calibration-${process.pid}`);
  mkdirSync(folder, { recursive: true });
  const data = new Uint8Array(1024).fill(0x61);
  try {
    execFileSync('sync');
    const start = performance.now();
    for (let i = 0; i < files; i++) writeFileSync(join(folder, `${i}.md`), data);
    execFileSync('sync');
    return performance.now() - start;
  } finally {
    rmSync(folder, { recursive: true, force: true });
    execFileSync('sync');
  }
}
