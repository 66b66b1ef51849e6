// Runs build.ts in a worker thread for the integration (../pagefind.ts), so reading every article and feeding
// Pagefind happen beside Astro's page rendering instead of after it.
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex, type SearchIndexJob } from './build.ts';

try {
  parentPort!.postMessage({ ok: true, plan: await buildSearchIndex(workerData as SearchIndexJob) });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
