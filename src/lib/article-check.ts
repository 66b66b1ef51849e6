// An article file as a person left it, checked as the site will read it: each problem a sentence that names the
// file and the line, so a correction that breaks the front matter is found where it was made. Ingest checks the files
// it keeps because they were edited; the collection, a file it cannot read.
import { LineCounter, parseDocument } from 'yaml';
import { lineOfIssue } from './config.ts';
import { articleMetaSchema, describeSchemaIssues, schemaErrorMap } from './schema.ts';

/** The front matter block; its YAML starts on the file's second line. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

/** What is wrong with an article file; empty when the site can read it. */
export function articleFileProblems(text: string, file: string): string[] {
  const block = FRONT_MATTER.exec(text);
  if (!block) return [`${file}:1: an article file must start with its front matter, between two lines of ---.`];
  const lines = new LineCounter();
  const doc = parseDocument(block[1]!, { lineCounter: lines });
  if (doc.errors.length) {
    // yaml's message counts lines from the front matter's first; the file's are one more, for the opening ---.
    return doc.errors.map((error) => `${file}:${(error.linePos?.[0].line ?? 0) + 1}: the front matter is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')}.`);
  }
  const result = articleMetaSchema.safeParse(doc.toJS(), { error: schemaErrorMap });
  if (result.success) return [];
  return describeSchemaIssues(result.error, (issue) => {
    const line = lineOfIssue(doc, lines, issue);
    return line === null ? file : `${file}:${line + 1}`;
  });
}
