// A fixed amount of CPU work for the benchmark to time at its start and end: this machine's speed has varied by up
// to 2.5× within a day (the same parse took 1.43 s and 3.4 s), and the figures of two runs compare only when their
// calibrations do.
import { readFileSync } from 'node:fs';
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
