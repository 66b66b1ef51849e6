// What the benchmark times at its start and end besides the pipeline: this machine's speed has varied by up to 2.5×
// within a day (the same parse took 1.43 s and 3.4 s), and the figures of two runs compare only when their
// calibrations do. Two of them: a fixed piece of work, the machine's speed alone, and the sample page's ingest, the
// machine's speed times the parser's cost, which grows with every form the parser learns.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestIssue } from '../ingest/issue.ts';
import type { PaperSettings } from '../ingest/settings.ts';

/**
 * Work of the parser's kind (patterns over a page's lines, sets of character pairs, strings normalised, serialised
 * and hashed) that never changes: the machine's speed, comparable from one session's code to the next. Sessions 27
 * to 33 took the sample page's ingest for that, and read its growth as a slower machine: session 24's parser,
 * timed beside session 33's on 2026-12-02, ingested the page 1,000 times in 736–740 ms, and session 33's in
 * 1,017–1,062 ms. Change nothing here, or the calibrations of earlier runs no longer compare: the test holds the
 * work's result (`checksum`) fixed.
 */
export function machineWork(text: string): number {
  let checksum = 0;
  const pairs = new Set<string>();
  for (const line of text.split('\n')) {
    if (/[。！？]\s*$/u.test(line)) checksum++;
    if (/^本报讯[（(]([^（）()]*)[）)]/u.test(line)) checksum += 2;
    for (const word of line.split(/[\s，,、。]+/u)) if (/^\p{Script=Han}{2,4}$/u.test(word)) pairs.add(word);
    for (let i = 0; i + 1 < line.length; i++) pairs.add(line.slice(i, i + 2));
    checksum += line.normalize('NFKC').replace(/\s+/gu, '').length;
  }
  checksum += JSON.stringify([...pairs].sort()).length;
  return checksum + parseInt(createHash('sha256').update(text).digest('hex').slice(0, 6), 16);
}

/** Milliseconds to do the machine's fixed work on the page `times` times over, once warm (a tenth as many untimed). */
export function calibrateMachine(file: string, times = 300): number {
  const text = readFileSync(file, 'utf8');
  for (let i = 0; i < times / 10; i++) machineWork(text);
  const start = performance.now();
  for (let i = 0; i < times; i++) machineWork(text);
  return performance.now() - start;
}

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
