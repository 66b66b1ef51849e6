// What a cache keyed by its inputs must also be keyed by: the code that turns those inputs into output. Ingest's
// issue cache and the search index's year cache both hash their sources this way, and the lockfile with them, since
// a new version of a dependency (the YAML printer, Pagefind, the Markdown parser) can change the output as much as
// our own code can.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** sha256 over the given files and the `.ts` files of the given folders (paths from the project root), and the lockfile. */
export function sourceDigest(paths: string[]): string {
  const hash = createHash('sha256');
  for (const path of [...paths, 'package-lock.json']) {
    const files = statSync(join(ROOT, path)).isDirectory()
      ? readdirSync(join(ROOT, path)).filter((name) => name.endsWith('.ts')).sort().map((name) => `${path}/${name}`)
      : [path];
    for (const file of files) hash.update(file).update('\0').update(readFileSync(join(ROOT, file))).update('\0');
  }
  return hash.digest('hex');
}
