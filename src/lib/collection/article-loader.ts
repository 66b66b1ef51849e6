// The articles collection: each Markdown file's front matter, checked against the article schema, and nothing
// else. Astro's glob() loader would also keep every body and its rendered HTML in the content store, and the store
// goes into the build as one module: at 100,000 articles that is ~450 MB of JavaScript source held and bundled in
// memory (two thirds of it bodies and HTML). Pages read and render the one body they show (article-body.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { articleFileProblems } from '../article-check.ts';
import { articleFiles, splitFrontMatter } from '../frontmatter.ts';

/**
 * An article file's digest, of its bytes: Astro's own (generateDigest, xxhash over the text as a string) needs every
 * file decoded first, and the two took ~13 s of each build's content sync at 100,000 articles.
 */
const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url');

function checkUnique(seen: Map<string, string>, id: string, filePath: string): void {
  const other = seen.get(id);
  if (other) throw new Error(`${filePath}: its id ${id} is also the id of ${other}; an article id must be unique.`);
  seen.set(id, filePath);
}

export function articleLoader(dir: string): Loader {
  const root = resolve(dir);
  return {
    name: 'baoku:articles',
    load: async ({ store, parseData, logger, watcher }) => {
      const sync = async () => {
        const seen = new Map<string, string>();
        // What the store holds of each file: a file whose bytes are unchanged is neither decoded nor parsed again.
        const known = new Map(store.entries().flatMap(([id, entry]) => (entry.filePath ? [[entry.filePath, { id, digest: entry.digest }] as const] : [])));
        for (const file of articleFiles(root)) {
          const bytes = readFileSync(file);
          const filePath = relative(process.cwd(), file);
          const digest = digestOf(bytes);
          const stored = known.get(filePath);
          if (stored?.digest === digest) {
            checkUnique(seen, stored.id, filePath);
            continue;
          }
          const text = bytes.toString('utf8');
          // A file the site cannot read is said with its lines (article-check.ts), not as Astro says it (at 0:0).
          const unreadable = (cause?: unknown) => new Error(articleFileProblems(text, filePath).join('\n') || `${filePath} cannot be read.`, { cause });
          const parts = splitFrontMatter(text);
          if (!parts || typeof parts.data !== 'object' || parts.data === null) throw unreadable();
          const data = parts.data as Record<string, unknown>;
          const id = String(data['id'] ?? '');
          checkUnique(seen, id, filePath);
          if (store.get(id)?.digest === digest) continue;
          let parsed: Record<string, unknown>;
          try {
            parsed = await parseData({ id, data, filePath });
          } catch (error) {
            throw unreadable(error);
          }
          store.set({ id, data: parsed, digest, filePath });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        logger.info(`${seen.size} articles`);
      };
      await sync();
      // In the dev server, an edited, added or removed article shows on the next request.
      watcher?.add(root);
      watcher?.on('all', (_event, path) => {
        if (resolve(path).startsWith(root) && path.endsWith('.md')) void sync().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
