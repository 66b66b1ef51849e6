// A fixed amount of CPU work for the benchmark to time at its start and end: this machine's speed has varied by up
// to 2.5× within a day (the same parse took 1.43 s and 3.4 s), and the figures of two runs compare only when their
// calibrations do.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
 * Milliseconds to create `files` files of 1 KB in `folder` and sync them, after a sync of what was written before.
 * Ingest creates one file per article, and the figure says which kind of minute it ran in: one ingest of 100,000
 * articles spent 51 of its 53 s in the kernel, in 132,000 openat calls, after a large deletion.
 *
 * The files are left in `folder`, for the caller to delete once its measurements are done. On this machine's disk
 * (ext4 without a journal) the kernel does not reuse the inode of a file deleted in the last minute (six, while the
 * block of the inode table that holds it is unwritten), and each time it creates a file it scans past every such
 * inode in the group (`recently_deleted`, 85 % of the time in a profile of file creation after a deletion).
 * Deleting these 2,000 files just before ingest made its writer spend 3.9–4.2 s in the kernel instead of 2.4–2.5 s,
 * and the whole ingest of 104,195 articles take 7.0–7.5 s instead of 6.2–6.3 s (three runs each, alternating).
 */
export function calibrateDisk(folder: string, files = 2000): number {
  mkdirSync(folder, { recursive: true });
  const data = new Uint8Array(1024).fill(0x61);
  execFileSync('sync');
  const start = performance.now();
  for (let i = 0; i < files; i++) writeFileSync(join(folder, `${i}.md`), data);
  execFileSync('sync');
  return performance.now() - start;
}
