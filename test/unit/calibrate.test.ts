// The benchmark's calibrations: what they time, and that they leave nothing behind in the benchmark's folder.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calibrate, calibrateDisk } from '../../src/lib/bench/calibrate.ts';
import { loadConfig } from '../../src/lib/config.ts';
import { SAMPLE_PAGE, temporaryFolder } from '../helpers.ts';

describe('the benchmark’s calibrations', () => {
  it('times the sample page’s ingest, and the creation of files in the benchmark’s folder, which it leaves as it was', () => {
    const paper = loadConfig(fileURLToPath(new URL('../../baoku.config.yaml', import.meta.url))).paper;
    expect(calibrate(fileURLToPath(SAMPLE_PAGE), paper, 5)).toBeGreaterThan(0);
    const dir = temporaryFolder('disk-calibration');
    expect(calibrateDisk(dir, 50)).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});
