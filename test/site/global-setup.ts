// Vitest global setup: builds the fixture site (base /baoku/) once, before any test file runs, and hands it
// to every worker through BAOKU_TEST_DIST, so that site test files do not each build their own.
//   (set as globalSetup in vitest.config.ts)
// A BAOKU_TEST_DIST already set is kept.
import { buildFixtureSite, disposeFixtureSites } from './harness.ts';

let built = false;

export async function setup(): Promise<void> {
  if (process.env['BAOKU_TEST_DIST']) return;
  const site = await buildFixtureSite({ base: '/baoku/' });
  process.env['BAOKU_TEST_DIST'] = site.dist;
  built = true;
}

export async function teardown(): Promise<void> {
  if (!built) return;
  delete process.env['BAOKU_TEST_DIST'];
  await disposeFixtureSites();
}
