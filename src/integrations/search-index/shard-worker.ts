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
    const result = await indexShard(job);
    // Handed over, not copied (each array has a buffer of its own): a new shard's gram hashes are ~4 MB.
    const buffers = typeof result.phrases === 'number' ? [result.keys.short.buffer] : [result.phrases.buffer, result.keys.short.buffer];
    parentPort!.postMessage({ ok: true, result }, buffers);
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
