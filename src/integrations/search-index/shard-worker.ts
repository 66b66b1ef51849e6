// A worker thread that builds one shard's search index at a time (shard-index.ts) for build.ts. Each worker runs its
// own Pagefind processes: Pagefind writes an index on one core, so two shards build in the time of one.
import { parentPort } from 'node:worker_threads';
import { indexShard, type ShardJob } from './shard-index.ts';

parentPort!.on('message', async (job: ShardJob | null) => {
  if (job === null) {
    parentPort!.close();
    return;
  }
  try {
    parentPort!.postMessage({ ok: true, result: await indexShard(job) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
