// Reads a generated (or hand-corrected) article file back: YAML front matter and Markdown body.
import { parse as parseYaml } from 'yaml';

export interface ArticleFileParts {
  data: unknown;
  body: string;
}

/** Null when the text has no front matter block or its YAML does not parse. */
export function splitFrontMatter(text: string): ArticleFileParts | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u.exec(text);
  if (!m) return null;
  try {
    return { data: parseYaml(m[1]!), body: text.slice(m[0].length) };
  } catch {
    return null;
  }
}
