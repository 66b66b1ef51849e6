// The worker threads of `npm run ingest` (ingest-worker.ts), and how issues are handed out to them and their results
// taken back in order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerIssue } from './ingest-worker.ts';
import type { IssueOutcome, WorkerOptions } from './issue-outcome.ts';

/** An issue's outcome once its files are written. */
export type ParsedIssue = Omit<IssueOutcome, 'files' | 'fileEnds'>;

/**
 * Issues sent to a worker at once, whose outcomes it posts back in one message. One issue a message woke the main
 * thread ~3,700 times at 100,000 articles, each wake taking a core from a worker: eight at a time, ingest into tmpfs
 * took 5.36 s against 5.68 s (five runs each, alternating), with 0.4 s less CPU.
 */
const BATCH = 8;
/** Issues a worker holds at once: while it reads one batch, the next is already there, so it never waits on the main thread. */
const IN_FLIGHT = 2 * BATCH;

/** One thread for a small archive, where starting a second costs more than it saves; else one per core. */
export function threadsFor(issues: number): number {
  const wanted = Number(process.env['BAOKU_INGEST_THREADS']) || (issues < 16 ? 1 : availableParallelism());
  return Math.max(1, Math.min(wanted, issues));
}

/**
 * The workers, the first started at once, before the pages are listed: a thread takes ~0.3 s to load its modules,
 * and that now overlaps the listing. They are fed a batch of issues each time they finish one rather than given
 * fixed shares up front, with which one worker often went on alone for up to 0.9 s after the other had finished
 * (100,000 articles).
 */
export class IngestWorkers {
  private readonly workers: Worker[] = [];
  private readonly options: WorkerOptions;
  /** The error of a thread that failed before run() listened (while loading its modules, say). */
  private early: unknown = null;

  constructor(options: WorkerOptions) {
    this.options = options;
    this.start();
  }

  private start(): void {
    const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: this.options });
    // Until run() listens, a thread's error (one that fails to load, say) would end the process as uncaught, with its
    // stack: seen when the main thread had already failed on the same missing file and said so. Kept for run() to
    // throw instead, as it does a later one.
    worker.once('error', (error) => (this.early ??= error));
    // Idle until run(): a run that ends before it (a bad argument, a missing folder) must not wait for the thread.
    worker.unref();
    this.workers.push(worker);
  }

  /**
   * Ingests the issues on `threads` workers, and hands each result on in the issues' order as soon as it and all
   * before it are in, so the output never depends on which worker finished first, and the caller can write files
   * while later issues are still being parsed. The workers end with it.
   */
  async run(issues: WorkerIssue[], threads: number, onIssue: (issue: WorkerIssue, outcome: IssueOutcome) => void): Promise<ParsedIssue[]> {
    while (this.workers.length < threads) this.start();
    // That thread has exited already: waiting for it would never end.
    if (this.early) {
      await Promise.all(this.workers.map((worker) => worker.terminate()));
      throw this.early;
    }
    const outcomes: ParsedIssue[] = new Array(issues.length);
    const waiting = new Map<number, IssueOutcome>();
    let next = 0;
    let sent = 0;
    const held = new Map<Worker, number>();
    // A batch is smaller when the issues left would not give every thread two: a run of 16 issues on eight cores
    // would otherwise go to one thread, and the last thread to ask would be left holding more than the others.
    const batchSize = () => Math.max(1, Math.min(BATCH, Math.floor((issues.length - sent) / (2 * threads))));
    const feed = (worker: Worker) => {
      const count = Math.min(IN_FLIGHT - held.get(worker)!, batchSize(), issues.length - sent);
      if (count > 0) {
        worker.postMessage(issues.slice(sent, sent + count));
        sent += count;
        held.set(worker, held.get(worker)! + count);
      } else if (held.get(worker) === 0) worker.postMessage(null);
    };
    const running = this.workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.ref();
          held.set(worker, 0);
          worker.on('message', (batch: IssueOutcome[]) => {
            held.set(worker, held.get(worker)! - batch.length);
            feed(worker);
            for (const m of batch) waiting.set(m.index, m);
            try {
              for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
                waiting.delete(next);
                onIssue(issues[next]!, ready);
                // The files are written: only what the report and the cache need is kept (250 MB less at 100,000).
                const { files: _files, fileEnds: _ends, ...parsed } = ready;
                outcomes[next] = parsed;
                next++;
              }
            } catch (error) {
              // A file that cannot be written, say: the run stops with the caller's error, not an uncaught one.
              reject(error);
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`an ingest worker stopped with code ${code}`))));
        }),
    );
    // Two batches each, dealt in turn: the second waits in a thread's queue while it reads the first. (A thread given
    // none is told to end.)
    for (const worker of this.workers) feed(worker);
    for (const worker of this.workers) if (held.get(worker)! > 0) feed(worker);
    return Promise.all(running).then(
      () => outcomes,
      async (error: unknown) => {
        // The others would wait for issues that never come.
        await Promise.all(this.workers.map((worker) => worker.terminate()));
        throw error;
      },
    );
  }
}
