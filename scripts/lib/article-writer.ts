// Ingest's article files, written on a thread of their own (article-writer-thread.ts). Creating 100,000 small files
// is mostly the kernel's work, and on a part of the disk not used before much of it is waiting for the disk; on the
// main thread that wait also held up the merging of issues, and with it the workers, which wait for their results
// to be taken.
import { Worker } from 'node:worker_threads';

/** A file to write: its path, and its text or that text in UTF-8. */
export interface FileToWrite {
  path: string;
  text: string | Uint8Array;
}

/** What the thread posts when a file cannot be written: the system's error, which names the file. */
export interface WriteFailure {
  message: string;
  code?: string;
  path: string;
}

export class ArticleWriter {
  private readonly worker = new Worker(new URL('./article-writer-thread.ts', import.meta.url));
  private failure: Error | null = null;
  private readonly finished: Promise<void>;

  constructor() {
    this.finished = new Promise((resolve, reject) => {
      this.worker.on('message', (failed: WriteFailure) => {
        this.failure ??= Object.assign(new Error(failed.message), { code: failed.code, path: failed.path });
      });
      this.worker.on('error', reject);
      this.worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the thread writing article files stopped with code ${code}`))));
    });
    // Awaited by close(); a thread that dies before then must not end the run as an unhandled rejection.
    this.finished.catch(() => {});
    // Not holding the process until close(): a run that fails before (a bad argument, a missing folder) must not
    // wait for the thread. After the listeners, which would hold it again.
    this.worker.unref();
  }

  /**
   * Hands files over to be written, in order; a folder is made when a file needs it. The bytes are moved, not
   * copied: the caller must not read them again. Throws the first failure of an earlier batch, so a run stops soon
   * after a file cannot be written, not at its end.
   */
  write(files: FileToWrite[]): void {
    if (this.failure) throw this.failure;
    if (!files.length) return;
    const buffers = new Set<ArrayBuffer>();
    for (const { text } of files) if (typeof text !== 'string' && text.buffer instanceof ArrayBuffer) buffers.add(text.buffer);
    this.worker.postMessage(files, [...buffers]);
  }

  /** Waits until every file handed over is written; throws the first that could not be. */
  async close(): Promise<void> {
    this.worker.ref();
    this.worker.postMessage(null);
    await this.finished;
    if (this.failure) throw this.failure;
  }
}
