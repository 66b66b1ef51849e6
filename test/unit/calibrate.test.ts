// The benchmark's calibrations: what they time, and that the disk's leaves its files for the benchmark to delete
// after its measurements (a deletion just before ingest slows ingest's creation of files).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calibrate, calibrateDisk, calibrateMachine, machineWork } from '../../src/lib/bench/calibrate.ts';
import { loadConfig } from '../../src/lib/config.ts';
import { SAMPLE_PAGE, sampleText, temporaryFolder } from '../helpers.ts';

describe('the benchmark’s calibrations', () => {
  it('times the sample page’s ingest, and the creation of files in a folder, which it leaves there', () => {
    const paper = loadConfig(fileURLToPath(new URL('../../baoku.config.yaml', import.meta.url))).paper;
    expect(calibrate(fileURLToPath(SAMPLE_PAGE), paper, 5)).toBeGreaterThan(0);
    const folder = join(temporaryFolder('disk-calibration'), 'spent');
    expect(calibrateDisk(folder, 50)).toBeGreaterThan(0);
    expect(readdirSync(folder)).toHaveLength(50);
    expect(readFileSync(join(folder, '49.md'))).toHaveLength(1024);
  });

  it('times a piece of work on the sample page that stays the same from one version of the parser to the next', () => {
    // The work's result: if it changes, so did the work (or the sample page), and no earlier calibration compares.
    expect(machineWork(sampleText())).toBe(8616514);
    expect(calibrateMachine(fileURLToPath(SAMPLE_PAGE), 3)).toBeGreaterThan(0);
  });
});
