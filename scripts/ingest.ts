// `npm run ingest [-- [--json] [--out DIR] [--report FILE] [PATH…]]`: turns on Node's compile cache, then runs the
// CLI (lib/ingest-cli.ts). Like astro's and vite's own entries: ingest is three threads that each compile ~40 modules,
// TypeScript ones among them, and from the cache they start ~0.1 s sooner each. The cache must be on before those
// modules are compiled, which happens before any of them runs, hence this entry; the worker threads inherit it
// through NODE_COMPILE_CACHE. It lives in the system's temporary folder, shared with astro's.
import module from 'node:module';

const cache = module.enableCompileCache?.();
if (cache?.directory) process.env['NODE_COMPILE_CACHE'] ??= cache.directory;
await import('./lib/ingest-cli.ts');
