// The thread of ArticleWriter (article-writer.ts): writes the files it is sent, in order, until it is sent null or a
// file cannot be written; then it posts that failure and writes nothing more.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { FileToWrite, WriteFailure } from './article-writer.ts';

/** Folders known to exist: 100,000 calls that find the folder there cost a quarter of a second. */
const folders = new Set<string>();
let failed = false;

parentPort!.on('message', (files: FileToWrite[] | null) => {
  if (!files) return parentPort!.close();
  for (const { path, text } of files) {
    if (failed) return;
    try {
      const folder = dirname(path);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      writeFileSync(path, text);
    } catch (error) {
      failed = true;
      const { message, code, path: named } = error as NodeJS.ErrnoException;
      parentPort!.postMessage({ message, code, path: named ?? path } satisfies WriteFailure);
    }
  }
});
