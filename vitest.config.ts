import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser and build tests start Chromium and Astro; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
