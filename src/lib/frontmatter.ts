// Reads a generated (or hand-corrected) article file back: YAML front matter and Markdown body.
// Parsed with js-yaml's `load`, as Astro's content collection parses the same files: what the search index and
// ingest read is what the site shows, and js-yaml reads this front matter about ten times faster than `yaml`.
import { load } from 'js-yaml';
import { filesUnder } from './files-under.ts';

export interface ArticleFileParts {
  data: unknown;
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u;

/** Null when the text has no front matter block or its YAML does not parse. */
export function splitFrontMatter(text: string): ArticleFileParts | null {
  const m = FRONT_MATTER.exec(text);
  if (!m) return null;
  try {
    return { data: load(m[1]!), body: text.slice(m[0].length) };
  } catch {
    return null;
  }
}

/**
 * The Markdown body alone, for readers whose front matter was read already (the collection, the index's year list):
 * no YAML is parsed again. Null when the text has no front matter block.
 */
export function bodyOf(text: string): string | null {
  const m = FRONT_MATTER.exec(text);
  return m ? text.slice(m[0].length) : null;
}

/** Every article file (`*.md`) under a folder, at any depth, in path order. */
export function articleFiles(dir: string): string[] {
  return filesUnder(dir)
    .filter((file) => file.endsWith('.md'))
    .sort();
}
