import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One fixture-site build (base /baoku/) for the whole run, shared by the site tests through BAOKU_TEST_DIST.
    globalSetup: ['test/site/global-setup.ts'],
    // Browser and build tests start Chromium and Astro; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
