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
    // Handed over, not copied: a decade's gram hashes are ~200 MB (each array has a buffer of its own).
    parentPort!.postMessage({ ok: true, result }, [result.phrases.buffer, result.keys.short.buffer]);
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
