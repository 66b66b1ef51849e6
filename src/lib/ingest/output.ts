// What a run does to content/articles: write new files, rewrite files it wrote before, and never touch a file a
// person has corrected since. Pure: it decides from the texts; the CLI applies the plan.
import { bodyOf, splitFrontMatter } from '../frontmatter.ts';
import { isUnedited, recordedHash } from './markdown.ts';
import { bigrams, sharedBigrams } from './text.ts';
import type { Article } from '../schema.ts';

export type WriteAction =
  | { action: 'create' | 'update'; path: string; text: string | Uint8Array; id: string }
  | { action: 'unchanged'; path: string; id: string }
  | {
      action: 'kept-edited';
      path: string;
      id: string | null;
      /**
       * Set when this run's article of that id is another story than the edited file's (a story added above it
       * renumbered the page): the new story is not written, and the CLI says where each comes from.
       */
      displaced?: { edited: SourceRef | null; now: SourceRef };
      /** Set when the page the edited file was made from is gone (removed, or its issue moved to another folder). */
      pageGone?: string;
      /**
       * Set when this run made another article from the page than the one the person edited (the page was corrected,
       * or the parser improved): the new one is not written, and the person should know.
       */
      changedSince?: boolean;
    }
  | { action: 'remove'; path: string };

/**
 * The files already in the output folder, by path: a Map of their texts, or (the CLI's) one that lists them at
 * once and reads a file only when a decision needs its text.
 */
export type ExistingFiles = Pick<ReadonlyMap<string, string>, 'has' | 'get' | 'keys'>;

/** content/articles/2023/2023-12-22-02-01.md */
export function articlePath(article: Pick<Article, 'id' | 'date'>): string {
  return `${article.date.slice(0, 4)}/${article.id}.md`;
}

type SourceRef = Article['source'];

/** The `source` (file and lines) an article file says it was made from, as its front matter has it. */
const recordedSource = (text: string) => (splitFrontMatter(text)?.data as { source?: { file?: unknown; lines?: unknown } } | null | undefined)?.source;

/** The `source` (file and lines) an article file says it was made from; null when either is missing or malformed. */
function sourceOf(text: string): SourceRef | null {
  const source = recordedSource(text);
  if (typeof source?.file !== 'string') return null;
  const lines = Array.isArray(source.lines) && source.lines.length === 2 && source.lines.every(Number.isInteger) ? (source.lines as [number, number]) : null;
  return lines && { file: source.file, lines };
}

/**
 * The `source.file` a generated article was made from, whatever its `lines` say: a person who edited the file may
 * have mistyped those, and the file must still be known as that page's.
 */
function sourceFileOf(text: string): string | null {
  const file = recordedSource(text)?.file;
  return typeof file === 'string' ? file : null;
}

/**
 * Whether two article files tell the same story: most of the shorter one's words (character bigrams) are in the
 * other. A correction changes a few; lines are no guide, since an edit to the page shifts them.
 */
function sameStory(a: string, b: string): boolean {
  const [x, y] = [bigrams(bodyOf(a) ?? a), bigrams(bodyOf(b) ?? b)];
  const [shorter, longer] = x.size <= y.size ? [x, y] : [y, x];
  return shorter.size === 0 || sharedBigrams(shorter, longer) / shorter.size >= 0.5;
}

const decoder = new TextDecoder();

/** What to do with one article's file (its text, or that text in UTF-8), given the text now at its path (if any). */
export function planArticleWrite(article: Pick<Article, 'id' | 'date' | 'source'>, before: string | undefined, text: string | Uint8Array): WriteAction {
  const path = articlePath(article);
  if (before === undefined) return { action: 'create', path, text, id: article.id };
  const now = typeof text === 'string' ? text : decoder.decode(text);
  if (before === now) return { action: 'unchanged', path, id: article.id };
  if (isUnedited(before)) return { action: 'update', path, text, id: article.id };
  if (!sameStory(before, now)) return { action: 'kept-edited', path, id: article.id, displaced: { edited: sourceOf(before), now: article.source } };
  return recordedHash(before) === recordedHash(now) ? { action: 'kept-edited', path, id: article.id } : { action: 'kept-edited', path, id: article.id, changedSince: true };
}

/**
 * Generated files that no article maps to any more: from the pages this run read, or from pages that are gone (a page
 * deleted, an issue's folder renamed), which would otherwise stay on the site beside their new copies. The edited
 * ones stay, said so.
 */
export function planRemovals(existing: ExistingFiles, produced: Set<string>, ingested: Set<string>, gone: (page: string) => boolean = () => false): WriteAction[] {
  const plan: WriteAction[] = [];
  for (const path of existing.keys()) {
    if (produced.has(path) || !path.endsWith('.md')) continue;
    const text = existing.get(path) ?? '';
    const source = sourceFileOf(text);
    if (!source) continue;
    const pageGone = !ingested.has(source) && gone(source);
    if (!ingested.has(source) && !pageGone) continue;
    if (isUnedited(text)) plan.push({ action: 'remove', path });
    else plan.push(pageGone ? { action: 'kept-edited', path, id: null, pageGone: source } : { action: 'kept-edited', path, id: null });
  }
  return plan;
}

/**
 * Files of issues a re-run skipped because nothing they depend on changed: still produced, left as they are, and
 * reported as unchanged or edited. `unchangedSinceLastRun` names the files known to be as the last run left them,
 * unedited, whose text need not be read; the others are read and their hash checked.
 */
export function planUntouched(untouched: Map<string, string>, existing: ExistingFiles, unchangedSinceLastRun: (path: string) => boolean = () => false): WriteAction[] {
  return [...untouched].map(([path, id]): WriteAction =>
    unchangedSinceLastRun(path) || isUnedited(existing.get(path) ?? '') ? { action: 'unchanged', path, id } : { action: 'kept-edited', path, id },
  );
}

export const byPath = (a: WriteAction, b: WriteAction) => a.path.localeCompare(b.path);
