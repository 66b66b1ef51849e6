// A worker thread that builds one year's search index at a time (year-index.ts) for build.ts. Each worker runs its
// own Pagefind processes: Pagefind writes an index on one core, so two years build in the time of one.
import { parentPort } from 'node:worker_threads';
import { indexYear, type YearJob } from './year-index.ts';

parentPort!.on('message', async (job: YearJob | null) => {
  if (job === null) {
    parentPort!.close();
    return;
  }
  try {
    parentPort!.postMessage({ ok: true, result: await indexYear(job) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
