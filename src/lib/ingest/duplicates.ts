// Issue-level pass: a block that stands twice in an issue (an extraction glitch: a column from one story
// dropped into another) is kept once, where its neighbours share its words, and marked a duplicate elsewhere.
import { TEXT_KINDS, type ClassifiedLine } from './line-kinds.ts';
import { isDateAlone } from './dates.ts';
import { isNoteAlone } from './line-shapes.ts';
import type { PaperSettings } from './settings.ts';
import { bigrams, hasVisibleLength, sharedBigrams } from './text.ts';

export interface IssuePage {
  file: string;
  lines: ClassifiedLine[];
}

/** How much of each neighbour is compared: equal windows, so a long neighbour has no unfair advantage. */
const WINDOW = 40;

function neighbourText(lines: ClassifiedLine[], i: number, step: -1 | 1): string {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) {
    const l = lines[j]!;
    if (TEXT_KINDS.has(l.is.kind) || l.is.kind === 'dateline') {
      const chars = [...l.text];
      return (step < 0 ? chars.slice(-WINDOW) : chars.slice(0, WINDOW)).join('');
    }
  }
  return '';
}

/**
 * The shortest line that, printed twice in a row, is an extraction's repeat: a shorter sentence may be said twice
 * (`“好！”`), and no paper prints a title twice over its story.
 */
const SHORTEST_REPEAT: Partial<Record<string, number>> = { text: 8, title: 4 };

/**
 * A paragraph's line or a title given twice in a row (`听取了相关部门的工作汇报。` / the same): the extraction repeated
 * it, and the second is the duplicate, though shorter than a block the issue holds twice. A refrain is a poem's,
 * whose lines are verses.
 */
function markRepeatedLines(page: IssuePage): void {
  const { lines } = page;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const before = lines[i - 1]!;
    // The texts first: lines of a page rarely match, and most differ in length.
    if (line.text !== before.text || line.is.kind !== before.is.kind) continue;
    const shortest = SHORTEST_REPEAT[line.is.kind];
    if (shortest && hasVisibleLength(line.text, shortest)) line.is = { kind: 'duplicate', keptAt: { file: page.file, line: before.no } };
  }
}

/**
 * A note alone in brackets (each resolution's `（2024年1月11日…会议通过）`) may be printed more than once in an issue;
 * the extraction's glitch drops a paragraph's block into another story.
 */
const mayRecur = (line: ClassifiedLine) => isNoteAlone(line.text);

/**
 * A title printed over another title, a note or a date wherever it stands (the meeting over each of its resolutions,
 * `重庆市荣昌区第十九届人民代表大会第四次会议` / `关于…的决议`; a notice's title over its number, `（第2号）`; a signature
 * over its date): a document's part each time, though the issue prints it again. A copy the extraction dropped into
 * another story stands over that story's text.
 */
const recursAsPart = (group: { page: IssuePage; index: number }[]) =>
  group.every(({ page, index }) => {
    const next = page.lines[index + 1];
    return page.lines[index]!.is.kind === 'title' && next !== undefined && (next.is.kind === 'title' || isNoteAlone(next.text) || isDateAlone(next.text));
  });

/** How far above a repeated block its story's headline is looked for: a long story's paragraphs. */
const STORY_LINES = 60;

/**
 * A story the issue prints twice, whole (a front page's story printed again on an inner page): above each copy of the
 * block, the same lines up to the same headline. Each copy is the page's own article and keeps every paragraph; marked
 * a duplicate block by block, each copy had lost some of its paragraphs to the other. A block the extraction dropped
 * into another story has another story's lines above it.
 */
function reprintsStory(group: { page: IssuePage; index: number }[]): boolean {
  const [first, ...others] = group.map(({ page, index }) => page.lines.slice(Math.max(0, index - STORY_LINES), index).filter((line) => line.is.kind !== 'furniture').reverse());
  for (let k = 0; k < first!.length; k++) {
    const line = first![k]!;
    if (!others.every((lines) => lines[k]?.text === line.text)) return false;
    if (line.is.kind === 'title') return true;
  }
  return false;
}

export function markDuplicates(pages: IssuePage[], settings: PaperSettings): void {
  for (const page of pages) markRepeatedLines(page);
  const occurrences = new Map<string, { page: IssuePage; index: number }[]>();
  for (const page of pages) {
    page.lines.forEach((line, index) => {
      if (!TEXT_KINDS.has(line.is.kind) || !hasVisibleLength(line.text, settings.minDuplicateLength) || mayRecur(line)) return;
      // The same block extracted twice is the same text: whitespace aside, no normalisation is needed.
      const key = /\s/u.test(line.text) ? line.text.replace(/\s+/gu, '') : line.text;
      const found = occurrences.get(key);
      if (found) found.push({ page, index });
      else occurrences.set(key, [{ page, index }]);
    });
  }
  for (const group of occurrences.values()) {
    if (group.length < 2 || recursAsPart(group) || reprintsStory(group)) continue;
    const words = bigrams(group[0]!.page.lines[group[0]!.index]!.text);
    const scored = group.map((o) => ({
      ...o,
      score:
        sharedBigrams(words, bigrams(neighbourText(o.page.lines, o.index, -1))) +
        sharedBigrams(words, bigrams(neighbourText(o.page.lines, o.index, 1))),
    }));
    const kept = scored.reduce((best, o) => (o.score > best.score ? o : best));
    const keptAt = { file: kept.page.file, line: kept.page.lines[kept.index]!.no };
    for (const o of scored) if (o !== kept) o.page.lines[o.index]!.is = { kind: 'duplicate', keptAt };
  }
}
