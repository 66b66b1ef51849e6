// The project's Vitest config plus global-setup.ts: one fixture-site build for the whole run, shared by every test
// file through BAOKU_TEST_DIST.   npx vitest run --config test/site/vitest.config.ts test/site
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

export default mergeConfig(base, defineConfig({ test: { globalSetup: ['test/site/global-setup.ts'] } }));
