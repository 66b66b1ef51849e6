// The environment of the project's own commands run by tests (ingest, astro build): the caller's, without what
// Vitest adds (NODE_ENV=test would make Vite build for tests) and without the caller's BAOKU_* settings. Its own
// module, with no Vitest in it: the site harness also runs as a plain script (test/site/harness.ts build).

export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(?:VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|BAOKU_.*)$/u.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}
